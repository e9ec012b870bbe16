/// Counts of a JSON Lines input, kept by a batch run: every line is accounted for (a
/// record or a blank line). ``BatchSummary/lines`` holds them.
public struct JSONLinesCounts: Sendable, Hashable {
    /// Lines read, blank ones included (a last line without a line end counts).
    public var linesRead = 0
    /// Lines holding only spaces, tabs or a CR, skipped.
    public var blankLines = 0
    /// Lines given to the workers.
    public var records = 0

    /// Creates zero counts.
    public init() {}
}
