import TieredAssistance

/// `assist policy check FILE...`: each policy file read strictly and laid against the book
/// below it. Errors (what the loader or the book refuses) name the file, line and field path;
/// findings list each value's change against the value it replaces (in %), days left without a
/// value before it, values still to fill in (`null`) and illustrative values.
struct PolicyCheck {
    /// The report's lines.
    private(set) var lines: [String] = []
    /// Whether any file was refused.
    private(set) var failed = false

    init(files: [String], base: PolicyBook) {
        for file in files { check(file, base: base) }
    }

    private mutating func check(_ file: String, base: PolicyBook) {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, limit: 64 << 20)
        } catch {
            fail("\(file): \(error)")
            return
        }
        let layer: PolicyBook.Layer
        do {
            layer = try PolicyFileLoader.load(bytes, name: file, catalog: base.catalog)
            _ = try base.adding(layer)
        } catch {
            let line = error.byteOffset.map { offset in 1 + bytes.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count }
            fail("\(file)\(line.map { ":\($0)" } ?? ""): \(error.path): \(error.message) [\(error.code)]")
            return
        }
        let entries = layer.entries
        let unfilled = entries.filter { $0.value == .unknown }.count
        let sourced = entries.filter { $0.status == .sourced && $0.value != .unknown }.count
        let illustrative = entries.filter { $0.status == .illustrative && $0.value != .unknown }.count
        lines.append("\(file): \(entries.count) values (\(sourced) sourced, \(illustrative) illustrative, \(unfilled) not filled in)")
        // The value each entry replaces: an earlier entry of this file for the same parameter and
        // place, else the book's.
        struct Place: Hashable {
            let parameter: ParameterID
            let jurisdiction: AdministrativeDivisionCode
            let residence: Residence?
        }
        var earlier: [Place: ParameterEntry] = [:]
        for (index, entry) in entries.enumerated() {
            let key = Place(parameter: entry.parameter, jurisdiction: entry.jurisdiction, residence: entry.residence)
            defer { earlier[key] = entry }
            let place = "\(entry.parameter) \(entry.jurisdiction)" + (entry.residence.map { " \($0.rawValue)" } ?? "")
            let label = "  values[\(index)] \(place) from \(entry.effective)"
            if entry.value == .unknown {
                lines.append("\(label): not filled in (null)")
                continue
            }
            var line = "\(label): \(entry.displayValue(chinese: false))"
            let residence = entry.residence ?? .urban
            if let previous = earlier[key], previous.value != .unknown {
                line += Self.change(from: previous, to: entry)
                if let end = previous.ends, end.adding(days: 1) < entry.effective {
                    line += "; no value from \(end.adding(days: 1)) to \(entry.effective.adding(days: -1))"
                }
                if entry.status == .illustrative { line += " [illustrative]" }
                lines.append(line)
                continue
            }
            switch base.resolve(entry.parameter, jurisdiction: entry.jurisdiction, residence: residence, on: entry.effective) {
            case .value(let before):
                line += Self.change(from: before.entry, to: entry)
            case .absent(let absence):
                if let last = absence.lastKnown {
                    line += Self.change(from: last, to: entry)
                    if let end = last.ends, end.adding(days: 1) < entry.effective {
                        line += "; no value from \(end.adding(days: 1)) to \(entry.effective.adding(days: -1))"
                    }
                } else {
                    line += " (the book had no value)"
                }
            }
            if entry.status == .illustrative { line += " [illustrative]" }
            lines.append(line)
        }
    }

    /// `, +8.57 % against 829.00 (S11)`, or nothing when the values cannot be compared.
    private static func change(from old: ParameterEntry, to new: ParameterEntry) -> String {
        // Money per period is compared per month (a yearly value is its twelfth); a sum never
        // compares with an amount per period.
        guard old.unit.periodMonths == nil && new.unit.periodMonths == nil || old.unit.periodMonths != nil && new.unit.periodMonths != nil,
              var before = fraction(old.value), var after = fraction(new.value), before.numerator != 0
        else { return "" }
        before.denominator *= Int128(old.unit.periodMonths ?? 1)
        after.denominator *= Int128(new.unit.periodMonths ?? 1)
        // (after − before) / before, in hundredths of a percent, rounded half away from zero.
        let numerator = (after.numerator * before.denominator - before.numerator * after.denominator) * 10_000
        let denominator = before.numerator * after.denominator
        let basisPoints = RoundingRule.halfUp.divide(numerator, by: denominator)
        let sign = basisPoints > 0 ? "+" : basisPoints < 0 ? "-" : "±"
        let magnitude = basisPoints.magnitude
        let percent = "\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
        return ", \(sign)\(percent) % against \(old.displayValue(chinese: false))" + (old.source.map { " (\($0.document.key))" } ?? "")
    }

    private static func fraction(_ value: ParameterValue) -> (numerator: Int128, denominator: Int128)? {
        switch value {
        case .money(let money): return (Int128(money.fen), 1)
        case .rate(let rate): return (Int128(rate.numerator), Int128(rate.denominator))
        case .integer(let count): return (Int128(count), 1)
        case .choice, .unknown: return nil
        }
    }

    private mutating func fail(_ line: String) {
        lines.append("error: " + line)
        failed = true
    }
}
