import Dispatch
import Foundation
import Synchronization
import TieredAssistance

/// Times the real Inner Mongolia catalog on a synthetic population written in the
/// library's own household format: decode, evaluate without traces, evaluate with traces.
struct CatalogBenchmark {
    let arguments: BenchArguments

    init(_ arguments: BenchArguments) {
        self.arguments = arguments
    }

    func run() throws {
        let day = Day(year: 2024, month: 10, day: 1)!
        var generator = SyntheticPopulation(seed: 20_241_001, day: day)
        let lines = (0..<arguments.households).map { generator.householdJSON(index: $0) }
        if let output = arguments.output {
            let text = lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") + "\n"
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            print("wrote \(lines.count) households to \(output)")
        }
        let bytes = lines.reduce(0) { $0 + $1.count }
        let decodeStart = DispatchTime.now()
        let households = try lines.map { try HouseholdDecoder.decode($0) }
        let decodeSeconds = seconds(decodeStart)
        print("decode (1 job): households=\(households.count) bytes=\(bytes) seconds=\(String(format: "%.3f", decodeSeconds)) "
              + "households_per_second=\(Int((Double(households.count) / decodeSeconds).rounded())) "
              + "MB_per_second=\(String(format: "%.1f", Double(bytes) / decodeSeconds / 1e6))")
        var book = InnerMongoliaBook.book
        let illustrative = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/data/policy-illustrative-im.json")
        if let data = FileManager.default.contents(atPath: illustrative.path) {
            try book.add(try PolicyFileLoader.load([UInt8](data), name: "illustrative", catalog: .standard))
        }
        let evaluator = try Evaluator(catalog: .innerMongolia, book: book)
        var parameters: [String: ResolvedParameters] = [:]
        for household in households {
            let key = "\(household.jurisdiction)\(household.residence)"
            if parameters[key] == nil {
                parameters[key] = book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            }
        }
        let keyed = households.map { parameters["\($0.jurisdiction)\($0.residence)"]! }
        var last = 0.0
        let timesHousehold = !arguments.engineGiven || arguments.engine == "household"
        let timesColumnar = !arguments.engineGiven || arguments.engine == "columnar"
        for mode in arguments.evaluationModes where timesHousehold {
            last = medianSeconds(households.count) { range in
                let scratch = EvaluationScratch()
                var decision = Decision()
                for index in range {
                    do {
                        if mode == .decisions {
                            try evaluator.decide(households[index], on: day, parameters: keyed[index], into: &decision, scratch: scratch)
                        } else {
                            _ = try evaluator.evaluate(households[index], on: day, parameters: keyed[index], tracing: mode == .traces,
                                                       scratch: scratch)
                        }
                    } catch {
                        preconditionFailure("household \(households[index].id) was read and checked before timing: \(error)")
                    }
                }
            }
            printRate(mode.title, households: households.count, seconds: last)
        }
        guard arguments.evaluationModes.contains(.decisions), timesColumnar else {
            report(households: households.count, seconds: last)
            return
        }
        let householdRate = timesHousehold ? Double(households.count) / last : nil
        // The columnar engine on the same households: each job's slice as a table made of
        // households, every household's whole decision (what undetermined programs lack included).
        last = medianSeconds(households.count) { range in
            let table = HouseholdTable(households: Array(households[range]))
            var eligible = 0
            do {
                try ColumnarEvaluator(evaluator).decide(table, on: day) { _, decision in
                    if decision.status(ofProgramAt: 0) == .eligible { eligible += 1 }
                }
            } catch {
                preconditionFailure("a table made of households lacks no column: \(error)")
            }
            precondition(eligible <= range.count)
        }
        printRate("columnar decisions", households: households.count, seconds: last,
                  extra: householdRate.map { " speedup=\(String(format: "%.2f", Double(households.count) / last / $0))" } ?? "")
        // The columnar engine's own output: statuses, tiers and amounts in columns
        // (`TableDecisions`), no `Decision` per household, the missing-item walk only where
        // ranges may decide: what a re-screen that counts or compares outcomes needs. The
        // last line still reports whole decisions, as it did before this line was added.
        let decisionRate = Double(households.count) / last
        let tableSeconds = medianSeconds(households.count) { range in
            let table = HouseholdTable(households: Array(households[range]))
            var decisions = TableDecisions()
            do {
                try ColumnarEvaluator(evaluator).decide(table, on: day, into: &decisions)
            } catch {
                preconditionFailure("a table made of households lacks no column: \(error)")
            }
            precondition(decisions.households.count == range.count)
        }
        printRate("columnar table decisions", households: households.count, seconds: tableSeconds,
                  extra: " against_whole_decisions=\(String(format: "%.2f", Double(households.count) / tableSeconds / decisionRate))")
        if timesHousehold { try checkAgreement(households, evaluator: evaluator, keyed: keyed, day: day) }
        report(households: households.count, seconds: last)
    }

    /// Each job's share of `count` households, in order.
    private func slices(_ count: Int) -> [Range<Int>] {
        let slice = (count + arguments.jobs - 1) / arguments.jobs
        return (0..<arguments.jobs).map { min($0 * slice, count)..<min($0 * slice + slice, count) }
    }

    /// The median wall time of `arguments.runs` runs, each running `job` on every job's
    /// share of `count` households on its own thread.
    private func medianSeconds(_ count: Int, _ job: @Sendable (Range<Int>) -> Void) -> Double {
        let shares = slices(count)
        var times: [Double] = []
        for _ in 0..<arguments.runs {
            let start = DispatchTime.now()
            DispatchQueue.concurrentPerform(iterations: shares.count) { job(shares[$0]) }
            times.append(seconds(start))
        }
        times.sort()
        return times[times.count / 2]
    }

