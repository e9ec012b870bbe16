import TieredAssistanceCore

extension ParameterID {
    // MARK: Dibao (低保)
    /// 最低生活保障标准: the dibao standard (POLICY.md 2, S1 art. 10).
    public static let dibaoStandard: ParameterID = ParameterID("dibao.standard")
    /// 低保家庭人均金融资产上限（月数）: financial assets per person at most this many
    /// months of the standard (POLICY.md 1.3; IM value [U]).
    public static let dibaoAssetMonths: ParameterID = ParameterID("dibao.asset-limit.financial-months")
    /// 渐退期上限: the longest gradual-exit period (S6 1(3)).
    public static let dibaoGradualExitMaxMonths: ParameterID = ParameterID("dibao.gradual-exit.max-months")
    /// Whether a household's dibao counts its 特困 members, where only some members are 特困 ([U]).
    public static let dibaoTekunMembers: ParameterID = ParameterID("dibao.tekun-members")
    /// 无正当理由连续拒绝就业次数: consecutive refusals that end a member's share (S1 art. 45).
    public static let dibaoWorkRefusalLimit: ParameterID = ParameterID("dibao.work-refusal.limit")
    /// 必要就业成本扣减比例: the employment-cost deduction rate (S16 art. 15, Xing'an).
    public static let employmentCostRate: ParameterID = ParameterID("income.employment-cost.rate")
    /// 必要就业成本计算基数: which reading of S16 art. 15 applies (POLICY.md 1.2 [I]).
    public static let employmentCostBase: ParameterID = ParameterID("income.employment-cost.base")
    /// Whether the centrally set basic pension of the residents' scheme is excluded from
    /// counted income (S2 art. 13(3): during the 14th Five-Year Plan, 2021-2025).
    public static let excludesResidentBasicPension: ParameterID = ParameterID("income.excludes.resident-basic-pension")
    /// Whether the local top-up of the residents' pension is excluded from counted income
    /// (S2 art. 13(4): where a prefecture or higher government decides; Xing'an S16 art. 14).
    public static let excludesResidentPensionTopUp: ParameterID = ParameterID("income.excludes.resident-pension-top-up")
    /// 当地最低工资标准: the local monthly minimum wage ([U]).
    public static let minimumWage: ParameterID = ParameterID("income.minimum-wage")

    // MARK: Marginal (低保边缘)
    /// 低保边缘收入倍数: the marginal household's income multiple of the standard (S2 art. 8).
    public static let marginalIncomeMultiple: ParameterID = ParameterID("marginal.income-multiple")
    /// 低保边缘人均金融资产上限（月数） ([U]).
    public static let marginalAssetMonths: ParameterID = ParameterID("marginal.asset-limit.financial-months")

    // MARK: Extreme poverty (特困)
    /// 特困老年人年龄: age from which a person has no work capacity (S3 art. 5).
    public static let tekunElderlyAge: ParameterID = ParameterID("tekun.elderly-age")
    /// 特困未成年人无劳动能力年龄: age below which a person has no work capacity (S3 art. 5).
    public static let tekunChildAge: ParameterID = ParameterID("tekun.child-age")
    /// 特困未成年人保障年龄: minors covered up to this age (S5; S30).
    public static let tekunMinorCoverageAge: ParameterID = ParameterID("tekun.minor-coverage-age")
    /// 特困人员基本生活标准: the basic support standard (S1 art. 15).
    public static let tekunSupportStandard: ParameterID = ParameterID("tekun.support-standard")
    /// 特困人员全护理标准: care standard, fully unable to care for self (S3 arts. 20-22).
    public static let tekunCareFull: ParameterID = ParameterID("tekun.care.full")
    /// 特困人员半护理标准: care standard, partly unable (S3 arts. 20-22).
    public static let tekunCarePartial: ParameterID = ParameterID("tekun.care.partial")
    /// 特困人员全自理照料标准: care standard, able to care for self ([U] for IM).
    public static let tekunCareSelf: ParameterID = ParameterID("tekun.care.self-care")
    /// 特困人员人均金融资产上限（月数） ([U]).
    public static let tekunAssetMonths: ParameterID = ParameterID("tekun.asset-limit.financial-months")

