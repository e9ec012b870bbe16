/// Writes an ``Evaluation`` as JSON with a fixed key order: the same evaluation always
/// gives the same bytes.
///
/// Quantities are written exactly (`numerator`/`denominator` as strings, in fen for money)
/// with a `text` rounded for people. Names, ID numbers and diagnoses never appear.
public enum EvaluationJSON {
    /// How much to write.
    public enum Detail: Sendable {
        /// Tier, statuses, amounts and missing items.
        case summary
        /// Everything, including each rule's comparisons and the amount breakdowns.
        case full
    }

    /// The evaluation as one compact JSON object (no trailing newline).
    /// With `reconciliation` (for example the Inner Mongolia content's findings for the same
    /// household and day), a last key `reconciliation` holds the findings as
    /// ``ReconciliationJSON`` writes them.
    public static func encode(_ evaluation: Evaluation, detail: Detail = .full, language: Language = .chinese,
                              reconciliation: [ReconciliationFinding]? = nil) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 1024)
        write(evaluation, detail: detail, language: language, reconciliation: reconciliation, to: &writer)
        return writer.bytes
    }

    /// Writes the evaluation as one JSON object; with `reconciliation`, a last key
    /// `reconciliation` holds the findings (``ReconciliationJSON``).
    package static func write(_ evaluation: Evaluation, detail: Detail, language: Language,
                             reconciliation: [ReconciliationFinding]? = nil, to writer: inout JSONWriter) {
        writer.beginObject()
        writeHeader(household: evaluation.household, day: evaluation.day, jurisdiction: evaluation.jurisdiction,
                    residence: evaluation.residence, tier: evaluation.tier, to: &writer)
        writer.key("determinations")
        writer.beginArray()
        for determination in evaluation.determinations where determination.status != .notApplicable {
            write(determination, detail: detail, language: language, to: &writer)
        }
        writer.endArray()
        if detail == .full {
            writer.key("questions")
            writeQuestions(evaluation.questions, language: language, to: &writer)
        }
        if let reconciliation {
            writer.key("reconciliation")
            ReconciliationJSON.write(reconciliation, language: language, to: &writer)
        }
        writer.endObject()
    }

    /// The keys every result line starts with (also ``DecisionJSON``'s): household, day,
    /// jurisdiction, residence, tier and the tier candidates (empty unless undetermined).
    static func writeHeader(household: Household.ID, day: Day, jurisdiction: AdministrativeDivisionCode,
                            residence: Residence, tier: TierOutcome, to writer: inout JSONWriter) {
        writer.key("household"); writer.string(household.rawValue)
        writer.key("day"); writer.day(day)
        writer.key("jurisdiction"); writer.string(jurisdiction.description)
        writer.key("residence"); writer.string(residence.rawValue)
        writer.key("tier"); writer.string(tier.name)
        writer.key("tierCandidates")
        writer.beginArray()
        if case .undetermined(let candidates) = tier {
            for candidate in candidates { writer.string(candidate.rawValue) }
        }
        writer.endArray()
    }

    private static func write(_ determination: Determination, detail: Detail, language: Language, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("program"); writer.string(determination.program.rawValue)
        writer.key("member"); if let member = determination.member { writer.string(member.rawValue) } else { writer.null() }
        writer.key("status"); writer.string(determination.status.rawValue)
        // An outranked tier is not paid: its amount stays in the rules' breakdown only.
        let payable = determination.supersededBy == nil ? determination.amount : nil
        writer.key("monthlyAmount")
        if let amount = payable, amount.period == .monthly { writer.money(amount.value) } else { writer.null() }
        writer.key("oneOffAmount")
        if let amount = payable, amount.period == .oneOff { writer.money(amount.value) } else { writer.null() }
        writer.key("supersededBy"); if let winner = determination.supersededBy { writer.string(winner.rawValue) } else { writer.null() }
        writer.key("nearMiss")
        if let nearMiss = determination.nearMiss { writer.rate(nearMiss.distance) } else { writer.null() }
        MissingItemJSON.write(determination.missing, language: language, to: &writer)
        if detail == .full {
            // An amount that could not be computed, bounded by what is known (null otherwise).
            writer.key("amountRange"); write(determination.amountRange, to: &writer)
            // What the sources require and this catalog does not test (eligible and undetermined only).
            writer.key("openConditions")
            writer.beginArray()
            for condition in determination.openConditions {
                writer.beginObject()
                writer.key("text"); writer.string(condition.text.text(language))
                writer.key("basis"); writer.string(condition.citation.description)
                writer.endObject()
            }
            writer.endArray()
            // Values a reader must not take for sourced law without a flag: an inferred
            // effective day ([I]) or an illustrative value.
            writer.key("flaggedParameters")
            writer.beginArray()
            for resolved in determination.status == .notApplicable ? [] : determination.flaggedParameters {
                writer.beginObject()
                writer.key("parameter"); writer.string(resolved.definition.id.rawValue)
                writer.key("effective"); writer.day(resolved.entry.effective)
                writer.key("effectiveInferred"); writer.bool(resolved.entry.isEffectiveDayInferred)
                writer.key("status"); writer.string(resolved.entry.status.rawValue)
                writer.key("layer"); writer.string(resolved.layerName)
                writer.endObject()
            }
            writer.endArray()
            writer.key("rules")
            writer.beginArray()
            for outcome in determination.rules {
                writer.beginObject()
                writer.key("rule"); writer.string(outcome.rule.id.rawValue)
                writer.key("baseRule"); if let base = outcome.baseRule { writer.string(base.rawValue) } else { writer.null() }
                writer.key("truth"); writer.string(truthText(outcome.truth))
                writer.key("citations")
                writer.beginArray()
                for citation in outcome.rule.citations { writer.string(citation.description) }
                writer.endArray()
                writer.key("comparisons")
                writer.beginArray()
                for comparison in outcome.trace?.comparisons ?? [] { write(comparison, language: language, to: &writer) }
                writer.endArray()
                writer.endObject()
            }
            writer.endArray()
            writer.key("amountLines")
            writer.beginArray()
            for line in determination.amount?.lines ?? [] {
                writer.beginObject()
                writer.key("label"); writer.string(line.label.text(language))
                writer.key("depth"); writer.int(line.depth)
                writer.key("value"); write(line.value, to: &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    private static func write(_ comparison: ComparisonTrace, language: Language, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("left"); writer.string(comparison.left.text(language))
        writer.key("leftValue"); if let value = comparison.leftValue { write(value, to: &writer) } else { writer.null() }
        writer.key("op"); writer.string(comparison.comparison.rawValue)
        writer.key("right"); writer.string(comparison.right.text(language))
        writer.key("rightValue"); if let value = comparison.rightValue { write(value, to: &writer) } else { writer.null() }
        writer.key("truth"); writer.string(truthText(comparison.truth))
        writer.key("margin"); if let margin = comparison.margin { write(margin, to: &writer) } else { writer.null() }
        // A side not known exactly: the range it lies in (either end null when unbounded).
        writer.key("leftRange"); write(comparison.leftRange, to: &writer)
        writer.key("rightRange"); write(comparison.rightRange, to: &writer)
        writer.key("parameters")
        writer.beginArray()
        for resolved in comparison.parameters {
            writer.beginObject()
            writer.key("id"); writer.string(resolved.definition.id.rawValue)
            writer.key("value"); writer.string(resolved.entry.value.description)
            writer.key("unit"); writer.string(resolved.entry.unit.rawValue)
            writer.key("status"); writer.string(resolved.entry.status.rawValue)
            writer.key("setFor"); writer.string(resolved.entry.jurisdiction.description)
            writer.key("effective"); writer.day(resolved.entry.effective)
            writer.key("source"); if let source = resolved.entry.source { writer.string(source.description) } else { writer.null() }
            writer.key("layer"); writer.string(resolved.layerName)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// ``Evaluation/questions``, best first: each with `question` (the sentence), `item` (as
    /// in `missingItems`), `settles`, `subjects` (program and member) and `thresholds` (rule,
    /// side, `op`, `value`).
    private static func writeQuestions(_ questions: [Question], language: Language, to writer: inout JSONWriter) {
        writer.beginArray()
        for question in questions {
            writer.beginObject()
            writer.key("question"); writer.string(language == .chinese ? question.item.chineseDescription : question.item.description)
            writer.key("item"); MissingItemJSON.writeItem(question.item, to: &writer)
            writer.key("settles"); writer.int(question.settles)
            writer.key("subjects")
            writer.beginArray()
            for subject in question.subjects {
                writer.beginObject()
                writer.key("program"); writer.string(subject.program.rawValue)
                writer.key("member"); if let member = subject.member { writer.string(member.rawValue) } else { writer.null() }
                writer.endObject()
            }
            writer.endArray()
            writer.key("thresholds")
            writer.beginArray()
            for threshold in question.thresholds {
                writer.beginObject()
                writer.key("rule"); writer.string(threshold.rule.rawValue)
                writer.key("side"); writer.string(threshold.side.text(language))
                writer.key("op"); writer.string(threshold.comparison.rawValue)
                writer.key("value"); write(threshold.value, to: &writer)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }

    /// A range as `{"lower", "upper"}` (either end null when open), or null.
    private static func write(_ range: QuantityRange?, to writer: inout JSONWriter) {
        guard let range else { return writer.null() }
        writer.beginObject()
        writer.key("lower"); if let lower = range.lower { write(lower, to: &writer) } else { writer.null() }
        writer.key("upper"); if let upper = range.upper { write(upper, to: &writer) } else { writer.null() }
        writer.endObject()
    }

    private static func write(_ quantity: Quantity, to writer: inout JSONWriter) {
        let reduced = quantity.reduced()
        writer.beginObject()
        writer.key("unit"); writer.string(quantity.unit.description)
        writer.key("numerator"); writer.string(String(reduced.numerator))
        writer.key("denominator"); writer.string(String(reduced.denominator))
        writer.key("text"); writer.string(quantity.description)
        writer.endObject()
    }

    private static func truthText(_ truth: Truth) -> String {
        switch truth {
        case .yes: return "yes"
        case .no: return "no"
        case .unknown: return "unknown"
        }
    }
}
