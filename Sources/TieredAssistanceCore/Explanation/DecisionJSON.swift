/// Writes a ``Decision`` as one compact JSON object with a fixed key order, for bulk runs
/// (`assist batch --detail decisions`): the household, day and place, the tier, and only the
/// programs that are **eligible or undetermined** (not-eligible and not-applicable ones are
/// left out; the batch summary still counts them).
///
/// ```json
/// {"household":"H1","day":"2024-10-01","jurisdiction":"152201","residence":"urban",
///  "tier":"dibao","tierCandidates":[],"programs":[{"program":"dibao","member":null,
///  "status":"eligible","monthlyAmount":"1250.00","oneOffAmount":null,"supersededBy":null,
///  "missing":[]}]}
/// ```
///
/// Each program object has the keys and values of a determination in
/// ``EvaluationJSON``'s summary detail, without `nearMiss` (decisions carry no traces).
/// Names, ID numbers and diagnoses never appear.
public enum DecisionJSON {
    /// The decision as one compact JSON object (no trailing newline).
    public static func encode(_ decision: Decision, language: Language = .english) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 512)
        write(decision, language: language, to: &writer)
        return writer.bytes
    }

    /// Writes the decision as one JSON object; missing items in `language`.
    package static func write(_ decision: Decision, language: Language, to writer: inout JSONWriter) {
        writer.beginObject()
        EvaluationJSON.writeHeader(household: decision.household, day: decision.day, jurisdiction: decision.jurisdiction,
                                   residence: decision.residence, tier: decision.tier, to: &writer)
        writer.key("programs")
        writer.beginArray()
        if let catalog = decision.catalog {
            decision.forEachDetermination { position, member in
                guard let status = decision.status(ofProgramAt: position, member: member),
                      status == .eligible || status == .undetermined else { return }
                writer.beginObject()
                writer.key("program"); writer.string(catalog.programs[position].id.rawValue)
                writer.key("member"); if let member { writer.string(decision.members[member].rawValue) } else { writer.null() }
                writer.key("status"); writer.string(status.rawValue)
                // An outranked tier is not paid.
                let winner = member == nil ? decision.supersededBy(ofProgramAt: position) : nil
                let amount = winner != nil ? nil : decision.amount(ofProgramAt: position, member: member)
                let period = decision.amountPeriod(ofProgramAt: position)
                writer.key("monthlyAmount")
                if let amount, period == .monthly { writer.money(amount) } else { writer.null() }
                writer.key("oneOffAmount")
                if let amount, period == .oneOff { writer.money(amount) } else { writer.null() }
                writer.key("supersededBy")
                if let winner { writer.string(winner.rawValue) } else { writer.null() }
                MissingItemJSON.write(decision.missing(ofProgramAt: position, member: member), language: language, to: &writer)
                writer.endObject()
            }
        }
        writer.endArray()
        writer.endObject()
    }
}
