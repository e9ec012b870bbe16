/// A fact or parameter a decision needed but did not have.
public enum MissingItem: Sendable, Hashable, CustomStringConvertible {
    /// A household field that was not given, as a field path (`members[1].labourCapacity`),
    /// with why the rule needs it, in Chinese and English.
    case field(FieldPath, reason: Label)
    /// A parameter with no value for the place and day.
    case parameter(ParameterAbsence)
    /// Values too large to compare exactly, or units that do not fit together, in Chinese
    /// and English.
    case arithmetic(Label)
    /// The condition reads another program whose outcome is undetermined (see its own
    /// determination for what it lacks).
    case undeterminedProgram(ProgramID)
    /// The condition reads the household's tier, which is undetermined (see the tiers'
    /// determinations for what they lack).
    case undeterminedTier

    /// What is missing, in English.
    public var description: String {
        switch self {
        case .field(let path, let reason): return "\(path) (\(reason.english))"
        case .parameter(let absence): return absence.description
        case .arithmetic(let text): return text.english
        case .undeterminedProgram(let id): return "the outcome of \(id), which is undetermined"
        case .undeterminedTier: return "the household's tier, which is undetermined"
        }
    }

    /// What is missing, in Chinese.
    public var chineseDescription: String {
        switch self {
        case .field(let path, let reason): return "缺少 \(path)（\(reason.chinese)）"
        case .parameter(let absence): return absence.chineseDescription
        case .arithmetic(let text): return "无法精确计算：\(text.chinese)"
        case .undeterminedProgram(let id): return "依赖项目 \(id) 的结果，该项目无法确定"
        case .undeterminedTier: return "依赖家庭救助层级，层级无法确定"
        }
    }
}
