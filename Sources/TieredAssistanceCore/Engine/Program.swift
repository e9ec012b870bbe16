/// Whether a program is one of the exclusive tiers or a stacking entitlement.
public enum ProgramKind: Sendable, Hashable {
    /// An exclusive tier: a household gets the eligible tier with the lowest rank
    /// (特困 0 > 低保 1 > 低保边缘 2 > 刚性支出困难 3). A member-scope tier applies to the
    /// household when every member is eligible.
    case tier(rank: Int)
    /// An entitlement that stacks with the tier and with other entitlements.
    case entitlement
}

/// A program (救助项目): its requirements (rules that must all hold), its scope, whether it is
/// an exclusive tier or a stacking entitlement, and how its monthly amount is computed.
public struct Program: Sendable {
    /// The program's id.
    public let id: ProgramID
    /// The Chinese name: 最低生活保障.
    public let chineseTitle: String
    /// The English name.
    public let englishTitle: String
    /// Tier or entitlement.
    public let kind: ProgramKind
    /// Household or member.
    public let scope: Scope
    /// The requirement rules, in explanation order.
    public let rules: [RuleID]
    /// The monthly amount, if the program pays one.
    public let amount: AmountFormula?
    /// Where and when the program exists (a league's local scheme).
    public let applicability: Applicability
    /// The program's legal basis.
    public let citations: [Citation]
    /// The conditions of its sources the catalog leaves to a caseworker.
    public let openConditions: [OpenCondition]

    /// Creates a program.
    public init(id: ProgramID, chineseTitle: String, englishTitle: String, kind: ProgramKind, scope: Scope,
                rules: [RuleID], amount: AmountFormula? = nil, applicability: Applicability = .everywhere,
                citations: [Citation], openConditions: [OpenCondition] = []) {
        self.openConditions = openConditions
        self.id = id
        self.chineseTitle = chineseTitle
        self.englishTitle = englishTitle
        self.kind = kind
        self.scope = scope
        self.rules = rules
        self.amount = amount
        self.applicability = applicability
        self.citations = citations
    }

    /// The tier rank, for tiers.
    public var tierRank: Int? {
        if case .tier(let rank) = kind { return rank }
        return nil
    }
}
