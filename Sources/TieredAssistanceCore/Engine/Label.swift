/// A display label in Chinese and English.
public struct Label: Sendable, Hashable {
    /// Chinese text.
    public let chinese: String
    /// English text.
    public let english: String

    /// Creates a label.
    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .chinese ? chinese : english
    }
}

/// The language of an explanation.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Chinese (default, official terms, for caseworkers).
    case chinese = "zh"
    /// English.
    case english = "en"
}
