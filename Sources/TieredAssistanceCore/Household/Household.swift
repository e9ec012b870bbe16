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
    public static func == (lhs: Household, rhs: Household) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.id == rhs.id && lhs.jurisdiction == rhs.jurisdiction && lhs.residence == rhs.residence
                && lhs.community == rhs.community && lhs.asOf == rhs.asOf && lhs.members == rhs.members
                && lhs.incomes == rhs.incomes && lhs.assets == rhs.assets && lhs.expenses == rhs.expenses
                && lhs.obligors == rhs.obligors && lhs.events == rhs.events && lhs.dibaoHistory == rhs.dibaoHistory
                && lhs.temporaryAidGrants == rhs.temporaryAidGrants && lhs.unionWorker == rhs.unionWorker
                && lhs.specialHardshipFinding == rhs.specialHardshipFinding && lhs.enrolments == rhs.enrolments
                && lhs.housingHardshipFinding == rhs.housingHardshipFinding
                && lhs.assetsCannotRelieveFinding == rhs.assetsCannotRelieveFinding)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(jurisdiction)
        hasher.combine(residence)
        hasher.combine(community)
        hasher.combine(asOf)
        hasher.combine(members)
        hasher.combine(incomes)
        hasher.combine(assets)
        hasher.combine(expenses)
        hasher.combine(obligors)
        hasher.combine(events)
        hasher.combine(dibaoHistory)
        hasher.combine(temporaryAidGrants)
        hasher.combine(unionWorker)
        hasher.combine(specialHardshipFinding)
        hasher.combine(enrolments)
        hasher.combine(assetsCannotRelieveFinding)
        hasher.combine(housingHardshipFinding)
    }

    /// A household identifier, unique within a data source.
    public typealias ID = Identifier<Household>

    /// The household's data, shared between copies until one of them changes (copy on
    /// write): passing a household around costs one reference count. After `init` its
    /// fields are written only through `Household`'s accessors after `makeUnique()` (a
    /// uniquely referenced storage, whose accesses the exclusivity checks on the
    /// `Household` variable already order), so the runtime check on the storage's fields
    /// (a cost on every read) is off (`@exclusivity(unchecked)`).
    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var id: ID
        @exclusivity(unchecked) var jurisdiction: AdministrativeDivisionCode
        @exclusivity(unchecked) var residence: Residence
        @exclusivity(unchecked) var community: String?
        @exclusivity(unchecked) var asOf: Day?
        @exclusivity(unchecked) var members: [Member]
        @exclusivity(unchecked) var incomes: [Income]
        @exclusivity(unchecked) var assets: Assets?
        @exclusivity(unchecked) var expenses: [Expense]
        @exclusivity(unchecked) var obligors: [Obligor]?
        @exclusivity(unchecked) var events: [LifeEvent]
        @exclusivity(unchecked) var dibaoHistory: DibaoHistory?
        @exclusivity(unchecked) var temporaryAidGrants: [TemporaryAidGrant]
        @exclusivity(unchecked) var unionWorker: UnionWorkerRecord?
        @exclusivity(unchecked) var specialHardshipFinding: Bool?
        @exclusivity(unchecked) var enrolments: [Enrolment]?
        @exclusivity(unchecked) var assetsCannotRelieveFinding: Bool?
        @exclusivity(unchecked) var housingHardshipFinding: Bool?
        /// Whether these contents came from ``HouseholdDecoder`` unchanged, so they already
        /// passed ``Household/validate()``. Written only while the storage is uniquely
        /// referenced: by the decoder before it returns the household, and by
        /// `makeUnique()` before any change.
        @exclusivity(unchecked) var isValidated = false

        init(id: ID, jurisdiction: AdministrativeDivisionCode, residence: Residence, community: String?, asOf: Day?, members: [Member], incomes: [Income], assets: Assets?, expenses: [Expense], obligors: [Obligor]?, events: [LifeEvent], dibaoHistory: DibaoHistory?, temporaryAidGrants: [TemporaryAidGrant], unionWorker: UnionWorkerRecord?, specialHardshipFinding: Bool?, enrolments: [Enrolment]?, housingHardshipFinding: Bool?, assetsCannotRelieveFinding: Bool?) {
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
            self.dibaoHistory = dibaoHistory
            self.temporaryAidGrants = temporaryAidGrants
            self.unionWorker = unionWorker
            self.specialHardshipFinding = specialHardshipFinding
            self.enrolments = enrolments
            self.housingHardshipFinding = housingHardshipFinding
            self.assetsCannotRelieveFinding = assetsCannotRelieveFinding
        }

        func copy() -> Storage {
            Storage(id: id, jurisdiction: jurisdiction, residence: residence, community: community, asOf: asOf, members: members, incomes: incomes, assets: assets, expenses: expenses, obligors: obligors, events: events, dibaoHistory: dibaoHistory, temporaryAidGrants: temporaryAidGrants, unionWorker: unionWorker, specialHardshipFinding: specialHardshipFinding, enrolments: enrolments, housingHardshipFinding: housingHardshipFinding, assetsCannotRelieveFinding: assetsCannotRelieveFinding)
        }
    }

    private var storage: Storage

    /// Makes the storage this household's own before a change; the change may break what
    /// validation checked, so the mark is cleared.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() } else { storage.isValidated = false }
    }

    /// Whether the household came from ``HouseholdDecoder`` and has not changed since.
    var isValidated: Bool { storage.isValidated }

    /// Marks the household as validated: for readers that check every field themselves
    /// (``HouseholdDecoder``, the benchmark's reader) after ``checkInvariants()``.
    package mutating func markValidated() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.isValidated = true
    }

    /// The household's identifier.
    public var id: ID {
        _read { yield storage.id }
        set {
            makeUnique()
            storage.id = newValue
        }
        _modify {
            makeUnique()
            yield &storage.id
        }
    }
    /// Where the household's registration (户籍) is, as an administrative-division code
    /// (for example 152201 Ulanhot).
    public var jurisdiction: AdministrativeDivisionCode {
        _read { yield storage.jurisdiction }
        set {
            makeUnique()
            storage.jurisdiction = newValue
        }
        _modify {
            makeUnique()
            yield &storage.jurisdiction
        }
    }
    /// Urban (城镇) or rural (农村) residence, which selects urban or rural standards.
    public var residence: Residence {
        _read { yield storage.residence }
        set {
            makeUnique()
            storage.residence = newValue
        }
        _modify {
            makeUnique()
            yield &storage.residence
        }
    }
    /// The community or village (社区/村) the household belongs to, used to group public
    /// notices. Not an address.
    public var community: String? {
        _read { yield storage.community }
        set {
            makeUnique()
            storage.community = newValue
        }
        _modify {
            makeUnique()
            yield &storage.community
        }
    }
    /// The day the data describe (数据日期), if recorded. Tools use it as the evaluation day
    /// when none is given; the library itself always takes the day as an argument.
    public var asOf: Day? {
        _read { yield storage.asOf }
        set {
            makeUnique()
            storage.asOf = newValue
        }
        _modify {
            makeUnique()
            yield &storage.asOf
        }
    }
    /// The members (家庭成员). Exactly one is the applicant.
    public var members: [Member] {
        _read { yield storage.members }
        set {
            makeUnique()
            storage.members = newValue
        }
        _modify {
            makeUnique()
            yield &storage.members
        }
    }
    /// Incomes by member and kind, as monthly amounts.
    public var incomes: [Income] {
        _read { yield storage.incomes }
        set {
            makeUnique()
            storage.incomes = newValue
        }
        _modify {
            makeUnique()
            yield &storage.incomes
        }
    }
    /// Assets (家庭财产), or `nil` when the household's assets were not reported.
    public var assets: Assets? {
        _read { yield storage.assets }
        set {
            makeUnique()
            storage.assets = newValue
        }
        _modify {
            makeUnique()
            yield &storage.assets
        }
    }
    /// Dated expenses by member and category.
    public var expenses: [Expense] {
        _read { yield storage.expenses }
        set {
            makeUnique()
            storage.expenses = newValue
        }
        _modify {
            makeUnique()
            yield &storage.expenses
        }
    }
    /// Legal obligors outside the household (法定赡养、抚养、扶养义务人), needed for 特困,
    /// or `nil` when they were not reported (an empty list means: none exist).
    public var obligors: [Obligor]? {
        _read { yield storage.obligors }
        set {
            makeUnique()
            storage.obligors = newValue
        }
        _modify {
            makeUnique()
            yield &storage.obligors
        }
    }
    /// Dated life events (accident, fire, death, unemployment, disaster).
    public var events: [LifeEvent] {
        _read { yield storage.events }
        set {
            makeUnique()
            storage.events = newValue
        }
        _modify {
            makeUnique()
            yield &storage.events
        }
    }

    /// The household's dibao history (for the gradual-exit period), if recorded.
    public var dibaoHistory: DibaoHistory? {
        _read { yield storage.dibaoHistory }
        set {
            makeUnique()
            storage.dibaoHistory = newValue
        }
        _modify {
            makeUnique()
            yield &storage.dibaoHistory
        }
    }
    /// Temporary-aid grants already made (absent: none recorded).
    public var temporaryAidGrants: [TemporaryAidGrant] {
        _read { yield storage.temporaryAidGrants }
        set {
            makeUnique()
            storage.temporaryAidGrants = newValue
        }
        _modify {
            makeUnique()
            yield &storage.temporaryAidGrants
        }
    }
    /// The trade-union hardship-worker record of a member, if any.
    public var unionWorker: UnionWorkerRecord? {
        _read { yield storage.unionWorker }
        set {
            makeUnique()
            storage.unionWorker = newValue
        }
        _modify {
            makeUnique()
            yield &storage.unionWorker
        }
    }

    /// A caseworker's finding of special hardship (特殊遇困, Xing'an S15 category 2, which
    /// no source defines), if one was recorded.
    public var specialHardshipFinding: Bool? {
        _read { yield storage.specialHardshipFinding }
        set {
            makeUnique()
            storage.specialHardshipFinding = newValue
        }
        _modify {
            makeUnique()
            yield &storage.specialHardshipFinding
        }
    }

    /// The statuses on record (已纳入): which programs the civil-affairs system has enrolled
    /// the household or its members in, or `nil` when the statuses were not recorded (an
    /// empty list means: none on record). See ``Enrolment``.
    public var enrolments: [Enrolment]? {
        _read { yield storage.enrolments }
        set {
            makeUnique()
            storage.enrolments = newValue
        }
        _modify {
            makeUnique()
            yield &storage.enrolments
        }
    }

    /// A caseworker's finding that the household meets the local housing-hardship standard
    /// (符合规定标准的住房困难, S1 art. 37), if one was recorded. The standard is local and
    /// was not found for Inner Mongolia [U], so housing aid reads the finding.
    public var housingHardshipFinding: Bool? {
        _read { yield storage.housingHardshipFinding }
        set {
            makeUnique()
            storage.housingHardshipFinding = newValue
        }
        _modify {
            makeUnique()
            yield &storage.housingHardshipFinding
        }
    }

    /// A caseworker's finding that the return on the household's assets cannot change its
    /// situation (资产收益无法改变困境, Xing'an S15 category 1), if one was recorded.
    public var assetsCannotRelieveFinding: Bool? {
        _read { yield storage.assetsCannotRelieveFinding }
        set {
            makeUnique()
            storage.assetsCannotRelieveFinding = newValue
        }
        _modify {
            makeUnique()
            yield &storage.assetsCannotRelieveFinding
        }
    }

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
        events: [LifeEvent] = [],
        dibaoHistory: DibaoHistory? = nil,
        temporaryAidGrants: [TemporaryAidGrant] = [],
        unionWorker: UnionWorkerRecord? = nil,
        specialHardshipFinding: Bool? = nil,
        enrolments: [Enrolment]? = nil,
        housingHardshipFinding: Bool? = nil,
        assetsCannotRelieveFinding: Bool? = nil
    ) {
        self.storage = Storage(id: id, jurisdiction: jurisdiction, residence: residence, community: community, asOf: asOf,
                               members: members, incomes: incomes, assets: assets, expenses: expenses,
                               obligors: obligors, events: events, dibaoHistory: dibaoHistory,
                               temporaryAidGrants: temporaryAidGrants, unionWorker: unionWorker,
                               specialHardshipFinding: specialHardshipFinding, enrolments: enrolments,
                               housingHardshipFinding: housingHardshipFinding,
                               assetsCannotRelieveFinding: assetsCannotRelieveFinding)
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