    // MARK: Rigid expenditure (刚性支出困难)
    /// 上年度当地居民人均可支配收入: prior-year per-capita disposable income (S4 art. 4; S29).
    public static let priorYearDisposableIncome: ParameterID = ParameterID("income.per-capita-disposable.prior-year")
    /// 内蒙古刚性支出占家庭总收入比例: IM rigid spending share of household income (S10).
    public static let rigidIMTotalRatio: ParameterID = ParameterID("rigid.im.total-ratio")
    /// 内蒙古医疗与意外支出占家庭总收入比例: IM medical plus accident share (S10).
    public static let rigidIMMedicalAccidentRatio: ParameterID = ParameterID("rigid.im.medical-accident-ratio")
    /// 刚性支出困难（全国）支出比例: the national rule's local ratio (S4 art. 4; [U]).
    public static let rigidNationalRatio: ParameterID = ParameterID("rigid.national.spending-ratio")
    /// 刚性支出困难认定有效期: validity of a finding (S4 art. 10).
    public static let rigidValidityMonths: ParameterID = ParameterID("rigid.validity-months")
    /// 低保家庭定期核查周期（经济状况变化不大）: months between reviews of a stable dibao household (S2 art. 31).
    public static let reviewDibaoStableMonths: ParameterID = ParameterID("review.dibao.stable-months")
    /// 低保家庭定期核查周期（收入不固定、有劳动能力）: months between reviews otherwise (S2 art. 31).
    public static let reviewDibaoVariableMonths: ParameterID = ParameterID("review.dibao.variable-months")
    /// 低保家庭成员死亡后核查期限: months after a member's death within which to re-examine (S6 一、（三）).
    public static let reviewAfterDeathMonths: ParameterID = ParameterID("review.after-death-months")
    /// 刚性支出困难人均金融资产上限（月数） ([U]).
    public static let rigidAssetMonths: ParameterID = ParameterID("rigid.asset-limit.financial-months")

    // MARK: Xing'an (兴安盟)
    /// 城镇事实困难人员第三类刚性支出门槛: 12-month rigid spending threshold (S15).
    public static let xinganRigidSpendingThreshold: ParameterID = ParameterID("xingan.defacto.rigid-spending-threshold")
    /// 城镇事实困难人员第一类家庭支出门槛: household spending threshold of category 1 (S15).
    public static let xinganHouseholdSpendingThreshold: ParameterID = ParameterID("xingan.defacto.household-spending-threshold")

    // MARK: Disability (残疾人两项补贴)
    /// 困难残疾人生活补贴标准 (S18; S17).
    public static let disabilityLivingSubsidy: ParameterID = ParameterID("disability.living-subsidy")
    /// 重度残疾人护理补贴标准 (S18; S17).
    public static let disabilityCareSubsidy: ParameterID = ParameterID("disability.care-subsidy")

    /// Whether the care subsidy extends to grade 3-4 intellectual or mental disability in rural
    /// dibao households (Ordos, S17).
    public static let careSubsidyExtension: ParameterID = ParameterID("disability.care-subsidy.extension")
    /// 三、四级智力、精神残疾人护理补贴标准: the amount of that extension (Ordos, S17).
    public static let careSubsidyExtensionAmount: ParameterID = ParameterID("disability.care-subsidy.extension-amount")

    // MARK: Union (工会)
    /// 职工医疗互助年度最高给付: the union medical mutual-aid cap (S21).
    public static let unionMutualAidCap: ParameterID = ParameterID("union.mutual-aid.cap")
    /// 困难职工建档收入倍数（低保边缘）: filing multiple for hardship from illness, schooling etc. (S23).
    public static let unionFilingMarginalMultiple: ParameterID = ParameterID("union.filing.marginal-multiple")
    /// 困难职工建档收入倍数（突发事件）: filing multiple after a sudden event (S23).
    public static let unionFilingSuddenEventMultiple: ParameterID = ParameterID("union.filing.sudden-event-multiple")
    /// 困难职工建档连续低于低保标准月数: consecutive months below the standard (S23).
    public static let unionFilingMonthsBelow: ParameterID = ParameterID("union.filing.months-below-standard")

