/// A household applying for or receiving assistance (共同生活的家庭, POLICY.md 1.1), as of
/// the moment its data were collected.
///
/// A household is a value: evaluate it on any day by passing the day to the engine. It
/// holds its members and everything the rules measure: incomes, assets, dated expenses,
/// legal obligors outside the household, and dated life events.
///
/// Optional facts are optional on purpose: a missing fact is never read as "no" or zero.
/// A rule that needs it is *undetermined* and names the missing field.
public struct Household: Sendable, Hashable {
    /// A household identifier, unique within a data source.
    public typealias ID = Identifier<Household>

    /// The household's identifier.
    public var id: ID
    /// Where the household's registration (户籍) is, as an administrative-division code
    /// (for example 152201 Ulanhot).
    public var jurisdiction: AdministrativeDivisionCode
    /// Urban (城镇) or rural (农村) residence, which selects urban or rural standards.
    public var residence: Residence
    /// The community or village (社区/村) the household belongs to, used to group public
    /// notices. Not an address.
    public var community: String?
    /// The day the data describe (数据日期), if recorded. Tools use it as the evaluation day
    /// when none is given; the library itself always takes the day as an argument.
    public var asOf: Day?
    /// The members (家庭成员). Exactly one is the applicant.
    public var members: [Member]
    /// Incomes by member and kind, as monthly amounts.
    public var incomes: [Income]
    /// Assets (家庭财产), or `nil` when the household's assets were not reported.
    public var assets: Assets?
    /// Dated expenses by member and category.
    public var expenses: [Expense]
    /// Legal obligors outside the household (法定赡养、抚养、扶养义务人), needed for 特困,
    /// or `nil` when they were not reported (an empty list means: none exist).
    public var obligors: [Obligor]?
    /// Dated life events (accident, fire, death, unemployment, disaster).
    public var events: [LifeEvent]

    /// Creates a household.
    public init(
        id: ID,
        jurisdiction: AdministrativeDivisionCode,
        residence: Residence,
        community: String? = nil,
        asOf: Day? = nil,
        members: [Member],
        incomes: [Income] = [],
        assets: Assets? = nil,
        expenses: [Expense] = [],
        obligors: [Obligor]? = nil,
        events: [LifeEvent] = []
    ) {
        self.id = id
        self.jurisdiction = jurisdiction
        self.residence = residence
        self.community = community
        self.asOf = asOf
        self.members = members
        self.incomes = incomes
        self.assets = assets
        self.expenses = expenses
        self.obligors = obligors
        self.events = events
    }

    /// The applicant (申请人), if the household has one.
    public var applicant: Member? {
        members.first { $0.relationship == .applicant }
    }

    /// The member with `id`, if any.
    public func member(_ id: Member.ID) -> Member? {
        members.first { $0.id == id }
    }
}

/// Urban or rural residence (城镇 / 农村), which selects the urban or rural standard.
public enum Residence: String, Sendable, Hashable, CaseIterable {
    /// Urban (城镇).
    case urban
    /// Rural (农村).
    case rural
}
