import TieredAssistance

/// `assist batch --format csv`: one row per household and program (members' programs one row
/// per member), RFC 4180 quoting, CRLF line ends.
enum BatchCSV {
    /// The header row's fields.
    static let header = ["household", "day", "jurisdiction", "residence", "tier", "program", "member", "status",
                         "superseded_by", "monthly_amount_yuan", "one_off_amount_yuan", "missing"]

    /// The rows of one evaluation: every determination that applies, or, when none applies
    /// (no program at the place and day), one row with the household's fields and the tier, so
    /// that every household evaluated has a row.
    static func rows(_ evaluation: Evaluation) -> String {
        var text = ""
        let household = [evaluation.household.rawValue, evaluation.day.description, evaluation.jurisdiction.description,
                         evaluation.residence.rawValue, evaluation.tier.name]
        for determination in evaluation.determinations where determination.status != .notApplicable {
            let payable: AmountResult? = determination.supersededBy == nil ? determination.amount : nil
            var monthly = "", oneOff = ""
            if let payable {
                if payable.period == .monthly { monthly = payable.value.decimalText } else { oneOff = payable.value.decimalText }
            }
            let missing: String = determination.missing.map(\.description).joined(separator: "; ")
            var fields = household + [determination.program.rawValue, determination.member?.rawValue ?? "", determination.status.rawValue]
            fields += [determination.supersededBy?.rawValue ?? "", monthly, oneOff, missing]
            text += fields.map(quoted).joined(separator: ",") + "\r\n"
        }
        if text.isEmpty {
            text = (household + Array(repeating: "", count: header.count - household.count)).map(quoted).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line end,
    /// quotes doubled; a field a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is
    /// prefixed with a quote mark so it stays text.
    static func quoted(_ field: String) -> String {
        var field = field
        if let first = field.first, "=+-@".contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
