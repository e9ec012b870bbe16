/// Households stored column by column, for bulk evaluation by ``ColumnarEvaluator``.
///
/// A table has named integer columns for households and for members; each household's
/// members are consecutive member rows (``memberRows(of:)``). What a column means is up to
/// the measures that read it (``Measure/ColumnForm``): fen, a 0/1 flag, a code, a day as
/// `yyyymmdd`. Each household also has a ``Place`` (its jurisdiction and residence), the
/// key its parameters are resolved by.
///
/// ```swift
/// var table = HouseholdTable(householdColumns: ["assets_fen"], memberColumns: ["income_fen"])
/// let place = table.place(HouseholdTable.Place(jurisdiction: code, residence: .urban))
/// table.appendHouseholdValue(1_000_000, column: 0)
/// table.appendMemberValue(120_000, column: 0)
/// try table.endHousehold(place: place)
/// ```
///
/// Every value is present: a fact that can be unknown needs its own column saying so,
/// which the measure reads to report the fact missing. Members are counted by the values of
/// the member columns, so a table without member columns has no members.
///
/// A table can also be made of ``Household`` values (``init(households:)``, ``append(_:)``):
/// it then has no columns, and ``ColumnarEvaluator`` measures every measure from the
/// households themselves with its household form (the Inner Mongolia catalog's measures
/// have no other), a block at a time, and decides the rules, statuses and amounts column by
/// column.
public struct HouseholdTable: Sendable {
    /// The jurisdiction and residence a household's parameters are resolved for.
    public struct Place: Sendable, Hashable {
        /// The jurisdiction.
        public let jurisdiction: AdministrativeDivisionCode
        /// Urban or rural.
        public let residence: Residence

        /// Creates a place.
        public init(jurisdiction: AdministrativeDivisionCode, residence: Residence) {
            self.jurisdiction = jurisdiction
            self.residence = residence
        }
    }

