import TieredAssistanceCore

// Tests write catalog ids as literals ("twin.income"); the library does not accept them
// (a typo would compile), so only the tests add the conformance.

extension ProgramID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

extension RuleID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

extension MeasureID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

extension ParameterID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
