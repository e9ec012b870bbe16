/// A program's status as one byte: the form both engines keep in bulk (``Decision``,
/// ``TableDecisions``, the household engine's run and the columnar blocks). One home for the
/// codes and for the rules on them, so that the two engines cannot drift apart.
enum StatusCode {
    /// ``ProgramStatus/eligible``.
    static let eligible: UInt8 = 0
    /// ``ProgramStatus/notEligible``.
    static let notEligible: UInt8 = 1
    /// ``ProgramStatus/undetermined``.
    static let undetermined: UInt8 = 2
    /// ``ProgramStatus/notApplicable``: the program's rules do not apply to this row.
    static let notApplicable: UInt8 = 3
    /// Not applicable because the program itself does not apply at the household's place
    /// and day (its member-level rows are then not applicable too); read as
    /// ``ProgramStatus/notApplicable``.
    static let notApplicableAtPlace: UInt8 = 4
    /// Not decided (yet): a slot no determination wrote.
    static let unset: UInt8 = 255

    /// The code of a status.
    @inline(__always)
    static func code(_ status: ProgramStatus) -> UInt8 {
        switch status {
        case .eligible: return eligible
        case .notEligible: return notEligible
        case .undetermined: return undetermined
        case .notApplicable: return notApplicable
        }
    }

    /// The status of a code; `nil` for ``unset``.
    @inline(__always)
    static func status(_ code: UInt8) -> ProgramStatus? {
        switch code {
        case eligible: return .eligible
        case notEligible: return .notEligible
        case undetermined: return .undetermined
        case notApplicable, notApplicableAtPlace: return .notApplicable
        default: return nil
        }
    }

    /// The household status of a member-scope tier, folded member by member from
    /// ``eligible``: any member not eligible makes it not eligible; otherwise any undetermined
    /// member makes it undetermined; otherwise a member to whom it does not apply makes it
    /// not applicable.
    @inline(__always)
    static func worstOfMembers(_ worst: UInt8, _ member: UInt8) -> UInt8 {
        switch (worst, member) {
        case (_, notEligible): return notEligible
        case (eligible, undetermined), (notApplicable, undetermined): return undetermined
        case (eligible, notApplicable): return notApplicable
        default: return worst
        }
    }
}
