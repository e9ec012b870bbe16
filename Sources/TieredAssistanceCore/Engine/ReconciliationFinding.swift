/// What a caseworker should do where the statuses on record (``Household/enrolments``) and
/// the fresh determination differ, when a review or a re-determination falls due, and where
/// the texts refer a household from one scheme to another.
///
/// Every finding carries its citation and, where one applies, the day it falls due. A
/// jurisdiction's content produces them (for Inner Mongolia, `Reconciliation.findings`);
/// ``ExplanationRenderer`` and ``ReconciliationJSON`` show them.
public struct ReconciliationFinding: Sendable, Hashable {
    /// The kind of finding.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// On record, but not eligible now: review the status (复核).
        case review
        /// Eligible now, but not on record: reach out (主动发现).
        case outreach
        /// A periodic review falls due on ``ReconciliationFinding/dueOn`` (or has).
        case reviewDue = "review-due"
        /// A time-limited finding lapses on ``ReconciliationFinding/dueOn`` (or has): the
        /// household must apply again.
        case findingLapses = "finding-lapses"
        /// A member died: the household is to be re-examined by ``ReconciliationFinding/dueOn``.
        case reviewAfterDeath = "review-after-death"
        /// The texts refer the household to another scheme's procedure (直接转入, 衔接).
        case referral
    }

    /// The kind.
    public let kind: Kind
    /// The program concerned.
    public let program: ProgramID
    /// The member concerned, for member statuses.
    public let member: Member.ID?
    /// The day it falls due, where one applies: the day a review must be done by, or, for
    /// ``Kind/findingLapses``, the last day the finding is valid.
    public let dueOn: Day?
    /// Whether the day has come: a review's ``dueOn`` is on or before the evaluation day, a
    /// finding's last valid day is before it. `false` when there is no due day (reviews,
    /// outreach and referrals are to act on now; see ``kind``).
    public let isDue: Bool
    /// What to do and why, in Chinese and English.
    public let text: Label
    /// The policy articles it rests on.
    public let citations: [Citation]
    /// What was missing to fix the due day, if anything (the finding is then reported
    /// without one).
    public let missing: [MissingItem]

    /// Creates a finding.
    public init(kind: Kind, program: ProgramID, member: Member.ID?, dueOn: Day?, isDue: Bool, text: Label,
                citations: [Citation], missing: [MissingItem]) {
        self.kind = kind
        self.program = program
        self.member = member
        self.dueOn = dueOn
        self.isDue = isDue
        self.text = text
        self.citations = citations
        self.missing = missing
    }
}
