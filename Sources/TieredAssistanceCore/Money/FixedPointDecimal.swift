/// Exact parsing of decimal text (a JSON number lexeme or a plain decimal) into a scaled
/// integer: `"829.5"` with scale 2 is `82950`. Nothing passes through floating point.
enum FixedPointDecimal {
    /// Why a decimal was refused.
    enum Failure: Error, Sendable, Equatable {
        /// Not a plain decimal: a sign, exponent, stray character or missing digit.
        case malformed
        /// The value is negative.
        case negative
        /// More fractional digits than the scale allows.
        case tooManyDecimals
        /// Larger than the limit.
        case tooLarge
        /// Written with an exponent (`1e5`), which amounts and rates do not allow.
        case exponent
    }

    /// Parses `bytes` as an unsigned decimal with at most `scale` fractional digits and
    /// returns the value times 10^scale, if it is no larger than `limit`.
    ///
    /// A leading `-` gives ``Failure/negative``; an exponent gives ``Failure/exponent``.
    /// Leading zeros such as `007` are malformed (JSON does not allow them).
    static func parse(
        _ bytes: UnsafeRawBufferPointer, scale: Int, limit: Int64
    ) -> Result<Int64, Failure> {
        var index = 0
        let count = bytes.count
        if count == 0 { return .failure(.malformed) }
        if bytes[0] == UInt8(ascii: "-") {
            // Validate the rest first so "-x" is malformed rather than negative.
            let rest = UnsafeRawBufferPointer(rebasing: bytes[1...])
            switch parse(rest, scale: scale, limit: Int64.max) {
            case .success(let value): return value == 0 ? .success(0) : .failure(.negative)
            case .failure(.tooLarge): return .failure(.negative)
            case .failure(let failure): return .failure(failure)
            }
        }
        var value: Int64 = 0
        var integerDigits = 0
        var overflowed = false
        while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            if integerDigits == 1 && value == 0 { return .failure(.malformed) }  // leading zero
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(bytes[index] - 0x30))
            if o1 || o2 { overflowed = true } else { value = next }
            integerDigits += 1
            index += 1
        }
        if integerDigits == 0 { return .failure(.malformed) }
        var decimals = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                let digit = Int64(bytes[index] - 0x30)
                decimals += 1
                // Even trailing zeros beyond the scale ("1.500") are refused: the format
                // promises at most `scale` decimals.
                if decimals > scale { return .failure(.tooManyDecimals) }
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.addingReportingOverflow(digit)
                if o1 || o2 { overflowed = true } else { value = next }
                index += 1
            }
            if decimals == 0 { return .failure(.malformed) }
        }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            return .failure(.exponent)
        }
        if index != count { return .failure(.malformed) }
        while decimals < scale {
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { overflowed = true } else { value = times10 }
            decimals += 1
        }
        if overflowed || value > limit { return .failure(.tooLarge) }
        return .success(value)
    }

    /// Parses a plain decimal rate (at most 9 decimals) such as `1.5` or `0.7`.
    static func parseRate(_ bytes: [UInt8]) -> Rate? {
        bytes.withUnsafeBytes { buffer in
            parseRate(buffer)
        }
    }

    /// Parses a plain decimal rate (at most 9 decimals, at most 1,000,000) from raw bytes.
    static func parseRate(_ buffer: UnsafeRawBufferPointer) -> Rate? {
        let scale = 9
        guard case .success(let scaled) = parse(buffer, scale: scale, limit: 1_000_000 * 1_000_000_000)
        else { return nil }
        return Rate(scaled, over: 1_000_000_000)
    }
}
