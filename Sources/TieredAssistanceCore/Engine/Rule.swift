/// An eligibility rule: an id, titles, citations, a scope, the program it belongs to, and
/// a condition.
///
/// A **local variant** is a rule that ``refines`` a base rule: where and when its
/// ``applicability`` holds it replaces the base rule (the most specific variant wins);
/// elsewhere the base rule applies. Variants are separate rules, not `if region == …`
/// branches inside the base rule.
public struct Rule: Sendable {
    /// The rule's id.
    public let id: RuleID
    /// The Chinese title (official terms).
    public let chineseTitle: String
    /// The English title.
    public let englishTitle: String
    /// The policy articles it encodes (at least one).
    public let citations: [Citation]
    /// Household or member.
    public let scope: Scope
    /// The program the rule is a requirement of.
    public let program: ProgramID
    /// The condition that must hold.
    public let condition: Condition
    /// Where and when the rule applies.
    public let applicability: Applicability
    /// The base rule this one refines, for a local variant.
    public let refines: RuleID?
    /// Modelling notes: assumptions ([I]) and clauses left out.
    public let note: String?

    /// Creates a rule.
    public init(id: RuleID, chineseTitle: String, englishTitle: String, citations: [Citation], scope: Scope,
                program: ProgramID, condition: Condition, applicability: Applicability = .everywhere,
                refines: RuleID? = nil, note: String? = nil) {
        self.id = id
        self.chineseTitle = chineseTitle
        self.englishTitle = englishTitle
        self.citations = citations
        self.scope = scope
        self.program = program
        self.condition = condition
        self.applicability = applicability
        self.refines = refines
        self.note = note
    }
}
