/// Three-valued logic, as the household engine applies it (the columnar engine's
/// ``TruthBits`` apply the same tables to two bits per row).
extension Truth {
    /// Three-valued `and`: no if either is no, else unknown if either is unknown.
    @inline(__always)
    static func and(_ a: Truth, _ b: Truth) -> Truth {
        if a == .no || b == .no { return .no }
        if a == .unknown || b == .unknown { return .unknown }
        return .yes
    }

    /// Three-valued `or`: yes if either is yes, else unknown if either is unknown.
    @inline(__always)
    static func or(_ a: Truth, _ b: Truth) -> Truth {
        if a == .yes || b == .yes { return .yes }
        if a == .unknown || b == .unknown { return .unknown }
        return .no
    }

    /// Whether a program's `status` is `wanted`: unknown when either is undetermined and they differ.
    static func programTruth(_ status: ProgramStatus, wanted: ProgramStatus) -> Truth {
        if status == wanted { return .yes }
        if status == .undetermined || wanted == .undetermined { return .unknown }
        return .no
    }
}
