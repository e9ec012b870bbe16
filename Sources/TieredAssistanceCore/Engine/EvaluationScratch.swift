/// Buffers reused across evaluations on one thread, so that evaluating a household in a
/// batch allocates no caches. Not thread-safe: give each thread its own.
public final class EvaluationScratch {
    var measureState: [UInt8] = []
    var measureValues: [Quantity] = []
    var statuses: [UInt8] = []
    /// Each program's flagged parameters (``Determination/flaggedParameters``) by program
    /// position, as first asked for, for the last few places and days evaluated: they depend
    /// on the catalog and the resolved parameters only, and a batch evaluates many households
    /// of a few places.
    var flagged: [FlaggedParameters] = []

    /// The flagged parameters of one catalog's programs for one set of resolved parameters.
    struct FlaggedParameters {
        let catalog: RuleCatalog.Storage
        let parameters: ResolvedParameters.Storage
        var byProgram: [[ResolvedParameter]?]
    }

    /// Creates empty buffers; they grow to fit the first evaluations.
    public init() {}
}
