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
}
