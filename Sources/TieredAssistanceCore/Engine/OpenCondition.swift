/// A condition a program's sources state that the catalog does not test: a judgment or a
/// local standard left to the caseworker, a procedure that gates the grant, an amount decided
/// case by case (一事一议). A determination that is eligible or undetermined carries its
/// program's open conditions (``Determination/openConditions``), so that a 符合 never hides a
/// condition nobody checked.
public struct OpenCondition: Sendable, Hashable {
    /// What the caseworker checks, in Chinese and English.
    public let text: Label
    /// Where the sources state it.
    public let citation: Citation
    /// The source's own words, when the policy notes quote them.
    public let quote: String?

    /// Creates an open condition.
    public init(_ text: Label, citation: Citation, quote: String? = nil) {
        self.text = text
        self.citation = citation
        self.quote = quote
    }
}
