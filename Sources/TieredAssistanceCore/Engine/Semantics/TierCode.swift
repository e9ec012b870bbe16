/// A household's tier as one `Int32`, the form the columnar engine keeps per household: the
/// tier's program position (0 or more), or one of the two codes below.
enum TierCode {
    /// No tier applies (``TierOutcome/none``).
    static let none: Int32 = -1
    /// A higher tier could not be decided (``TierOutcome/undetermined(_:)``).
    static let undetermined: Int32 = -2
}
