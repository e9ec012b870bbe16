/// One comparison as evaluated: what was measured, the threshold, whether it held, and
/// by how much.
public struct ComparisonTrace: Sendable {
    /// The left side's label (usually the measure): 人均月收入.
    public let left: Label
    /// The left value, if it could be measured.
    public let leftValue: Quantity?
    /// The operator, as the policy words it.
    public let comparison: Comparison
    /// The right side's label (usually the threshold): 低保标准.
    public let right: Label
    /// The right value, if every parameter it needs has a value.
    public let rightValue: Quantity?
    /// Whether the comparison held.
    public let truth: Truth
    /// `left − right`, exactly, when both sides are known.
    public let margin: Quantity?
    /// The parameters read on either side, with their sources.
    public let parameters: [ResolvedParameter]
    /// What was missing, when the truth is unknown.
    public let missing: [MissingItem]
    /// When a side is not known exactly, the range it lies in (a measure's range, a parameter
    /// without a value as 0 or more, and what they combine into); `nil` when the side is exact,
    /// nothing bounds it, or the range says only "0 or more". A comparison decided over the ranges has a truth
    /// and no missing items: whatever the unknown values are, the answer is the same.
    public var leftRange: QuantityRange? = nil
    /// The right side's range, as ``leftRange``.
    public var rightRange: QuantityRange? = nil

    /// Whether the comparison was decided over ranges rather than exact values.
    public var isDecidedOverRanges: Bool {
        truth != .unknown && (leftValue == nil || rightValue == nil)
    }
}
