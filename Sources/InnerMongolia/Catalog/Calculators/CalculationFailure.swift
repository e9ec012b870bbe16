import TieredAssistanceCore

/// Why a calculator (``MedicalAid``, ``UnionMutualAid``) could not compute an amount. It
/// never guesses: a missing or unusable figure is named.
public enum CalculationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Parameters with no value for the place and day.
    case missingParameters([ParameterAbsence])
    /// Parameters whose values do not fit together, for example a band whose upper limit is
    /// not above the previous band's.
    case inconsistentParameters(String)
    /// A figure too large to compute exactly in 64-bit fen.
    case overflow(String)

    /// The parameters that were missing (empty for the other failures).
    public var absences: [ParameterAbsence] {
        if case .missingParameters(let absences) = self { return absences }
        return []
    }

    public var description: String {
        switch self {
        case .missingParameters(let absences): return absences.map(\.description).joined(separator: "; ")
        case .inconsistentParameters(let text): return "inconsistent parameters: \(text)"
        case .overflow(let text): return "too large to compute: \(text)"
        }
    }
}

extension CalculationFailure: AssistanceError {
    /// ``ErrorCode/calculationFailed``.
    public var code: ErrorCode { .calculationFailed }
    /// The root: the parameters at fault are named in ``message``.
    public var path: FieldPath { .root }
    /// The same as ``description``.
    public var message: String { description }
}