    // MARK: 分类施保, temporary aid, special aid, old-age allowance, union (catalog, issue 5)
    /// 分类施保 rate for elderly members (S2 art. 27; IM [U]).
    public static let incrementRateElderly: ParameterID = ParameterID("dibao.increment.rate.elderly")
    /// 分类施保 rate for minors ([U]).
    public static let incrementRateMinor: ParameterID = ParameterID("dibao.increment.rate.minor")
    /// 分类施保 rate for severely disabled members ([U]).
    public static let incrementRateSevereDisability: ParameterID = ParameterID("dibao.increment.rate.severe-disability")
    /// 分类施保 rate for seriously ill members ([U]).
    public static let incrementRateMajorIllness: ParameterID = ParameterID("dibao.increment.rate.major-illness")
    /// Age from which a member counts as elderly for 分类施保 ([U]).
    public static let incrementElderlyAge: ParameterID = ParameterID("dibao.increment.elderly-age")
    /// Age below which a member counts as a minor for 分类施保 ([U]).
    public static let incrementMinorAge: ParameterID = ParameterID("dibao.increment.minor-age")
    /// Whether 分类施保 increments stack or only the highest counts ([U]; 就高不叠加 is common [I]).
    public static let incrementStacking: ParameterID = ParameterID("dibao.increment.stacking")
    /// Months before the evaluation day in which an emergency event counts ([U]).
    public static let temporaryEventWindowMonths: ParameterID = ParameterID("temporary.event-window-months")
    /// Months of the standard per person granted in emergency aid ([U]).
    public static let temporaryEmergencyMonths: ParameterID = ParameterID("temporary.emergency.months")
    /// Months of the standard per person granted in expenditure-type aid ([U]).
    public static let temporaryExpenditureMonths: ParameterID = ParameterID("temporary.expenditure.months")
    /// Share of annual income that essential spending must exceed for expenditure-type aid ([U]).
    public static let temporaryExpenditureShare: ParameterID = ParameterID("temporary.expenditure.spending-share")
    /// Cap on one temporary-aid grant, above which 一事一议 applies ([U]).
    public static let temporaryCap: ParameterID = ParameterID("temporary.cap")
    /// Months within which a cause gets one grant only, where configured.
    public static let temporaryGrantIntervalMonths: ParameterID = ParameterID("temporary.grant-interval-months")
    /// Whether a 特困 person may also receive the living subsidy ([U]; POLICY.md 9).
    public static let livingSubsidyIncludesTekun: ParameterID = ParameterID("disability.living-subsidy.includes-tekun")
    /// Whether the living subsidy extends to marginal households ([U]).
    public static let livingSubsidyIncludesMarginal: ParameterID = ParameterID("disability.living-subsidy.includes-marginal")
    /// 高龄津贴: the age from which it is paid ([U]).
    public static let oldAgeMinimumAge: ParameterID = ParameterID("old-age-allowance.minimum-age")
    /// 高龄津贴 per month, from the minimum age to 89 ([U]).
    public static let oldAgeAmountFirstBand: ParameterID = ParameterID("old-age-allowance.amount.to-89")
    /// 高龄津贴 per month, 90 to 99 ([U]).
    public static let oldAgeAmountNinety: ParameterID = ParameterID("old-age-allowance.amount.90-99")
    /// 高龄津贴 per month, 100 and over ([U]).
    public static let oldAgeAmountHundred: ParameterID = ParameterID("old-age-allowance.amount.100-plus")
    /// Months a proof of life (生存认证) stays valid ([U]).
    public static let oldAgeProofIntervalMonths: ParameterID = ParameterID("old-age-allowance.proof-interval-months")
    /// Whether the place uses the three union tiers 深度 / 相对 / 意外致困 (S22 Qingdao [S-loc]; IM [U]).
    public static let unionHardshipTiers: ParameterID = ParameterID("union.hardship-tiers")
    /// Union deep hardship: income per person below this multiple of the standard (S22 [S-loc]).
    public static let unionDeepMultiple: ParameterID = ParameterID("union.deep.multiple")
    /// Union relative hardship: income per person below this multiple (S22 [S-loc]).
    public static let unionRelativeMultiple: ParameterID = ParameterID("union.relative.multiple")
    /// Union accident hardship: hardship costs above this share of annual income (S22 [S-loc]).
    public static let unionAccidentCostShare: ParameterID = ParameterID("union.accident.cost-share")
    /// Months between yearly reviews of a union hardship file (S23).
    public static let unionReviewIntervalMonths: ParameterID = ParameterID("union.review-interval-months")
    /// Union deep-hardship living aid in months of the dibao standard per year (S24 [S-loc]).
    public static let unionAidDeepMonths: ParameterID = ParameterID("union.aid.deep.months")
    /// Union relative-hardship living aid in months of the dibao standard per year (S24 [S-loc]).
    public static let unionAidRelativeMonths: ParameterID = ParameterID("union.aid.relative.months")
    /// Union accident aid as a share of the hardship costs (S24 [S-loc]).
    public static let unionAidAccidentShare: ParameterID = ParameterID("union.aid.accident.share")
    /// Cap on union accident aid (S24 [S-loc]).
    public static let unionAidAccidentCap: ParameterID = ParameterID("union.aid.accident.cap")

    /// Monitoring: a single medical bill above this amount raises a signal ([U]; 6,000 in another province, S27 [S-loc]).
    public static let monitoringMedicalSingle: ParameterID = ParameterID("monitoring.medical.single-bill")
    /// Monitoring: medical spending within 12 months above this amount ([U]; 10,000 in another province, S27 [S-loc]).
    public static let monitoringMedical12m: ParameterID = ParameterID("monitoring.medical.12-months")
    /// Monitoring: medical spending within 12 months above this share of annual income ([U]).
    public static let monitoringMedicalShare: ParameterID = ParameterID("monitoring.medical.share-of-income")
    /// Monitoring: counted income falling by at least this share ([U]).
    public static let monitoringIncomeDrop: ParameterID = ParameterID("monitoring.income-drop.share")

    /// A medical-aid parameter for a tier: `medical-aid.<kind>.<tier>`.
    public static func medicalAid(_ kind: String, tier: ProgramID) -> ParameterID {
        ParameterID("medical-aid.\(kind).\(tier.rawValue)")
    }

    /// A band of the union medical mutual aid: `union.mutual-aid.band-<n>.upper` or `.rate`.
    public static func mutualAidBand(_ number: Int, _ field: String) -> ParameterID {
        ParameterID("union.mutual-aid.band-\(number).\(field)")
    }
}

