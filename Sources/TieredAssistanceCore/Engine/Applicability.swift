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
