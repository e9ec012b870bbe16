/// A legal obligor outside the household (法定赡养、抚养、扶养义务人): a person with a
/// legal duty to support a member. For 特困 (S3 art. 8) each obligor must be unable to
/// fulfil the duty.
///
/// Like members, obligors carry facts, not conclusions: the rules decide from the facts
/// whether an obligor is able to support.
public struct Obligor: Sendable, Hashable {
    /// An obligor identifier, unique within the household record.
    public typealias ID = Identifier<Obligor>

    /// The obligor's identifier.
    public var id: ID
    /// The member the obligor owes support to, or `nil` for every member.
    public var supports: Member.ID?
    /// The obligor's relationship to that member.
    public var relationship: ObligorRelationship
    /// The obligor's birth date, if known.
    public var birthDate: Day?
    /// Situations that bear on the ability to support (S3 art. 8).
    public var situations: Set<ObligorSituation>
    /// The obligor's own annual income, if known.
    public var annualIncome: Money?
    /// Whether the obligor's assets are within the low-income asset rules, if known.
    public var assetsWithinLowIncomeLimits: Bool?
    /// The obligor's disability certificate, if any.
    public var disability: DisabilityCertificate?

    /// Creates an obligor.
    public init(
        id: ID,
        supports: Member.ID? = nil,
        relationship: ObligorRelationship,
        birthDate: Day? = nil,
        situations: Set<ObligorSituation> = [],
        annualIncome: Money? = nil,
        assetsWithinLowIncomeLimits: Bool? = nil,
        disability: DisabilityCertificate? = nil
    ) {
        self.id = id
        self.supports = supports
        self.relationship = relationship
        self.birthDate = birthDate
        self.situations = situations
        self.annualIncome = annualIncome
        self.assetsWithinLowIncomeLimits = assetsWithinLowIncomeLimits
        self.disability = disability
    }
}

/// An obligor's relationship to the member supported.
public enum ObligorRelationship: String, Sendable, Hashable, CaseIterable {
    /// Spouse (配偶).
    case spouse
    /// Child (子女).
    case child
    /// Parent (父母).
    case parent
    /// Grandchild (孙子女).
    case grandchild
    /// Grandparent (祖父母).
    case grandparent
    /// Sibling (兄弟姐妹).
    case sibling
}

/// Situations of an obligor listed in S3 art. 8.
public enum ObligorSituation: String, Sendable, Hashable, CaseIterable {
    /// Is an extremely poor person (特困人员).
    case extremePoverty = "extreme-poverty"
    /// Receives dibao (低保对象).
    case dibaoRecipient = "dibao-recipient"
    /// Has no legal capacity (无民事行为能力).
    case noLegalCapacity = "no-legal-capacity"
    /// Declared missing (被宣告失踪).
    case declaredMissing = "declared-missing"
    /// In prison (在监狱服刑).
    case imprisoned
}