extension ParameterCatalog {
    /// The parameters the built-in rules read. Values live in books; many have none built
    /// in (POLICY.md marks them [U]) and must come from a policy file.
    public static let standard = ParameterCatalog([
        ParameterDefinition(
            id: .dibaoStandard, chineseTitle: "最低生活保障标准", englishTitle: "dibao (minimum living) standard",
            units: [.yuanPerPersonPerMonth, .yuanPerPersonPerYear], isResidenceSpecific: true,
            summary: "Set by the province or prefecture for urban and rural residents (POLICY.md 2, 10; S1 art. 10)."),
        ParameterDefinition(
            id: .dibaoAssetMonths, chineseTitle: "低保家庭人均金融资产上限（标准的月数）",
            englishTitle: "dibao financial-asset limit per person, in months of the standard", units: [.months],
            summary: "Financial assets per person at most this many months of the monthly standard (POLICY.md 1.3; IM [U])."),
        ParameterDefinition(
            id: .dibaoGradualExitMaxMonths, chineseTitle: "低保渐退期上限", englishTitle: "longest dibao gradual-exit period",
            units: [.months], summary: "In principle at most 6 months (S6 1(3); POLICY.md 2)."),
        ParameterDefinition(
            id: .dibaoTekunMembers, chineseTitle: "家庭低保是否计入特困成员", englishTitle: "特困 members in the household's dibao",
            units: [.choice], choices: ["counted", "excluded"],
            summary: "Where only some members are 特困, whether the household's dibao still counts them; the sources do not say [U] (POLICY.md 13, case 3)."),
        ParameterDefinition(
            id: .dibaoWorkRefusalLimit, chineseTitle: "停发本人低保金的连续拒绝次数", englishTitle: "consecutive job refusals that end a member's share",
            units: [.count], summary: "Refusing suitable work 3 times in a row without good reason (S1 art. 45; S2 art. 34)."),
        ParameterDefinition(
            id: .employmentCostRate, chineseTitle: "必要就业成本扣减比例", englishTitle: "employment-cost deduction rate",
            units: [.ratio], summary: "Share of the base deducted as necessary employment costs (S16 art. 15: 10%)."),
        ParameterDefinition(
            id: .employmentCostBase, chineseTitle: "必要就业成本计算基数", englishTitle: "employment-cost deduction base",
            units: [.choice], choices: ["employment-income", "minimum-wage"],
            summary: "S16 art. 15 reads either way: 10% of employment income, or of the local minimum wage (POLICY.md 1.2 [I])."),
        ParameterDefinition(
            id: .excludesResidentBasicPension, chineseTitle: "城乡居民基本养老保险基础养老金不计入收入",
            englishTitle: "residents' basic pension excluded from income", units: [.choice], choices: ["yes", "no"],
            summary: "S2 art. 13(3): \"十四五\"期间，中央确定的城乡居民基本养老保险基础养老金 is not counted; after 2025 [U]."),
        ParameterDefinition(
            id: .excludesResidentPensionTopUp, chineseTitle: "城乡居民养老保险地方加发部分不计入收入",
            englishTitle: "local top-up of the residents' pension excluded from income", units: [.choice], choices: ["yes", "no"],
            summary: "Counted under S2 art. 13 unless a prefecture or higher government excludes it (art. 13(4)); Xing'an excludes it from 2025-05-19 (S16 art. 14)."),
        ParameterDefinition(
            id: .minimumWage, chineseTitle: "当地月最低工资标准", englishTitle: "local monthly minimum wage",
            units: [.yuanPerMonth], summary: "Needed by the minimum-wage reading of the employment-cost deduction ([U])."),
        ParameterDefinition(
            id: .marginalIncomeMultiple, chineseTitle: "低保边缘家庭收入倍数", englishTitle: "marginal household income multiple",
            units: [.ratio], summary: "Income below this multiple of the dibao standard (S2 art. 8; S6 1(4); IM S10: 1.5)."),
        ParameterDefinition(
            id: .marginalAssetMonths, chineseTitle: "低保边缘家庭人均金融资产上限（标准的月数）",
            englishTitle: "marginal financial-asset limit per person, in months of the standard", units: [.months],
            summary: "POLICY.md 1.3; IM [U]."),
        ParameterDefinition(
            id: .tekunElderlyAge, chineseTitle: "特困老年人年龄", englishTitle: "age from which a person counts as elderly for 特困",
            units: [.years], summary: "Aged 60 or over has no work capacity (S3 art. 5)."),
        ParameterDefinition(
            id: .tekunChildAge, chineseTitle: "特困未成年人无劳动能力年龄", englishTitle: "age below which a child has no work capacity",
            units: [.years], summary: "Under 16 has no work capacity (S3 art. 5)."),
        ParameterDefinition(
            id: .tekunMinorCoverageAge, chineseTitle: "特困未成年人保障年龄", englishTitle: "age to which minors are covered as 特困",
            units: [.years], summary: "Coverage of minors runs to 18 (S5 item 5; S30)."),
        ParameterDefinition(
            id: .tekunSupportStandard, chineseTitle: "特困人员基本生活标准", englishTitle: "特困 basic support standard",
            units: [.yuanPerPersonPerMonth, .yuanPerPersonPerYear], isResidenceSpecific: true,
            summary: "Set by the province or prefecture (S1 art. 15; POLICY.md 3, 10)."),
        ParameterDefinition(
            id: .tekunCareFull, chineseTitle: "特困人员全护理标准", englishTitle: "特困 care standard, fully dependent",
            units: [.yuanPerPersonPerMonth], summary: "4 or more of 6 daily activities not achieved (S3 arts. 20-22; POLICY.md 3, 10)."),
        ParameterDefinition(
            id: .tekunCarePartial, chineseTitle: "特困人员半护理标准", englishTitle: "特困 care standard, partly dependent",
            units: [.yuanPerPersonPerMonth], summary: "1 to 3 of 6 daily activities not achieved (S3 arts. 20-22; POLICY.md 3, 10)."),
        ParameterDefinition(
            id: .tekunCareSelf, chineseTitle: "特困人员全自理照料标准", englishTitle: "特困 care standard, self-caring",
            units: [.yuanPerPersonPerMonth], summary: "Whether IM pays one is [U] (POLICY.md 3)."),
        ParameterDefinition(
            id: .tekunAssetMonths, chineseTitle: "特困人员人均金融资产上限（标准的月数）",
            englishTitle: "特困 financial-asset limit, in months of the dibao standard", units: [.months],
            summary: "S3 art. 6: assets within the local 特困 rules; IM [U]."),
        ParameterDefinition(
            id: .priorYearDisposableIncome, chineseTitle: "上年度当地居民人均可支配收入",
            englishTitle: "prior-year local per-capita disposable income",
            units: [.yuanPerPersonPerYear], isResidenceSpecific: true,
            summary: "Income reference of the rigid-expenditure, temporary-aid and obligor tests (S4 art. 4; S7; S3 art. 8; S29)."),
        ParameterDefinition(
            id: .rigidIMTotalRatio, chineseTitle: "刚性支出占家庭总收入比例（内蒙古）",
            englishTitle: "IM rigid spending share of household income", units: [.ratio],
            summary: "Medical + education + rehabilitation + accident above this share (S10: 70%)."),
        ParameterDefinition(
            id: .rigidIMMedicalAccidentRatio, chineseTitle: "医疗与意外支出占家庭总收入比例（内蒙古）",
            englishTitle: "IM medical plus accident share of household income", units: [.ratio],
            summary: "Medical + accident above this share (S10: 60%)."),
        ParameterDefinition(
            id: .rigidNationalRatio, chineseTitle: "刚性支出占家庭总收入比例（全国规则地方标准）",
            englishTitle: "national rule: local rigid spending share", units: [.ratio],
            summary: "Set locally under S4 art. 4 ([U])."),
        ParameterDefinition(
            id: .rigidValidityMonths, chineseTitle: "刚性支出困难认定有效期", englishTitle: "validity of a rigid-expenditure finding",
            units: [.months], summary: "At most 12 months, then re-apply (S4 art. 10)."),
        ParameterDefinition(
            id: .reviewDibaoStableMonths, chineseTitle: "低保家庭定期核查周期（经济状况变化不大）",
            englishTitle: "dibao review cycle, stable households", units: [.months],
            summary: "S2 art. 31: 对短期内经济状况变化不大的最低生活保障家庭…每年核查一次."),
        ParameterDefinition(
            id: .reviewDibaoVariableMonths, chineseTitle: "低保家庭定期核查周期（收入来源不固定、有劳动能力）",
            englishTitle: "dibao review cycle, irregular income or members able to work", units: [.months],
            summary: "S2 art. 31: 对收入来源不固定、家庭成员有劳动能力的最低生活保障家庭，每半年核查一次."),
        ParameterDefinition(
            id: .reviewAfterDeathMonths, chineseTitle: "低保家庭成员死亡后核查期限", englishTitle: "re-examination after a member's death",
            units: [.months], summary: "S6 一、（三）: 低保家庭成员死亡后，应当自其死亡之日起3个月内对其家庭状况进行核查."),
        ParameterDefinition(
            id: .rigidAssetMonths, chineseTitle: "刚性支出困难家庭人均金融资产上限（标准的月数）",
            englishTitle: "rigid-expenditure financial-asset limit, in months of the standard", units: [.months],
            summary: "S4 art. 4; IM [U]."),
        ParameterDefinition(
            id: .xinganRigidSpendingThreshold, chineseTitle: "城镇事实困难人员刚性支出门槛（12个月内）",
            englishTitle: "Xing'an de-facto hardship: rigid spending within 12 months", units: [.yuanPerYear],
            summary: "Category 3: urban dibao households whose rigid spending within 12 months exceeds 30,000 yuan (S15)."),
        ParameterDefinition(
            id: .xinganHouseholdSpendingThreshold, chineseTitle: "城镇事实困难人员家庭支出门槛",
            englishTitle: "Xing'an de-facto hardship: household spending (category 1)", units: [.yuanPerYear],
            summary: "Category 1: household spending above 100,000 yuan (S15)."),
        ParameterDefinition(
            id: .disabilityLivingSubsidy, chineseTitle: "困难残疾人生活补贴标准", englishTitle: "living subsidy for disabled people in hardship",
            units: [.yuanPerPersonPerMonth, .yuanPerPersonPerYear],
            summary: "IM: 100 yuan a month from 2019, 125 from 2024-07-01 (S17; S18)."),
        ParameterDefinition(
            id: .disabilityCareSubsidy, chineseTitle: "重度残疾人护理补贴标准", englishTitle: "care subsidy for severely disabled people",
            units: [.yuanPerPersonPerMonth, .yuanPerPersonPerYear],
            summary: "IM: 1,200 yuan a year from 2019, 125 a month from 2024-07-01 (S17; S18)."),
        ParameterDefinition(
            id: .careSubsidyExtension, chineseTitle: "护理补贴扩大至农村低保三、四级智力、精神残疾人",
            englishTitle: "care subsidy extends to rural dibao grade 3-4 intellectual or mental disability", units: [.choice],
            choices: ["yes", "no"], summary: "A local extension (Ordos: S17); when it began is not in the sources [U]."),
        ParameterDefinition(
            id: .careSubsidyExtensionAmount, chineseTitle: "三、四级智力、精神残疾人护理补贴标准",
            englishTitle: "care subsidy for the grade 3-4 extension", units: [.yuanPerPersonPerMonth, .yuanPerPersonPerYear],
            summary: "Ordos: raised from 100 to 125 yuan a month (S17)."),
        ParameterDefinition(
            id: .unionMutualAidCap, chineseTitle: "职工医疗互助最高给付额", englishTitle: "union medical mutual-aid maximum payout",
            units: [.yuan], summary: "IM: raised from 250,000 to 500,000 yuan (S21)."),
        ParameterDefinition(
            id: .unionFilingMarginalMultiple, chineseTitle: "困难职工建档收入倍数（因病、因学、因残等）",
            englishTitle: "union filing: income multiple with illness, schooling or disability", units: [.ratio],
            summary: "Slightly above dibao, up to 1.5x, with hardship (S23 item 3)."),
        ParameterDefinition(
            id: .unionFilingSuddenEventMultiple, chineseTitle: "困难职工建档收入倍数（突发事件）",
            englishTitle: "union filing: income multiple after a sudden event", units: [.ratio],
            summary: "Up to 3x dibao after a sudden event, accident or major illness (S23 item 4)."),
        ParameterDefinition(
            id: .unionFilingMonthsBelow, chineseTitle: "困难职工建档连续低于低保标准月数",
            englishTitle: "union filing: consecutive months below the dibao standard", units: [.months],
            summary: "Per-capita income below the standard for 6 consecutive months (S23 item 1)."),
        ParameterDefinition(
            id: .incrementRateElderly, chineseTitle: "分类施保增发比例（老年人）", englishTitle: "分类施保 rate, elderly",
            units: [.ratio], summary: "Share of the standard added for elderly members (S2 art. 27; IM [U])."),
        ParameterDefinition(
            id: .incrementRateMinor, chineseTitle: "分类施保增发比例（未成年人）", englishTitle: "分类施保 rate, minors",
            units: [.ratio], summary: "Share of the standard added for minors (S2 art. 27; IM [U])."),
        ParameterDefinition(
            id: .incrementRateSevereDisability, chineseTitle: "分类施保增发比例（重度残疾人）", englishTitle: "分类施保 rate, severely disabled",
            units: [.ratio], summary: "Share of the standard added for severely disabled members (S2 art. 27; IM [U])."),
        ParameterDefinition(
            id: .incrementRateMajorIllness, chineseTitle: "分类施保增发比例（重病患者）", englishTitle: "分类施保 rate, seriously ill",
            units: [.ratio], summary: "Share of the standard added for seriously ill members (S2 art. 27; IM [U])."),
        ParameterDefinition(
            id: .incrementElderlyAge, chineseTitle: "分类施保老年人年龄", englishTitle: "分类施保 elderly age",
            units: [.years], summary: "Age from which a member counts as elderly for increments ([U]; Jilin uses 70 [S-loc])."),
        ParameterDefinition(
            id: .incrementMinorAge, chineseTitle: "分类施保未成年人年龄", englishTitle: "分类施保 minor age",
            units: [.years], summary: "Age below which a member counts as a minor for increments ([U])."),
        ParameterDefinition(
            id: .incrementStacking, chineseTitle: "分类施保叠加规则", englishTitle: "分类施保 stacking rule",
            units: [.choice], choices: ["highest-only", "sum"],
            summary: "就高不叠加 (highest-only) is the common default [I]; IM [U]."),
        ParameterDefinition(
            id: .temporaryEventWindowMonths, chineseTitle: "急难事件认定期限（月）", englishTitle: "emergency event window, months",
            units: [.months], summary: "Months before the evaluation day in which an accident, fire or sudden illness counts ([U])."),
        ParameterDefinition(
            id: .temporaryEmergencyMonths, chineseTitle: "急难型临时救助月数", englishTitle: "emergency aid, months of the standard",
            units: [.months], summary: "Amount = standard × persons × months (S7 2(3); IM [U])."),
        ParameterDefinition(
            id: .temporaryExpenditureMonths, chineseTitle: "支出型临时救助月数", englishTitle: "expenditure aid, months of the standard",
            units: [.months], summary: "Amount = standard × persons × months (S7 2(3); IM [U])."),
        ParameterDefinition(
            id: .temporaryExpenditureShare, chineseTitle: "支出型临时救助支出比例", englishTitle: "expenditure aid, spending share of income",
            units: [.ratio], summary: "Essential spending above this share of annual income ([U])."),
        ParameterDefinition(
            id: .temporaryCap, chineseTitle: "临时救助单次上限", englishTitle: "temporary aid cap per grant",
            units: [.yuan], summary: "Above it a case goes to 一事一议 (S7 2(3); IM [U])."),
        ParameterDefinition(
            id: .temporaryGrantIntervalMonths, chineseTitle: "同一事由救助间隔（月）", englishTitle: "one grant per cause within months",
            units: [.months], summary: "A cause gets one grant per this many months (often 12 [S-loc]; IM [U]); 0 means no limit. Needed only when the household had an earlier grant for the cause."),
        ParameterDefinition(
            id: .livingSubsidyIncludesTekun, chineseTitle: "特困人员可否兼得困难残疾人生活补贴", englishTitle: "living subsidy combines with 特困 support",
            units: [.choice], choices: ["yes", "no"],
            summary: "Whether a 特困 person may also receive the living subsidy; S18 names dibao households only and the combination is [U] (POLICY.md 9)."),
        ParameterDefinition(
            id: .livingSubsidyIncludesMarginal, chineseTitle: "生活补贴扩大至低保边缘家庭", englishTitle: "living subsidy extends to marginal households",
            units: [.choice], choices: ["yes", "no"], summary: "S18 allows extending the living subsidy; IM's extension is [U]."),
        ParameterDefinition(
            id: .oldAgeMinimumAge, chineseTitle: "高龄津贴起始年龄", englishTitle: "old-age allowance starting age",
            units: [.years], summary: "Typically 80 [I]; IM [U]."),
        ParameterDefinition(
            id: .oldAgeAmountFirstBand, chineseTitle: "高龄津贴标准（起始年龄至89岁）", englishTitle: "old-age allowance to 89",
            units: [.yuanPerPersonPerMonth], summary: "IM and Ordos amounts not found [U]."),
        ParameterDefinition(
            id: .oldAgeAmountNinety, chineseTitle: "高龄津贴标准（90至99岁）", englishTitle: "old-age allowance 90-99",
            units: [.yuanPerPersonPerMonth], summary: "IM and Ordos amounts not found [U]."),
        ParameterDefinition(
            id: .oldAgeAmountHundred, chineseTitle: "高龄津贴标准（100岁以上）", englishTitle: "old-age allowance 100 and over",
            units: [.yuanPerPersonPerMonth], summary: "IM and Ordos amounts not found [U]."),
        ParameterDefinition(
            id: .oldAgeProofIntervalMonths, chineseTitle: "生存认证有效期（月）", englishTitle: "proof-of-life validity, months",
            units: [.months], summary: "Annual or semiannual certification is typical; a missed one suspends payment from the next month ([U])."),
        ParameterDefinition(
            id: .unionHardshipTiers, chineseTitle: "困难职工分类办法", englishTitle: "union hardship tiers in use",
            units: [.choice], choices: ["deep-relative-accident"],
            summary: "The three tiers 深度困难、相对困难、意外致困 (S22 Qingdao [S-loc]); the national and IM texts were not found [U]."),
        ParameterDefinition(
            id: .unionDeepMultiple, chineseTitle: "深度困难职工收入倍数", englishTitle: "union deep hardship multiple",
            units: [.ratio], summary: "(disposable − rigid) / 12 / persons below this multiple of the dibao standard (S22 Qingdao [S-loc])."),
        ParameterDefinition(
            id: .unionRelativeMultiple, chineseTitle: "相对困难职工收入倍数", englishTitle: "union relative hardship multiple",
            units: [.ratio], summary: "Below this multiple of the dibao standard (S22 Qingdao [S-loc])."),
        ParameterDefinition(
            id: .unionAccidentCostShare, chineseTitle: "意外致困支出占收入比例", englishTitle: "union accident hardship cost share",
            units: [.ratio], summary: "Hardship costs above this share of annual household income (S22 Qingdao [S-loc])."),
        ParameterDefinition(
            id: .unionReviewIntervalMonths, chineseTitle: "困难职工档案复核周期（月）", englishTitle: "union hardship file review interval",
            units: [.months], summary: "Files are reviewed yearly (S23)."),
        ParameterDefinition(
            id: .unionAidDeepMonths, chineseTitle: "深度困难职工生活救助（低保标准月数）", englishTitle: "union deep hardship aid, months of the standard",
            units: [.months], summary: "10 × monthly dibao per year in one province (S24 [S-loc, province unknown]); IM [U]."),
        ParameterDefinition(
            id: .unionAidRelativeMonths, chineseTitle: "相对困难职工生活救助（低保标准月数）", englishTitle: "union relative hardship aid, months of the standard",
            units: [.months], summary: "8 × monthly dibao per year in one province (S24 [S-loc]); IM [U]."),
        ParameterDefinition(
            id: .unionAidAccidentShare, chineseTitle: "意外致困救助比例", englishTitle: "union accident aid share",
            units: [.ratio], summary: "15% of the hardship costs in one province (S24 [S-loc]); IM [U]."),
        ParameterDefinition(
            id: .unionAidAccidentCap, chineseTitle: "意外致困救助上限", englishTitle: "union accident aid cap",
            units: [.yuan], summary: "10,000 yuan in one province (S24 [S-loc]); IM [U]."),
        ParameterDefinition(
            id: .monitoringMedicalSingle, chineseTitle: "预警：单次医疗自付费用", englishTitle: "alert: a single out-of-pocket medical bill",
            units: [.yuan], summary: "A new medical bill above this raises a signal (S27: 6,000 for monitored people in another province [S-loc]; IM [U])."),
        ParameterDefinition(
            id: .monitoringMedical12m, chineseTitle: "预警：12个月医疗自付费用", englishTitle: "alert: medical out-of-pocket within 12 months",
            units: [.yuanPerYear], summary: "Medical spending within 12 months above this raises a signal (S27: 10,000 for other rural residents [S-loc]; IM [U])."),
        ParameterDefinition(
            id: .monitoringMedicalShare, chineseTitle: "预警：医疗支出占家庭年收入比例", englishTitle: "alert: medical spending share of income",
            units: [.ratio], summary: "Medical spending within 12 months above this share of annual income raises a signal ([U])."),
        ParameterDefinition(
            id: .monitoringIncomeDrop, chineseTitle: "预警：收入下降比例", englishTitle: "alert: income drop share",
            units: [.ratio], summary: "Counted income falling by at least this share between extracts raises a signal ([U])."),
    ] + medicalAidDefinitions + mutualAidBandDefinitions)

