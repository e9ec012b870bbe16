/// What a ``Measure/ColumnForm`` reads: a block of a table, the evaluation day and the
/// parameters of each household's place. Rows and households are table positions.
public struct ColumnMeasureContext {
    /// The table.
    public let table: HouseholdTable
    /// The households of the block.
    public let households: Range<Int>
    /// The rows to measure: ``households`` for a household measure, their member rows for
    /// a member measure.
    public let rows: Range<Int>
    /// The evaluation day.
    public let day: Day
    @usableFromInline let householdColumns: [[Int64]]
    @usableFromInline let memberColumns: [[Int64]]
    @usableFromInline let memberHousehold: [Int32]
    let parametersByPlace: [ResolvedParameters]

    /// The values of the `position`-th household column the form declared, by household.
    @inlinable
    public func householdColumn(_ position: Int) -> [Int64] { householdColumns[position] }

    /// The values of the `position`-th member column the form declared, by member row.
    @inlinable
    public func memberColumn(_ position: Int) -> [Int64] { memberColumns[position] }

    /// The member rows of `household`.
    @inlinable
    public func memberRows(of household: Int) -> Range<Int> { table.memberRows(of: household) }

    /// The household of member row `row` (a row of this block).
    @inlinable
    public func household(ofMemberRow row: Int) -> Int {
        households.lowerBound + Int(memberHousehold[row - table.memberRows(of: households.lowerBound).lowerBound])
    }

    /// The path of a member field for missing-data reports, as ``MeasureContext/memberPath(_:)``
    /// names it: `members[1].labourCapacity` for member row `row`, the household's second member.
    public func memberPath(_ field: String, row: Int) -> FieldPath {
        FieldPath([.key("members"), .index(row - memberRows(of: household(ofMemberRow: row)).lowerBound), .key(field)])
    }

    /// The parameters resolved for `household`'s place on ``day``.
    public func parameters(ofHousehold household: Int) -> ResolvedParameters {
        parametersByPlace[table.placePosition(of: household)]
    }
}