    /// Why a household could not be added.
    public struct ShapeError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public let description: String
    }

    /// The household columns' names, by column position.
    public let householdColumnNames: [String]
    /// The member columns' names, by column position.
    public let memberColumnNames: [String]
    /// The places households refer to, by place position.
    public private(set) var places: [Place] = []
    private var placePositions: [Place: Int32] = [:]
    /// Each household's place position.
    @usableFromInline private(set) var householdPlaces: [Int32] = []
    /// Household `i`'s members are member rows `memberOffsets[i] ..< memberOffsets[i + 1]`.
    @usableFromInline private(set) var memberOffsets: [Int32] = [0]
    @usableFromInline var householdValues: [[Int64]]
    @usableFromInline var memberValues: [[Int64]]
    /// The households of a table made of them (``init(households:)``), by household
    /// position; `nil` for a table filled column by column.
    public private(set) var households: [Household]?

    /// Creates an empty table with these columns.
    ///
    /// - Precondition: the names are unique within each list.
    public init(householdColumns: [String], memberColumns: [String]) {
        precondition(Set(householdColumns).count == householdColumns.count, "household column names are unique")
        precondition(Set(memberColumns).count == memberColumns.count, "member column names are unique")
        householdColumnNames = householdColumns
        memberColumnNames = memberColumns
        householdValues = Array(repeating: [], count: householdColumns.count)
        memberValues = Array(repeating: [], count: memberColumns.count)
    }

    /// A table of `households`, in order, without columns: their places are their
    /// jurisdictions and residences, their member rows their members.
    public init(households: [Household] = []) {
        householdColumnNames = []
        memberColumnNames = []
        householdValues = []
        memberValues = []
        self.households = []
        self.households?.reserveCapacity(households.count)
        for household in households { append(household) }
    }

    /// Appends `household` to a table made of households.
    ///
    /// - Precondition: the table was made with ``init(households:)``.
    public mutating func append(_ household: Household) {
        precondition(households != nil, "households are appended only to a table made of households")
        let position = place(Place(jurisdiction: household.jurisdiction, residence: household.residence))
        households!.append(household)
        householdPlaces.append(position)
        memberOffsets.append(memberOffsets[memberOffsets.count - 1] + Int32(household.members.count))
    }

    /// The number of households.
    @inlinable
    public var count: Int { householdPlaces.count }

    /// The number of member rows.
    @inlinable
    public var memberRowCount: Int { Int(memberOffsets[memberOffsets.count - 1]) }

    /// The member rows of household `household`.
    @inlinable
    public func memberRows(of household: Int) -> Range<Int> {
        Int(memberOffsets[household])..<Int(memberOffsets[household + 1])
    }

    /// The place position of household `household` (an index of ``places``).
    @inlinable
    public func placePosition(of household: Int) -> Int { Int(householdPlaces[household]) }

    /// The position of the household column named `name`.
    public func householdColumn(named name: String) -> Int? { householdColumnNames.firstIndex(of: name) }

    /// The position of the member column named `name`.
    public func memberColumn(named name: String) -> Int? { memberColumnNames.firstIndex(of: name) }

    /// The values of household column `column`, by household.
    @inlinable
    public func householdValues(_ column: Int) -> [Int64] { householdValues[column] }

    /// The values of member column `column`, by member row.
    @inlinable
    public func memberValues(_ column: Int) -> [Int64] { memberValues[column] }

    // MARK: Filling

    /// The position of `place`, added if new.
    public mutating func place(_ place: Place) -> Int32 {
        if let position = placePositions[place] { return position }
        places.append(place)
        let position = Int32(places.count - 1)
        placePositions[place] = position
        return position
    }

    /// Appends a value of the household being added to household column `column`.
    @inlinable
    public mutating func appendHouseholdValue(_ value: Int64, column: Int) {
        householdValues[column].append(value)
    }

    /// Appends a value of one of its members to member column `column` (members in order:
    /// each member gives one value to every member column).
    @inlinable
    public mutating func appendMemberValue(_ value: Int64, column: Int) {
        memberValues[column].append(value)
    }

    /// Ends the household whose values were appended since the last household, at place
    /// position `place`.
    ///
    /// - Throws: ``ShapeError`` when a household column did not get exactly one value, the
    ///   member columns got different numbers of values, `place` is not a place position or
    ///   the table is made of households; the partial household is discarded, so the table
    ///   stays as it was.
    public mutating func endHousehold(place: Int32) throws(ShapeError) {
        let households = householdPlaces.count
        let rows = memberValues.first?.count ?? Int(memberOffsets[households])
        var problem: String?
        if place < 0 || Int(place) >= places.count { problem = "place position \(place) is not a place of the table" }
        if self.households != nil { problem = "a table made of households takes households through append(_:)" }
        for (column, values) in householdValues.enumerated() where values.count != households + 1 {
            problem = problem ?? "household column \(householdColumnNames[column]) got \(values.count - households) values, not 1"
        }
        for (column, values) in memberValues.enumerated() where values.count != rows {
            problem = problem ?? "member column \(memberColumnNames[column]) got a different number of values than \(memberColumnNames[0])"
        }
        if let problem {
            discardPartialHousehold()
            throw ShapeError(description: problem)
        }
        householdPlaces.append(place)
        memberOffsets.append(Int32(rows))
    }

    /// Drops the values appended since the last complete household (after a reader failed
    /// halfway through a record).
    public mutating func discardPartialHousehold() {
        let households = householdPlaces.count
        let rows = Int(memberOffsets[households])
        for column in householdValues.indices where householdValues[column].count > households {
            householdValues[column].removeSubrange(households...)
        }
        for column in memberValues.indices where memberValues[column].count > rows {
            memberValues[column].removeSubrange(rows...)
        }
    }

    /// Removes every household (places are kept), keeping the storage for reuse.
    public mutating func removeAllHouseholds() {
        if households != nil { households!.removeAll(keepingCapacity: true) }
        householdPlaces.removeAll(keepingCapacity: true)
        memberOffsets.removeAll(keepingCapacity: true)
        memberOffsets.append(0)
        for column in householdValues.indices { householdValues[column].removeAll(keepingCapacity: true) }
        for column in memberValues.indices { memberValues[column].removeAll(keepingCapacity: true) }
    }

    /// Reserves room for `households` households and `members` member rows.
    public mutating func reserveCapacity(households: Int, members: Int) {
        householdPlaces.reserveCapacity(households)
        memberOffsets.reserveCapacity(households + 1)
        self.households?.reserveCapacity(households)
        for column in householdValues.indices { householdValues[column].reserveCapacity(households) }
        for column in memberValues.indices { memberValues[column].reserveCapacity(members) }
    }
}

extension HouseholdTable.ShapeError: AssistanceError {
    /// ``ErrorCode/inconsistent``.
    public var code: ErrorCode { .inconsistent }
    /// The root: the household that did not fit is named in ``message``.
    public var path: FieldPath { .root }
    /// The same as ``description``.
    public var message: String { description }
}
