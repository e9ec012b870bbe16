#!/usr/bin/env bash
# Builds the libFuzzer targets (household reader, policy-file loader, rule-file loader,
# evaluation of whatever parses, the command line's record reader, the external sorts that
# pair monitoring extracts and count duplicate ids, and the output-path check) with address
# sanitising, seeds their
# corpora from Examples/data, and runs each for SECONDS seconds (default 30).
#
#   Fuzz/run.sh                 # 30 s per target
#   SECONDS_PER_TARGET=600 Fuzz/run.sh household evaluate
#
# Crashes are written to .build/fuzz/artifacts/<target>/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
PER_TARGET=${SECONDS_PER_TARGET:-30}
TARGETS=${*:-household policy rules evaluate records pairing outputs}
OUT=.build/fuzz
mkdir -p "$OUT"

# The library's targets (engine, Inner Mongolia) and the command line's reading and sorting
# files join in one module named after the umbrella: their imports of the library's modules
# are removed from copies in $OUT/src, and the umbrella's own `import TieredAssistance` is
# ignored.
CLI_FILES="Sources/AssistCommandLine/InputFile.swift Sources/AssistCommandLine/OutputFile.swift
  Sources/AssistCommandLine/UsageError.swift Sources/AssistCommandLine/DuplicateIDCounter.swift
  Sources/AssistCommandLine/SortedExtract.swift"
if [ ! -x "$OUT/fuzz" ] || [ -n "$(find Sources/TieredAssistanceCore Sources/InnerMongolia Sources/AssistCommandLine Fuzz -newer "$OUT/fuzz" -name '*.swift' | head -1)" ]; then
  echo "building the fuzzer (address sanitiser, libFuzzer)..."
  rm -rf "$OUT/src" && mkdir -p "$OUT/src"
  for file in $(find Sources/TieredAssistanceCore Sources/InnerMongolia -name '*.swift' | sort) $CLI_FILES Fuzz/FuzzTargets.swift; do
    sed -E '/^(@testable |@_exported )?import (TieredAssistanceCore|InnerMongolia)$/d' "$file" > "$OUT/src/$(echo "$file" | tr / _)"
  done
  swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name TieredAssistance -package-name tiered_assistance -suppress-warnings \
    $(find "$OUT/src" -name '*.swift' | sort) -o "$OUT/fuzz"
fi

status=0
for target in $TARGETS; do
  corpus="$OUT/corpus/$target"
  artifacts="$OUT/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  case $target in
    household|evaluate) cp Examples/data/*-*.json "$corpus"/ 2>/dev/null || true
                        rm -f "$corpus"/policy-* "$corpus"/rules-* ;;
    policy) cp Examples/data/policy-*.json "$corpus"/ ;;
    rules) cp Examples/data/rules-*.json "$corpus"/ ;;
    records|pairing) cp Examples/data/households.jsonl Examples/data/monitoring/*.jsonl "$corpus"/ ;;
  esac
  echo "== $target: ${PER_TARGET}s"
  # Leak detection is off: the catalog's process-lifetime globals (built once) are reported as
  # leaks at exit, which they are not.
  if ! ASAN_OPTIONS=detect_leaks=0 FUZZ_TARGET=$target "$OUT/fuzz" "$corpus" -max_total_time="$PER_TARGET" -max_len=65536 -timeout=10 -detect_leaks=0 \
      -artifact_prefix="$artifacts" -print_final_stats=1 2> "$OUT/$target.log"; then
    status=1
    echo "   FAILED: see $OUT/$target.log and $artifacts"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$OUT/$target.log" | tail -2 | sed 's/^/   /' || true
done
exit $status
