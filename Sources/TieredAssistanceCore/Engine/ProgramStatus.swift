/// A program's outcome for a household or member.
public enum ProgramStatus: String, Sendable, Hashable, CaseIterable {
    /// Every requirement holds.
    case eligible
    /// A requirement fails.
    case notEligible = "not-eligible"
    /// No requirement fails, but one cannot be decided: a fact or parameter is missing.
    case undetermined
    /// The program does not apply in this jurisdiction on this day.
    case notApplicable = "not-applicable"

    /// The status from the truth of the requirements.
    init(_ truth: Truth) {
        switch truth {
        case .yes: self = .eligible
        case .no: self = .notEligible
        case .unknown: self = .undetermined
        }
    }

    /// The Chinese term: 符合, 不符合, 无法确定, 不适用.
    public var chineseName: String {
        switch self {
        case .eligible: return "符合"
        case .notEligible: return "不符合"
        case .undetermined: return "无法确定"
        case .notApplicable: return "不适用"
        }
    }

    /// The English term.
    public var englishName: String {
        switch self {
        case .eligible: return "eligible"
        case .notEligible: return "not eligible"
        case .undetermined: return "undetermined"
        case .notApplicable: return "not applicable"
        }
    }
}
