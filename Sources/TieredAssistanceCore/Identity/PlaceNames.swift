/// Names of administrative divisions, for display: the content that names the places a
/// catalog's rules apply to (a jurisdiction's target supplies its own). The engine knows no
/// place by name; a code that is not listed is shown by its code alone.
public struct PlaceNames: Sendable, Hashable {
    private let names: [AdministrativeDivisionCode: String]

    /// Names by code (152201 → 乌兰浩特市); none by default.
    public init(_ names: [AdministrativeDivisionCode: String] = [:]) {
        self.names = names
    }

    /// The name of a division, if listed: 152201 → 乌兰浩特市.
    public func name(of code: AdministrativeDivisionCode) -> String? {
        names[code]
    }

    /// `152201 乌兰浩特市`, or the code alone when the name is not listed.
    public func label(of code: AdministrativeDivisionCode) -> String {
        name(of: code).map { "\(code) \($0)" } ?? code.description
    }
}
