import TieredAssistanceCore

extension ProgramID {
    /// 特困人员救助供养 (extremely poor persons), a member-scope tier.
    public static let tekun: ProgramID = ProgramID("tekun")
    /// 最低生活保障 (dibao), a household tier.
    public static let dibao: ProgramID = ProgramID("dibao")
    /// 低保边缘家庭 (marginal low-income household), a household tier.
    public static let marginal: ProgramID = ProgramID("marginal")
    /// 刚性支出困难家庭 (rigid-expenditure hardship household), a household tier.
    public static let rigidExpenditure: ProgramID = ProgramID("rigid-expenditure")
    /// 单人保 (individual dibao inclusion), a member entitlement.
    public static let singlePersonDibao: ProgramID = ProgramID("dibao.single-person")
    /// 兴安盟城镇事实困难人员, category 1.
    public static let xinganCategory1: ProgramID = ProgramID("xingan.defacto.category-1")
    /// 兴安盟城镇事实困难人员, category 2.
    public static let xinganCategory2: ProgramID = ProgramID("xingan.defacto.category-2")
    /// 兴安盟城镇事实困难人员, category 3.
    public static let xinganCategory3: ProgramID = ProgramID("xingan.defacto.category-3")
    /// 困难残疾人生活补贴.
    public static let disabilityLivingSubsidy: ProgramID = ProgramID("disability.living-subsidy")
    /// 重度残疾人护理补贴.
    public static let disabilityCareSubsidy: ProgramID = ProgramID("disability.care-subsidy")
    /// 分类施保 (extra dibao for elderly, minor, severely disabled and seriously ill members).
    public static let dibaoIncrement: ProgramID = ProgramID("dibao.increment")
    /// 渐退期 (gradual exit from dibao after employment raises income).
    public static let dibaoGradualExit: ProgramID = ProgramID("dibao.gradual-exit")
    /// 拒绝就业停发本人低保金 (a member's share stopped after three refusals of suitable work).
    public static let dibaoWorkRefusal: ProgramID = ProgramID("dibao.work-refusal")
    /// 急难型临时救助.
    public static let temporaryEmergency: ProgramID = ProgramID("temporary.emergency")
    /// 支出型临时救助.
    public static let temporaryExpenditure: ProgramID = ProgramID("temporary.expenditure")
    /// 医疗救助.
    public static let medicalAid: ProgramID = ProgramID("medical-aid")
    /// 教育救助.
    public static let educationAid: ProgramID = ProgramID("education-aid")
    /// 住房救助.
    public static let housingAid: ProgramID = ProgramID("housing-aid")
    /// 就业救助.
    public static let employmentAid: ProgramID = ProgramID("employment-aid")
    /// 高龄津贴.
    public static let oldAgeAllowance: ProgramID = ProgramID("old-age-allowance")
    /// 工会困难职工建档.
    public static let unionFiling: ProgramID = ProgramID("union.filing")
    /// 工会深度困难职工.
    public static let unionDeep: ProgramID = ProgramID("union.deep")
    /// 工会相对困难职工.
    public static let unionRelative: ProgramID = ProgramID("union.relative")
    /// 工会意外致困职工.
    public static let unionAccident: ProgramID = ProgramID("union.accident")
    /// 工会困难职工档案年度复核.
    public static let unionReview: ProgramID = ProgramID("union.file-review")
    /// 工会困难职工解困脱档.
    public static let unionExit: ProgramID = ProgramID("union.file-exit")
}

/// Building blocks shared by the catalog's rules.
enum Conditions {
    /// Zero yuan a month, for amount branches that pay nothing.
    static let noMoney = Operand.labelled(.constant(.money(.zero, periodMonths: 1)), Label("0", "0"))

    /// The member refused suitable work at least the limit of times (S1 art. 45).
    static let refusedWork = Condition.all([
        .isTrue(MeasureID("member.can-work")),
        .compare(.measure(MeasureID("member.job-refusals")), .atLeast, .parameter(.dibaoWorkRefusalLimit)),
    ])

    /// `left op right`.
    static func compare(_ left: MeasureID, _ comparison: Comparison, _ right: Operand) -> Condition {
        .compare(.measure(left), comparison, right)
    }

    /// The asset test of a tier: the verification centre's finding when there is one for
    /// the tier; otherwise financial assets per person at most `months` × the dibao
    /// standard (POLICY.md 1.3 [I]: "the asset test uses the finding when present, the
    /// numeric limits when they are in force, and is otherwise undetermined").
    static func assetTest(verified: MeasureID, compliant: MeasureID, months: ParameterID, label: Label) -> Condition {
        .labelled(.any([
            .labelled(.all([.isTrue(verified), .isTrue(compliant)]),
                      Label("核对中心结论为符合", "the verification centre found the assets within the limits")),
            .labelled(.all([
                .not(.isTrue(verified)),
                compare(MeasureID("assets.financial-per-person"), .atMost,
                        .labelled(.product(.parameter(months), .parameter(.dibaoStandard)),
                                  Label("金融资产上限（低保标准的月数）", "financial-asset limit (months of the standard)"))),
            ]), Label("无核对结论时，人均金融资产不超过上限", "without a finding, financial assets per person within the limit")),
        ]), label)
    }
}
