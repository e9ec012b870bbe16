/// One exact value (or none) per row of a block: numerators, denominators and whether the
/// row is known, and the unit, shared by every known value when they have one unit (the
/// common case: a measure's declared unit, a constant, their products), or per row.
///
/// The operations give, row by row, exactly what the ``Quantity`` operations give; when
/// both columns have a single unit they work on the integer arrays directly.
@usableFromInline
struct ValueColumn {
    @usableFromInline var numerators: [Int128]
    @usableFromInline var denominators: [Int128]
    @usableFromInline var known: [Bool]
    /// The unit of every known value, when they share one; `nil` when ``units`` holds each row's.
    var unit: QuantityUnit?
    var units: [QuantityUnit] = []

    var count: Int { known.count }

    /// `count` unknown rows in `unit`.
    init(unknown count: Int, unit: QuantityUnit) {
        numerators = Array(repeating: 0, count: count)
        denominators = Array(repeating: 1, count: count)
        known = Array(repeating: false, count: count)
        self.unit = unit
    }

    /// `value` on each of `count` rows.
    init(repeating value: Quantity?, count: Int) {
        numerators = Array(repeating: value?.numerator ?? 0, count: count)
        denominators = Array(repeating: value?.denominator ?? 1, count: count)
        known = Array(repeating: value != nil, count: count)
        unit = value?.unit ?? .count
    }

    /// `values[positions[row]]` on each row (a parameter's value at each row's place).
    init(gathering values: [Quantity?], at positions: [Int32]) {
        var shared: QuantityUnit?
        var uniform = true
        for value in values {
            if let value {
                if shared == nil { shared = value.unit } else if shared != value.unit { uniform = false }
            }
        }
        guard uniform else {
            self.init(positions.map { values[Int($0)] })
            return
        }
        let numeratorsByPlace = values.map { $0?.numerator ?? 0 }
        let denominatorsByPlace = values.map { $0?.denominator ?? 1 }
        let knownByPlace = values.map { $0 != nil }
        self.init(numerators: positions.map { numeratorsByPlace[Int($0)] },
                  denominators: positions.map { denominatorsByPlace[Int($0)] },
                  known: positions.map { knownByPlace[Int($0)] }, unit: shared ?? .count)
    }

    private init(numerators: [Int128], denominators: [Int128], known: [Bool], unit: QuantityUnit) {
        self.numerators = numerators
        self.denominators = denominators
        self.known = known
        self.unit = unit
    }

    /// The values, one per row.
    init(_ values: [Quantity?]) {
        numerators = []
        denominators = []
        known = []
        numerators.reserveCapacity(values.count)
        denominators.reserveCapacity(values.count)
        known.reserveCapacity(values.count)
        var shared: QuantityUnit?
        var uniform = true
        for value in values {
            numerators.append(value?.numerator ?? 0)
            denominators.append(value?.denominator ?? 1)
            known.append(value != nil)
            if let value {
                if shared == nil { shared = value.unit } else if shared != value.unit { uniform = false }
            }
        }
        if uniform {
            unit = shared ?? .count
        } else {
            unit = nil
            units = values.map { $0?.unit ?? .count }
        }
    }

    /// The value of row `row`.
    @inline(__always)
    subscript(row: Int) -> Quantity? {
        guard known[row] else { return nil }
        return Quantity(numerators[row], over: denominators[row], unit: unit ?? units[row])
    }

    /// The rows `rows` picked in order (`rows[i]` is the row of this column that row `i` of
    /// the result takes).
    func gathered(_ rows: [Int32]) -> ValueColumn {
        var result = self
        result.numerators = rows.map { numerators[Int($0)] }
        result.denominators = rows.map { denominators[Int($0)] }
        result.known = rows.map { known[Int($0)] }
        if unit == nil { result.units = rows.map { units[Int($0)] } }
        return result
    }

    // MARK: Operations

    /// Row by row, as ``Quantity/compare(to:)`` followed by `comparison`; unknown where a
    /// value is missing or the comparison throws.
    static func compare(_ left: ValueColumn, _ comparison: Comparison, _ right: ValueColumn) -> [Truth] {
        let count = left.count
        var result = [Truth](repeating: .unknown, count: count)
        if let unit = left.unit, unit == right.unit, unit.isValid {
            // One valid unit on both sides: Quantity.compare's same-unit path.
            left.numerators.withUnsafeBufferPointer { leftNumerators in
            left.denominators.withUnsafeBufferPointer { leftDenominators in
            right.numerators.withUnsafeBufferPointer { rightNumerators in
            right.denominators.withUnsafeBufferPointer { rightDenominators in
                for row in 0..<count where left.known[row] && right.known[row] {
                    let order: Int
                    if leftDenominators[row] == rightDenominators[row] {
                        let (x, y) = (leftNumerators[row], rightNumerators[row])
                        order = x < y ? -1 : x > y ? 1 : 0
                    } else {
                        let (x, o1) = leftNumerators[row].multipliedReportingOverflow(by: rightDenominators[row])
                        let (y, o2) = rightNumerators[row].multipliedReportingOverflow(by: leftDenominators[row])
                        if o1 || o2 { continue }
                        order = x < y ? -1 : x > y ? 1 : 0
                    }
                    result[row] = Truth(comparison.holds(forOrder: order))
                }
            }
            }
            }
            }
            return result
        }
        for row in 0..<count {
            guard let x = left[row], let y = right[row], let order = try? x.compare(to: y) else { continue }
            result[row] = Truth(comparison.holds(forOrder: order))
        }
        return result
    }

    /// Row by row, as ``Quantity/multiplied(by:)``; unknown where a value is missing or the
    /// product throws.
    static func product(_ left: ValueColumn, _ right: ValueColumn) -> ValueColumn {
        let count = left.count
        if let a = left.unit, let b = right.unit, let unit = QuantityUnit.product(a, b), !scalesPeriod(a, b, unit) {
            // No period scaling: numerators times numerators, denominators times denominators.
            var result = ValueColumn(unknown: count, unit: unit)
            for row in 0..<count where left.known[row] && right.known[row] {
                let (numerator, o1) = left.numerators[row].multipliedReportingOverflow(by: right.numerators[row])
                let (denominator, o2) = left.denominators[row].multipliedReportingOverflow(by: right.denominators[row])
                if o1 || o2 { continue }
                if denominator > (1 << 40) {
                    let reduced = Quantity(numerator, over: denominator, unit: unit).reduced()
                    result.numerators[row] = reduced.numerator
                    result.denominators[row] = reduced.denominator
                } else {
                    result.numerators[row] = numerator
                    result.denominators[row] = denominator
                }
                result.known[row] = true
            }
            return result
        }
        return ValueColumn((0..<count).map { row in
            guard let x = left[row], let y = right[row] else { return nil }
            return try? x.multiplied(by: y)
        })
    }

    /// Whether ``Quantity/multiplied(by:)`` scales the period for units `a` and `b` (a
    /// duration times money per period).
    private static func scalesPeriod(_ a: QuantityUnit, _ b: QuantityUnit, _ unit: QuantityUnit) -> Bool {
        guard unit == .moneySum else { return false }
        switch (a, b) {
        case (.months, .money), (.money, .months), (.years, .money), (.money, .years): return true
        default: return false
        }
    }

    /// Row by row, `body(left, right)` where both are known; unknown elsewhere.
    static func combine(_ left: ValueColumn, _ right: ValueColumn, _ body: (Quantity, Quantity) -> Quantity?) -> ValueColumn {
        ValueColumn((0..<left.count).map { row in
            guard let x = left[row], let y = right[row] else { return nil }
            return body(x, y)
        })
    }
}
