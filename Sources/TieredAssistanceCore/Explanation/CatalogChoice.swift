/// A reading the catalog takes where its sources are silent or ambiguous ([I]): what it
/// decides, the words of the source it rests on, and the rules, measures or parameters that
/// carry it. RULES.md lists every choice beside the catalog, so a reviewer can check each
/// against its source in one sentence.
public struct CatalogChoice: Sendable, Hashable {
    /// A short stable id (`status-or-fresh-tier`).
    public let id: String
    /// What the catalog decides, in one sentence.
    public let choice: String
    /// The words of the source the choice rests on (quoted, in the source's language).
    public let sourceWords: String
    /// Where the words come from.
    public let citations: [Citation]
    /// The rule, measure and parameter ids that carry the choice.
    public let affects: [String]

    /// Creates a choice.
    public init(id: String, choice: String, sourceWords: String, citations: [Citation], affects: [String]) {
        self.id = id
        self.choice = choice
        self.sourceWords = sourceWords
        self.citations = citations
        self.affects = affects
    }
}
