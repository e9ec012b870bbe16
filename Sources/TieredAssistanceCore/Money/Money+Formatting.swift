extension Money: CustomStringConvertible {
    /// The amount in yuan with thousands separators and exactly 2 decimals:
    /// `1,233.33`, `-0.50`, `829.00`.
    public var description: String {
        formatted(groupingSeparator: ",")
    }

    /// The amount in yuan with exactly 2 decimals and no separators: `1233.33`.
    public var decimalText: String {
        formatted(groupingSeparator: "")
    }

    /// The amount in yuan with exactly 2 decimals, grouping thousands with `separator`.
    public func formatted(groupingSeparator separator: String) -> String {
        let negative = fen < 0
        let magnitude = fen.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += separator }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// Parses an amount in yuan written as a plain decimal with at most 2 decimals
    /// (`"829"`, `"829.5"`, `"1233.33"`; no sign, no separators, no exponent), at most
    /// ``inputLimit``. Returns `nil` for anything else.
    public init?(yuanText text: String) {
        var utf8 = Array(text.utf8)
        let result = utf8.withUnsafeMutableBytes { buffer in
            FixedPointDecimal.parse(UnsafeRawBufferPointer(buffer), scale: 2, limit: Money.inputLimit.fen)
        }
        guard case .success(let fen) = result else { return nil }
        self.init(fen: fen)
    }
}
