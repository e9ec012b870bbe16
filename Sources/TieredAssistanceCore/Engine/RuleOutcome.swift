/// A rule as evaluated for a household or member.
public struct RuleOutcome: Sendable {
    /// The rule that applied (a local variant when one applied).
    public let rule: Rule
    /// The base rule's id, when a variant applied.
    public let baseRule: RuleID?
    /// Whether the rule held.
    public let truth: Truth
    /// The condition as evaluated (only when tracing).
    public let trace: ConditionTrace?
}
