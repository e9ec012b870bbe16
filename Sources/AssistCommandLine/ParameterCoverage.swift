import TieredAssistance

/// `assist parameters --coverage`: for each place and year, whether every parameter the
/// catalog reads had a sourced value all year, an illustrative one somewhere, or none on some
/// or all days: where the book needs work.
struct ParameterCoverage {
    /// One cell's state for a year.
    enum State: String {
        case sourced = "S"
        case illustrative = "I"
        case partlyMissing = "~"
        case missing = "-"
    }

    /// The report.
    let text: String

    init(book: PolicyBook, catalog: RuleCatalog, jurisdictions: [AdministrativeDivisionCode], from: Day, to: Day) {
        let years = Array(from.year...to.year)
        var lines: [String] = []
        lines.append("Parameter coverage \(from) to \(to): S sourced every day, I a value every day (some illustrative), "
                     + "~ no value on some days, - no value on any day")
        for jurisdiction in jurisdictions {
            lines.append("")
            lines.append(catalog.placeNames.label(of: jurisdiction))
            let width = max(40, catalog.parametersRead.map { $0.id.rawValue.count + 8 }.max() ?? 40)
            lines.append("parameter".padding(toLength: width, withPad: " ", startingAt: 0) + years.map { " \($0)" }.joined())
            for definition in catalog.parametersRead {
                for residence in definition.isResidenceSpecific ? [Residence.urban, .rural] : [.urban] {
                    var cells: [String] = []
                    for year in years {
                        let first = max(from, Day(year: year, month: 1, day: 1)!)
                        let last = min(to, Day(year: year, month: 12, day: 31)!)
                        let state = Self.state(book, definition.id, jurisdiction, residence, first...last)
                        cells.append("    " + state.rawValue)
                    }
                    let name = definition.id.rawValue + (definition.isResidenceSpecific ? " [\(residence.rawValue)]" : "")
                    lines.append(name.padding(toLength: width, withPad: " ", startingAt: 0) + cells.joined())
                }
            }
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    /// The state over `days`, resolving on every day (values change on any day).
    private static func state(_ book: PolicyBook, _ parameter: ParameterID, _ jurisdiction: AdministrativeDivisionCode,
                              _ residence: Residence, _ days: ClosedRange<Day>) -> State {
        var valued = 0, total = 0, illustrative = false
        var day = days.lowerBound
        while day <= days.upperBound {
            total += 1
            if case .value(let resolved) = book.resolve(parameter, jurisdiction: jurisdiction, residence: residence, on: day) {
                valued += 1
                if resolved.entry.status == .illustrative { illustrative = true }
            }
            day = day.adding(days: 1)
        }
        if valued == 0 { return .missing }
        if valued < total { return .partlyMissing }
        return illustrative ? .illustrative : .sourced
    }
}