    /// Medical aid per tier (国办发〔2021〕42号; IM values [U]).
    private static let medicalAidDefinitions: [ParameterDefinition] = {
        let tiers: [(ProgramID, String)] = [(.tekun, "特困"), (.dibao, "低保"), (.marginal, "低保边缘"), (.rigidExpenditure, "刚性支出困难")]
        return tiers.flatMap { tier, name in [
            ParameterDefinition(id: .medicalAid("ratio", tier: tier), chineseTitle: "医疗救助比例（\(name)）",
                                englishTitle: "medical aid ratio (\(tier))", units: [.ratio],
                                summary: "Share of in-scope out-of-pocket costs above the deductible (S19; IM [U])."),
            ParameterDefinition(id: .medicalAid("deductible", tier: tier), chineseTitle: "医疗救助起付标准（\(name)）",
                                englishTitle: "medical aid deductible (\(tier))", units: [.yuan],
                                summary: "Yearly deductible (S19; IM [U])."),
            ParameterDefinition(id: .medicalAid("annual-cap", tier: tier), chineseTitle: "医疗救助年度限额（\(name)）",
                                englishTitle: "medical aid annual cap (\(tier))", units: [.yuan],
                                summary: "Yearly cap (S19; IM [U])."),
            ParameterDefinition(id: .medicalAid("premium-subsidy", tier: tier), chineseTitle: "参保资助（\(name)）",
                                englishTitle: "insurance premium subsidy (\(tier))", units: [.yuanPerYear],
                                summary: "Premium subsidy per person per year (S19; full for 特困; IM [U])."),
        ] }
    }()

    /// The union medical mutual-aid bands (S21: 6 bands; only the first band's 40% is known).
    private static let mutualAidBandDefinitions: [ParameterDefinition] = (1...6).flatMap { band in [
        ParameterDefinition(id: .mutualAidBand(band, "upper"), chineseTitle: "职工医疗互助第\(band)档上限",
                            englishTitle: "union mutual aid band \(band) upper bound", units: [.yuan],
                            summary: "In-scope costs up to this amount fall in band \(band); the last band has no upper bound (S21)."),
        ParameterDefinition(id: .mutualAidBand(band, "rate"), chineseTitle: "职工医疗互助第\(band)档给付比例",
                            englishTitle: "union mutual aid band \(band) rate", units: [.ratio],
                            summary: "Share paid of the costs in band \(band) (S21: under 10,000 yuan, 30% then 40% from 2021)."),
    ] }
}
