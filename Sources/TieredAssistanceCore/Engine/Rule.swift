/// A stable rule identifier such as `dibao.income-test`, cited in explanations and
/// RULES.md. Renaming one is a breaking change.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where and when a rule or program applies: within some jurisdictions (a code and every
/// division under it) and between two days. An empty jurisdiction list means everywhere.
public struct Applicability: Sendable, Hashable {
    /// The jurisdictions, each covering itself and the divisions under it; empty: everywhere.
    public var jurisdictions: [AdministrativeDivisionCode]
    /// The first day it applies, if limited.
    public var from: Day?
    /// The last day it applies, if limited.
    public var until: Day?

    /// Creates an applicability.
    public init(jurisdictions: [AdministrativeDivisionCode] = [], from: Day? = nil, until: Day? = nil) {
        self.jurisdictions = jurisdictions
        self.from = from
        self.until = until
    }

    /// Everywhere, always.
    public static let everywhere = Applicability()

    /// Whether it applies to a household registered in `jurisdiction` on `day`.
    public func applies(to jurisdiction: AdministrativeDivisionCode, on day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, day > until { return false }
        if jurisdictions.isEmpty { return true }
        var level: AdministrativeDivisionCode? = jurisdiction
        while let current = level {
            if jurisdictions.contains(current) { return true }
            level = current.parent
        }
        return false
    }

    /// How specific it is: the deepest level among its jurisdictions (national when empty).
    var specificity: Int {
        jurisdictions.map { $0.level.rawValue }.max() ?? -1
    }

    /// `152200 兴安盟，自 2023-06-29 起`, or `全国各地`, with the places named by `placeNames`.
    public func chineseSummary(placeNames: PlaceNames) -> String {
        var parts: [String] = []
        if !jurisdictions.isEmpty { parts.append(jurisdictions.map { placeNames.label(of: $0) }.joined(separator: "、")) }
        if let from { parts.append("自 \(from) 起") }
        if let until { parts.append("至 \(until) 止") }
        return parts.isEmpty ? "全国各地" : parts.joined(separator: "，")
    }

    /// `152200 兴安盟, from 2023-06-29`, or `everywhere`, with the places named by `placeNames`.
    public func summary(placeNames: PlaceNames) -> String {
        var parts: [String] = []
        if !jurisdictions.isEmpty { parts.append(jurisdictions.map { placeNames.label(of: $0) }.joined(separator: ", ")) }
        if let from { parts.append("from \(from)") }
        if let until { parts.append("until \(until)") }
        return parts.isEmpty ? "everywhere" : parts.joined(separator: ", ")
    }
}

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
