/// A policy document: a law, regulation, notice or press report that sets or reports a
/// rule or a value (POLICY.md section 0).
public struct PolicyDocument: Sendable, Hashable {
    /// A short stable key, for example `S2` for the POLICY.md source table, or a key chosen
    /// by a policy file.
    public var key: String
    /// The title, in the document's language (最低生活保障审核确认办法).
    public var title: String
    /// Who issued it (民政部).
    public var issuer: String
    /// The document number (民发〔2021〕57号), if it has one.
    public var number: String?
    /// The day it was published or issued, if known.
    public var published: Day?
    /// Where it was read, if online.
    public var url: String?

    /// Creates a document reference.
    public init(key: String, title: String, issuer: String, number: String? = nil, published: Day? = nil,
                url: String? = nil) {
        self.key = key
        self.title = title
        self.issuer = issuer
        self.number = number
        self.published = published
        self.url = url
    }

    /// `《title》(number)`, for example `《最低生活保障审核确认办法》(民发〔2021〕57号)`.
    public var shortReference: String {
        "《\(title)》" + (number.map { "(\($0))" } ?? "")
    }
}

/// A reference to a place in a policy document: the document and, where known, the article
/// and clause (第十三条第二项).
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    /// The document.
    public var document: PolicyDocument
    /// The article or section, for example `art. 13` or `第十三条`, if known.
    public var article: String?

    /// Creates a citation.
    public init(_ document: PolicyDocument, article: String? = nil) {
        self.document = document
        self.article = article
    }

    /// `S2 《最低生活保障审核确认办法》(民发〔2021〕57号) art. 13`.
    public var description: String {
        "\(document.key) \(document.shortReference)" + (article.map { " \($0)" } ?? "")
    }
}
