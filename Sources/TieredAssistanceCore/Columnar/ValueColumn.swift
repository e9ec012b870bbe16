/// One exact value (or none) per row of a block: numerators, denominators and whether the
/// row is known, and the unit, shared by every known value when they have one unit (the
/// common case: a measure's declared unit, a constant, their products), or per row.
///
/// The operations give, row by row, exactly what the ``Quantity`` operations give; when
/// both columns have a single unit they work on the integer arrays directly.
@usableFromInline
struct ValueColumn: Sendable {
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
        let count = positions.count
        // Usually only the numerators differ between places.
        let denominators = denominatorsByPlace.allSatisfy({ $0 == denominatorsByPlace.first })
            ? Array(repeating: denominatorsByPlace.first ?? 1, count: count) : positions.map { denominatorsByPlace[Int($0)] }
        let known = knownByPlace.allSatisfy({ $0 == knownByPlace.first })
            ? Array(repeating: knownByPlace.first ?? false, count: count) : positions.map { knownByPlace[Int($0)] }
        let numerators = [Int128](unsafeUninitializedCapacity: count) { buffer, initialized in
            numeratorsByPlace.withUnsafeBufferPointer { byPlace in
                positions.withUnsafeBufferPointer { positions in
                    for row in 0..<count { buffer[row] = byPlace[Int(positions[row])] }
                }
            }
            initialized = count
        }
        self.init(numerators: numerators, denominators: denominators, known: known, unit: shared ?? .count)
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

    /// Lets `compute` set this column's rows (table rows from `first`) through a
    /// ``ColumnMeasureOutput`` writing straight into the storage; returns what the rows it
    /// could not measure lack.
    mutating func fill(first: Int, measure: MeasureID,
                       _ compute: (inout ColumnMeasureOutput) -> Void) -> [(row: Int, items: [MissingItem])] {
        let unit = self.unit ?? .count
        return withMutableStorage { storage in
            var output = ColumnMeasureOutput(first: first, unit: unit, measure: measure, numerators: storage.numerators,
                                             denominators: storage.denominators, known: storage.known)
            compute(&output)
            return output.missing
        }
    }

    /// A column's rows as raw buffers, for loops that must not check every access.
    struct Storage {
        let numerators: UnsafeBufferPointer<Int128>
        let denominators: UnsafeBufferPointer<Int128>
        let known: UnsafeBufferPointer<Bool>
    }

    /// A column's rows as raw buffers to write.
    struct MutableStorage {
        let numerators: UnsafeMutableBufferPointer<Int128>
        let denominators: UnsafeMutableBufferPointer<Int128>
        let known: UnsafeMutableBufferPointer<Bool>
    }

    /// Calls `body` with the rows as raw buffers, valid only during the call.
    @inline(__always)
    func withStorage<R>(_ body: (Storage) -> R) -> R {
        numerators.withUnsafeBufferPointer { numerators in
            denominators.withUnsafeBufferPointer { denominators in
                known.withUnsafeBufferPointer { known in
                    body(Storage(numerators: numerators, denominators: denominators, known: known))
                }
            }
        }
    }

    /// Calls `body` with the rows as raw buffers to write, valid only during the call.
    @inline(__always)
    mutating func withMutableStorage<R>(_ body: (MutableStorage) -> R) -> R {
        numerators.withUnsafeMutableBufferPointer { numerators in
            denominators.withUnsafeMutableBufferPointer { denominators in
                known.withUnsafeMutableBufferPointer { known in
                    body(MutableStorage(numerators: numerators, denominators: denominators, known: known))
                }
            }
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

    /// Each row as a flag, as ``TruthBits``: yes where the value is not zero, unknown where
    /// it is missing.
    func truthBits() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { result, initialized in
            withStorage { values in
                for row in 0..<values.known.count {
                    result[row] = values.known[row] ? TruthBits.of(values.numerators[row] != 0) : TruthBits.unknown
                }
            }
            initialized = count
        }
    }

    /// Row by row, as ``Quantity/compare(to:)`` followed by `comparison`, as ``TruthBits``;
    /// unknown where a value is missing or the comparison throws.
    static func compare(_ left: ValueColumn, _ comparison: Comparison, _ right: ValueColumn) -> [UInt8] {
        let count = left.count
        var result = [UInt8](repeating: TruthBits.unknown, count: count)
        if let unit = left.unit, unit == right.unit, unit.isValid {
            // One valid unit on both sides: Quantity.compare's same-unit path.
            // Which orders (-1, 0, 1) satisfy the comparison, as TruthBits.
            let below = TruthBits.of(comparison.holds(forOrder: -1))
            let equal = TruthBits.of(comparison.holds(forOrder: 0))
            let above = TruthBits.of(comparison.holds(forOrder: 1))
            result.withUnsafeMutableBufferPointer { result in
            left.withStorage { x in
            right.withStorage { y in
                // Below 2^62 in magnitude, products cannot overflow Int128: no check needed.
                let small: Int128 = 1 << 62
                let (xKnown, xNumerators, xDenominators) = (x.known, x.numerators, x.denominators)
                let (yKnown, yNumerators, yDenominators) = (y.known, y.numerators, y.denominators)
                for row in 0..<count where xKnown[row] && yKnown[row] {
                    var a = xNumerators[row]
                    var b = yNumerators[row]
                    let (da, db) = (xDenominators[row], yDenominators[row])
                    if da != db {
                        if a > -small && a < small && b > -small && b < small && da < small && db < small {
                            (a, b) = (a &* db, b &* da)
                        } else {
                            let (scaledA, o1) = a.multipliedReportingOverflow(by: db)
                            let (scaledB, o2) = b.multipliedReportingOverflow(by: da)
                            if o1 || o2 { continue }
                            (a, b) = (scaledA, scaledB)
                        }
                    }
                    result[row] = a < b ? below : a > b ? above : equal
                }
            }
            }
            }
            return result
        }
        for row in 0..<count {
            guard let x = left[row], let y = right[row], let order = try? x.compare(to: y) else { continue }
            result[row] = TruthBits.of(comparison.holds(forOrder: order))
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
            result.withMutableStorage { out in
            left.withStorage { x in
            right.withStorage { y in
                for row in 0..<count where x.known[row] && y.known[row] {
                    let (numerator, o1) = x.numerators[row].multipliedReportingOverflow(by: y.numerators[row])
                    let (denominator, o2) = x.denominators[row].multipliedReportingOverflow(by: y.denominators[row])
                    if o1 || o2 { continue }
                    if denominator > (1 << 40) {
                        let reduced = Quantity(numerator, over: denominator, unit: unit).reduced()
                        out.numerators[row] = reduced.numerator
                        out.denominators[row] = reduced.denominator
                    } else {
                        out.numerators[row] = numerator
                        out.denominators[row] = denominator
                    }
                    out.known[row] = true
                }
            }
            }
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