    /// One timing line: `IM catalog evaluate (MODE, …): households=N seconds=S households_per_second=R`.
    private func printRate(_ mode: String, households: Int, seconds: Double, extra: String = "") {
        print("IM catalog evaluate (\(mode), \(arguments.jobs) jobs, median of \(arguments.runs)): "
              + "households=\(households) seconds=\(String(format: "%.3f", seconds)) "
              + "households_per_second=\(Int((Double(households) / seconds).rounded()))" + extra)
    }

    /// Decides every household with both engines and compares the decisions as
    /// `assist batch --detail decisions` writes them, byte for byte.
    private func checkAgreement(_ households: [Household], evaluator: Evaluator, keyed: [ResolvedParameters], day: Day) throws {
        let shares = slices(households.count)
        let differing = Mutex([String]())
        let compared = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: shares.count) { job in
            let range = shares[job]
            var reference = Decision()
            var writer = JSONWriter(reservingCapacity: 4096)
            func json(_ decision: Decision) -> [UInt8] {
                writer.removeAll()
                DecisionJSON.write(decision, language: .english, to: &writer)
                return writer.bytes
            }
            var found: [String] = []
            var count = 0
            do {
                try ColumnarEvaluator(evaluator).decide(HouseholdTable(households: Array(households[range])), on: day) { position, decision in
                    let index = range.lowerBound + position
                    do {
                        try evaluator.decide(households[index], on: day, parameters: keyed[index], into: &reference)
                        count += 1
                        if json(decision) != json(reference) { found.append(households[index].id.rawValue) }
                    } catch {
                        found.append("\(households[index].id.rawValue) (refused: \(error))")
                    }
                }
            } catch {
                found.append("slice \(range): \(error)")
            }
            differing.withLock { $0 += found }
            compared.withLock { $0 += count }
        }
        let found = differing.withLock { $0 }
        let count = compared.withLock { $0 }
        print("engines agree: \(count - found.count) of \(households.count) decisions byte-identical")
        guard found.isEmpty, count == households.count else {
            throw BenchError.failed("the engines disagree on \(found.count) households, first: \(found.prefix(5).joined(separator: ", "))")
        }
    }
}

/// A deterministic synthetic population of Inner Mongolia households in the library's own
/// format: Ulanhot, Hohhot and Wuhai, urban and rural, 1-6 members, incomes around the
/// dibao line, some disabilities, illnesses, medical and education spending, and asset
/// verification findings.
struct SyntheticPopulation {
    var state: UInt64
    let day: Day

    init(seed: UInt64, day: Day) {
        self.state = seed
        self.day = day
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func householdJSON(index: Int) -> [UInt8] {
        let places = ["152201", "152201", "152201", "150102", "150302"]
        let size = [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6][below(12)]
        var members: [Member] = []
        for position in 0..<size {
            let age = position == 0 ? 25 + below(60) : (position == 1 ? 25 + below(55) : below(30))
            let drawn = Day(year: day.year - age, month: 1 + below(12), day: 1 + below(28))!
            // A child of age 0 is not born after the evaluation day (the reader refuses that).
            let birth = drawn > day ? drawn.adding(months: -12) : drawn
            var disability: DisabilityCertificate?
            if below(100) < 7 {
                disability = DisabilityCertificate(category: DisabilityCategory.allCases[below(7)],
                                                   grade: DisabilityGrade(rawValue: 1 + below(4))!, certifiedOn: Day(year: 2020, month: 3, day: 1))
            }
            members.append(Member(
                id: Member.ID("m\(position + 1)"), relationship: position == 0 ? .applicant : position == 1 ? .spouse : .child,
                birthDate: birth, labourCapacity: age >= 16 && age < 60 ? .full : LabourCapacity.unable,
                employment: age >= 16 && age < 60 ? (below(3) == 0 ? .unemployed : .employed) : .notInLabourForce,
                schooling: age < 18 ? .juniorSecondary : SchoolingLevel.notInSchool, disability: disability,
                majorIllness: below(100) < 3 ? MajorIllness(recognisedOn: Day(year: 2024, month: 2, day: 1)) : nil,
                dailyLivingActivitiesUnable: below(7), needsLongTermCare: below(10) == 0))
        }
        let perPerson = Int64(below(250_000))
        let incomes = [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: perPerson * Int64(size))),
                       Income(member: Member.ID("m1"), kind: .taxesAndContributions, monthlyAmount: Money(fen: Int64(below(10_000))))]
        var expenses: [Expense] = []
        for _ in 0..<below(4) {
            expenses.append(Expense(member: Member.ID("m1"), category: .medical, day: day.adding(days: -below(400)),
                                    amount: Money(fen: Int64(below(2_000_000)))))
        }
        let tiers: [AssetCheckTier] = [.dibao, .marginal, .rigidExpenditure, .extremePoverty]
        let household = Household(
            id: Household.ID("S\(index)"), jurisdiction: AdministrativeDivisionCode(places[below(places.count)])!,
            residence: below(3) == 0 ? .rural : .urban, asOf: day, members: members, incomes: incomes,
            assets: Assets(financial: [FinancialAsset(kind: .deposit, amount: Money(fen: Int64(below(5_000_000))))],
                           verification: below(2) == 0 ? AssetVerification(finding: below(5) == 0 ? .exceeds : .compliant,
                                                                            verifiedOn: Day(year: 2024, month: 9, day: 1)!,
                                                                            checkedFor: tiers[below(4)]) : nil),
            expenses: expenses, obligors: below(4) == 0 ? nil : [])
        return HouseholdEncoder.encode(household, personalData: .omit)
    }
}
