/// Buffers reused across evaluations on one thread, so that evaluating a household in a
/// batch allocates no caches. Not thread-safe: give each thread its own.
public final class EvaluationScratch {
    var measureState: [UInt8] = []
    var measureValues: [Quantity] = []
    var statuses: [UInt8] = []

    /// Creates empty buffers; they grow to fit the first evaluations.
    public init() {}
}
