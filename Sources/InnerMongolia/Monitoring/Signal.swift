import TieredAssistanceCore

/// A kind of risk signal (预警) raised by comparing two snapshots of a household.
public enum SignalKind: String, Sendable, Hashable, CaseIterable {
    /// A new medical bill above monitoring.medical.single-bill (医保).
    case largeMedicalBill = "large-medical-bill"
    /// Medical spending within 12 months above monitoring.medical.12-months (医保).
    case highMedicalSpending = "high-medical-spending"
    /// Medical spending within 12 months above a share of annual income (医保).
    case medicalShareOfIncome = "medical-share-of-income"
    /// A member newly certified with a grade 1-2 disability (残联).
    case newSevereDisability = "new-severe-disability"
    /// A member died (民政 殡葬, 公安).
    case memberDeath = "member-death"
    /// The member with the highest income died (民政, 公安).
    case mainEarnerDeath = "main-earner-death"
    /// A member lost wage income or became registered unemployed (人社).
    case lostWageIncome = "lost-wage-income"
    /// A child entered senior high school or college (教育).
    case enteredHigherSchooling = "entered-higher-schooling"
    /// Counted income fell by at least monitoring.income-drop.share (税务, 社保).
    case incomeDrop = "income-drop"
    /// The household was hit by a disaster (应急).
    case disaster
    /// Income per person newly below the marginal line (marginal.income-multiple × the dibao
    /// standard) (民政).
    case newlyBelowMarginalLine = "newly-below-marginal-line"

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .largeMedicalBill: return "大额医疗费用"
        case .highMedicalSpending: return "12个月医疗费用高"
        case .medicalShareOfIncome: return "医疗支出占收入比例高"
        case .newSevereDisability: return "新认定重度残疾"
        case .memberDeath: return "家庭成员死亡"
        case .mainEarnerDeath: return "主要劳动力死亡"
        case .lostWageIncome: return "失业或失去工资收入"
        case .enteredHigherSchooling: return "子女升入高中或大学"
        case .incomeDrop: return "收入大幅下降"
        case .disaster: return "遭受灾害"
        case .newlyBelowMarginalLine: return "新低于低保边缘收入线"
        }
    }

    /// The system whose monthly data would raise it (数据来源), in Chinese and English.
    public var dataSource: Label {
        switch self {
        case .largeMedicalBill, .highMedicalSpending, .medicalShareOfIncome: return Label("医保", "medical insurance")
        case .newSevereDisability: return Label("残联", "disabled persons' federation")
        case .memberDeath, .mainEarnerDeath: return Label("民政殡葬、公安", "civil affairs funeral records, police")
        case .lostWageIncome: return Label("人社", "human resources and social security")
        case .enteredHigherSchooling: return Label("教育", "education")
        case .incomeDrop: return Label("税务、社保", "tax and social-insurance contributions")
        case .disaster: return Label("应急管理", "emergency management")
        case .newlyBelowMarginalLine: return Label("民政（收入核对）", "civil affairs (income verification)")
        }
    }
}

/// A risk signal for one household: what changed, the figures and threshold where there
/// is one, and the parameter that set it.
public struct Signal: Sendable {
    /// The kind.
    public let kind: SignalKind
    /// The member concerned, if any.
    public let member: Member.ID?
    /// The measured value, for thresholded signals.
    public let value: Quantity?
    /// The threshold, for thresholded signals.
    public let threshold: Quantity?
    /// The comparison the signal tests (value against threshold).
    public let comparison: Comparison?
    /// The parameter that set the threshold, with its source and status.
    public let parameter: ResolvedParameter?
    /// A short description of what changed, in Chinese and English.
    public let detail: Label

    /// Creates a signal.
    public init(kind: SignalKind, member: Member.ID?, value: Quantity?, threshold: Quantity?, comparison: Comparison?,
                parameter: ResolvedParameter?, detail: Label) {
        self.kind = kind
        self.member = member
        self.value = value
        self.threshold = threshold
        self.comparison = comparison
        self.parameter = parameter
        self.detail = detail
    }
}
