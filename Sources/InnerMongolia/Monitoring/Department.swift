import TieredAssistanceCore

/// A department that receives needs pushed by the monitoring platform (一户一条救助链).
public enum Department: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 民政 (civil affairs): the lead agency; it always comes first.
    case civilAffairs = "civil-affairs"
    /// 医保 (medical insurance).
    case medicalInsurance = "medical-insurance"
    /// 教育 (education).
    case education
    /// 住建 (housing and construction).
    case housing
    /// 人社 (human resources and social security).
    case humanResources = "human-resources"
    /// 卫健 (health commission).
    case health
    /// 残联 (disabled persons' federation).
    case disabledPersonsFederation = "disabled-persons-federation"
    /// 工会 (trade union).
    case tradeUnion = "trade-union"
    /// 妇联 (women's federation).
    case womensFederation = "womens-federation"
    /// 红十字会 (Red Cross).
    case redCross = "red-cross"

    /// The Chinese name: 民政, 医保, ….
    public var chineseName: String {
        switch self {
        case .civilAffairs: return "民政"
        case .medicalInsurance: return "医保"
        case .education: return "教育"
        case .housing: return "住建"
        case .humanResources: return "人社"
        case .health: return "卫健"
        case .disabledPersonsFederation: return "残联"
        case .tradeUnion: return "工会"
        case .womensFederation: return "妇联"
        case .redCross: return "红十字会"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Department, rhs: Department) -> Bool {
        lhs.rank < rhs.rank
    }
}
