/// What a measure reads: the household, the evaluation day, the member (for member-scope
/// measures) and the parameters in force.
public struct MeasureContext: Sendable {
    /// The household.
    public let household: Household
    /// The evaluation day.
    public let day: Day
    /// The member's position in ``Household/members`` for member-scope measures.
    public internal(set) var memberIndex: Int?
    /// The parameters resolved for the household's jurisdiction, residence and day.
    public let parameters: ResolvedParameters

    /// Creates a context for measuring `household` (or its member at `memberIndex`) on `day`.
    public init(household: Household, day: Day, memberIndex: Int? = nil, parameters: ResolvedParameters) {
        self.household = household
        self.day = day
        self.memberIndex = memberIndex
        self.parameters = parameters
    }

    /// The catalog the parameters are indexed by.
    public var catalog: ParameterCatalog { _read { yield parameters.storage.catalog } }

    /// The member, for member-scope measures.
    public var member: Member? {
        memberIndex.map { household.members[$0] }
    }

    /// The member being measured, lent rather than copied (reading one field of it costs no
    /// copy of the member).
    ///
    /// - Precondition: a member-scope measure (``memberIndex`` is set).
    public var currentMember: Member {
        _read {
            guard let memberIndex else { preconditionFailure("member measure outside a member context") }
            yield household.members[memberIndex]
        }
    }

    /// The resolution of a parameter.
    public func parameter(_ id: ParameterID) -> ParameterResolution {
        guard let index = catalog.index(of: id) else {
            return .absent(ParameterAbsence(parameter: id, jurisdiction: household.jurisdiction,
                                            residence: household.residence, day: day, isUndefined: true))
        }
        return parameters[index]
    }

    /// The path of a member field, for missing-data reports: `members[1].labourCapacity`.
    public func memberPath(_ field: String) -> FieldPath {
        FieldPath([.key("members"), .index(memberIndex ?? 0), .key(field)])
    }
}
