/// Three-valued truth as two bits, so that `all`, `any` and `not` over whole columns are
/// bitwise: bit 1 "may be true", bit 2 "may be false". Yes is 1, no is 2, unknown is 3.
enum TruthBits {
    static let yes: UInt8 = 1
    static let no: UInt8 = 2
    static let unknown: UInt8 = 3

    @inline(__always)
    static func of(_ value: Bool) -> UInt8 { value ? yes : no }

    /// The bits of a ``Truth``.
    @inline(__always)
    static func of(_ truth: Truth) -> UInt8 {
        switch truth {
        case .yes: return yes
        case .no: return no
        case .unknown: return unknown
        }
    }

    /// As ``Truth``'s `all`: true only if both may be true; false if either may be false.
    @inline(__always)
    static func and(_ a: UInt8, _ b: UInt8) -> UInt8 { (a & b & 1) | ((a | b) & 2) }

    /// As ``Truth``'s `any`.
    @inline(__always)
    static func or(_ a: UInt8, _ b: UInt8) -> UInt8 { ((a | b) & 1) | (a & b & 2) }

    /// As ``Truth/negated``.
    @inline(__always)
    static func not(_ a: UInt8) -> UInt8 { ((a & 1) << 1) | ((a & 2) >> 1) }

    /// `and` row by row into `result` (the loops run on raw buffers, which the compiler
    /// vectorizes; array element stores would check uniqueness on every row).
    static func formAnd(_ result: inout [UInt8], _ part: [UInt8]) {
        precondition(result.count == part.count, "truth columns of different lengths")
        result.withUnsafeMutableBufferPointer { result in
            part.withUnsafeBufferPointer { part in
                for row in 0..<result.count { result[row] = and(result[row], part[row]) }
            }
        }
    }

    /// `or` row by row into `result`.
    static func formOr(_ result: inout [UInt8], _ part: [UInt8]) {
        precondition(result.count == part.count, "truth columns of different lengths")
        result.withUnsafeMutableBufferPointer { result in
            part.withUnsafeBufferPointer { part in
                for row in 0..<result.count { result[row] = or(result[row], part[row]) }
            }
        }
    }

    /// `not` of every row.
    static func negated(_ column: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: column.count) { result, initialized in
            column.withUnsafeBufferPointer { column in
                for row in 0..<column.count { result[row] = not(column[row]) }
            }
            initialized = column.count
        }
    }

    /// The program status code of requirements with this truth: 0 eligible, 1 not
    /// eligible, 2 undetermined.
    @inline(__always)
    static func statusCode(_ a: UInt8) -> UInt8 {
        a == yes ? StatusCode.eligible : a == no ? StatusCode.notEligible : StatusCode.undetermined
    }
}
