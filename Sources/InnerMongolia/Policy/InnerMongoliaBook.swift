import TieredAssistanceCore

/// The built-in book: every [S]-tagged standard and threshold of POLICY.md for Inner
/// Mongolia (and the national values IM applies), each with its source.
///
/// What is **not** here, on purpose:
/// - values POLICY.md marks [U] (asset limits, 分类施保 rates, temporary-aid multiples and caps,
///   medical-aid ratios, IM 2024 特困 standards, 高龄津贴, the Xing'an grant table): they stay
///   absent and the rules that need them are undetermined until a policy file supplies them;
/// - regional **averages** (2020 avg, 2022 avg 813/7,320, 2023 avg 840/670, 2024 "average"
///   807/588): an average is not any county's standard, so resolving it would be wrong;
/// - the 2025 West Ujimqin figure (790 a month), which POLICY.md reports as an amount paid
///   to one single-person dibao household, not as the banner's standard.
///
/// Effective days: where a source gives only a year or a publication day, the entry's
/// note says which day was taken and why ([I]). IM sets standards each year; a city
/// standard whose successor was not found ends on 31 December of its year rather than
/// being carried forward silently.
///
/// Every entry was transcribed from POLICY.md (which cites the original) on 2026-11-23;
/// that is its ``ParameterEntry/lastVerified`` day.
public enum InnerMongoliaBook {
    /// The layer name of the built-in book (``PolicyBook/Layer/builtInName``).
    public static let layerName = PolicyBook.Layer.builtInName

    /// The built-in book over the standard catalog.
    public static let book: PolicyBook = {
        var book = PolicyBook(catalog: .standard)
        do {
            try book.add(PolicyBook.Layer(name: layerName, title: "Inner Mongolia built-in book (POLICY.md [S] values)",
                                          entries: entries))
        } catch {
            preconditionFailure("the built-in book is invalid: \(error)")
        }
        return book
    }()

    private static let verified = day(2026, 11, 23)
    private static let imRegion = code(150000)
    private static let hohhot = code(150100)
    private static let baotou = code(150200)
    private static let xingan = code(152200)
    private static let qingdao = code(370200)
    private static let ulanhot = code(152201)
    private static let ordos = code(150600)

    /// The entries of the built-in book.
    public static let entries: [ParameterEntry] = national + region + cities + ordosCare + qingdaoUnion

    /// Ordos's care subsidy (S17, Ordos report of 2024-10-31): its own care tiers, whose
    /// amounts were not found, so the regional amount is masked; and the rural grade 3-4
    /// intellectual and mental extension, raised from 100 to 125 yuan.
    private static let ordosCare: [ParameterEntry] = [
        ParameterEntry(parameter: .disabilityCareSubsidy, jurisdiction: ordos, effective: day(2019, 1, 1), effectiveDayInferred: true,
                       value: .unknown, unit: .yuanPerPersonPerMonth, source: Citation(PolicyDocuments.s17Ordos),
                       status: .sourced, lastVerified: verified,
                       note: "Ordos pays the care subsidy in its own tiers (\"the other 7 tiers unchanged\"); their amounts were not found [U], so the regional 1,200 a year and 125 a month do not apply. Masked from the regional book's first day, 2019-01-01 [I]."),
        entry(.careSubsidyExtension, ordos, from: day(2024, 7, 1), .choice("yes"), .choice, Citation(PolicyDocuments.s17Ordos),
              note: "Rural grade 3-4 intellectual and mental disability in dibao households: the amount rose from 100 to 125, so the extension existed before; when it began is not in the source [U], so there is no value before the rise. The rise is taken from 2024-07-01, the regional rise [I]."),
        entry(.careSubsidyExtensionAmount, ordos, from: day(2024, 7, 1), .money(Money(yuan: 125)), .yuanPerPersonPerMonth,
              Citation(PolicyDocuments.s17Ordos),
              note: "Raised from 100 to 125 yuan a month; the day of the rise is taken as the regional rise, 2024-07-01 [I]. The 100-yuan value's start is not in the source [U]."),
    ]

    private static let national: [ParameterEntry] = [
        entry(.dibaoWorkRefusalLimit, .national, from: day(2014, 5, 1), .integer(3), .count,
              Citation(PolicyDocuments.s1, article: "第四十五条"),
              note: "S1 in force from 2014-05-01."),
        entry(.marginalIncomeMultiple, .national, from: day(2021, 7, 1), .rate(Rate(3, over: 2)), .ratio,
              Citation(PolicyDocuments.s2, article: "第八条"),
              note: "低于当地最低生活保障标准1.5倍; S2 in force from 2021-07-01."),
        entry(.excludesResidentBasicPension, .national, from: day(2021, 7, 1), ends: day(2025, 12, 31), .choice("yes"), .choice,
              Citation(PolicyDocuments.s2, article: "第十三条"),
              note: "\"十四五\"期间，中央确定的城乡居民基本养老保险基础养老金 is not counted: from S2's entry into force, 2021-07-01, to the end of the 14th Five-Year Plan, 2025-12-31. Whether the exclusion continues after 2025 was not found [U]."),
        entry(.excludesResidentPensionTopUp, .national, from: day(2021, 7, 1), .choice("no"), .choice,
              Citation(PolicyDocuments.s2, article: "第十三条"),
              note: "S2 art. 13 excludes only the centrally set basic pension; a local top-up counts unless a prefecture or higher government excludes it (art. 13(4))."),
        entry(.tekunElderlyAge, .national, from: day(2021, 7, 1), .integer(60), .years,
              Citation(PolicyDocuments.s3, article: "第五条"), note: "S3 in force from 2021-07-01."),
        entry(.tekunChildAge, .national, from: day(2021, 7, 1), .integer(16), .years,
              Citation(PolicyDocuments.s3, article: "第五条"), note: "S3 in force from 2021-07-01."),
        entry(.tekunMinorCoverageAge, .national, from: day(2020, 7, 31), .integer(18), .years,
              Citation(PolicyDocuments.s30),
              note: "Minors covered to 18: the MCA and MOF notice reported on 2020-07-31 (S30) raised the age from 16, and S5 (2020-08-25) item 5 confirms it. Effective day taken as the report's day, 2020-07-31 [I]."),
        entry(.dibaoGradualExitMaxMonths, .national, from: day(2022, 10, 20), .integer(6), .months,
              Citation(PolicyDocuments.s6, article: "一、（三）"),
              note: "可给予原则上不超过6个月的渐退期. In force from the notice's date, 2022-10-20 (as the stored text is dated)."),
        entry(.rigidValidityMonths, .national, from: day(2025, 1, 1), .integer(12), .months,
              Citation(PolicyDocuments.s4, article: "第十条"), note: "有效期一般不超过十二个月. S4 in force from 2025-01-01."),
        entry(.reviewDibaoStableMonths, .national, from: day(2021, 7, 1), .integer(12), .months,
              Citation(PolicyDocuments.s2, article: "第三十一条"), note: "每年核查一次. S2 in force from 2021-07-01."),
        entry(.reviewDibaoVariableMonths, .national, from: day(2021, 7, 1), .integer(6), .months,
              Citation(PolicyDocuments.s2, article: "第三十一条"), note: "每半年核查一次. S2 in force from 2021-07-01."),
        entry(.reviewAfterDeathMonths, .national, from: day(2022, 10, 20), .integer(3), .months,
              Citation(PolicyDocuments.s6, article: "一、（三）"),
              note: "应当自其死亡之日起3个月内对其家庭状况进行核查. In force from the notice's date, 2022-10-20."),
        entry(.unionFilingMonthsBelow, .national, from: day(2016, 1, 1), .integer(6), .months,
              Citation(PolicyDocuments.s23, article: "第1项"),
              note: "2016 filing standard; its day is not in the sources, 2016-01-01 is taken [I]."),
        entry(.unionFilingMarginalMultiple, .national, from: day(2016, 1, 1), .rate(Rate(3, over: 2)), .ratio,
              Citation(PolicyDocuments.s23, article: "第3项"),
              note: "2016 filing standard; its day is not in the sources, 2016-01-01 is taken [I]."),
        entry(.unionFilingSuddenEventMultiple, .national, from: day(2016, 1, 1), .rate(Rate(3, over: 1)), .ratio,
              Citation(PolicyDocuments.s23, article: "第4项"),
              note: "2016 filing standard; its day is not in the sources, 2016-01-01 is taken [I]."),
        entry(.unionReviewIntervalMonths, .national, from: day(2016, 1, 1), .integer(12), .months,
              Citation(PolicyDocuments.s23),
              note: "Files are reviewed yearly. 2016 filing standard; its day is not in the sources, 2016-01-01 is taken [I]."),
    ]

    private static let region: [ParameterEntry] = [
        entry(.marginalIncomeMultiple, imRegion, from: day(2024, 7, 12), .rate(Rate(3, over: 2)), .ratio,
              Citation(PolicyDocuments.s10),
              note: "IM 办法(试行) 2024, press summary of 2024-07-12; the effective day is taken as that day [I]."),
        entry(.rigidIMTotalRatio, imRegion, from: day(2024, 7, 12), .rate(.percent(70)), .ratio,
              Citation(PolicyDocuments.s10),
              note: "Rigid spending over 70% of household total income. Effective day taken as the press day [I]."),
        entry(.rigidIMMedicalAccidentRatio, imRegion, from: day(2024, 7, 12), .rate(.percent(60)), .ratio,
              Citation(PolicyDocuments.s10),
              note: "Medical plus accident spending over 60% of household total income. Effective day taken as the press day [I]."),
        entry(.disabilityLivingSubsidy, imRegion, from: day(2019, 1, 1), .money(Money(yuan: 100)), .yuanPerPersonPerMonth,
              Citation(PolicyDocuments.s17of2019),
              note: "2019 amounts reported 2019-01-08; effective day taken as 2019-01-01 [I]."),
        entry(.disabilityLivingSubsidy, imRegion, from: day(2024, 7, 1), .money(Money(yuan: 125)), .yuanPerPersonPerMonth,
              Citation(PolicyDocuments.s17), note: "Raised to 125 yuan from 2024-07-01."),
        entry(.disabilityCareSubsidy, imRegion, from: day(2019, 1, 1), .money(Money(yuan: 1200)), .yuanPerPersonPerYear,
              Citation(PolicyDocuments.s17of2019),
              note: "2019: 1,200 yuan a year; reported 2019-01-08, effective day taken as 2019-01-01 [I]."),
        entry(.disabilityCareSubsidy, imRegion, from: day(2024, 7, 1), .money(Money(yuan: 125)), .yuanPerPersonPerMonth,
              Citation(PolicyDocuments.s17), note: "Raised to 125 yuan a month from 2024-07-01."),
        entry(.priorYearDisposableIncome, imRegion, residence: .urban, from: day(2023, 1, 1), ends: day(2023, 12, 31),
              .money(Money(yuan: 46_295)), .yuanPerPersonPerYear, Citation(PolicyDocuments.s29),
              note: "IM 2022 urban per-capita disposable income, the prior-year figure during 2023. Region-wide: whether 当地 means the county is [U]."),
        entry(.priorYearDisposableIncome, imRegion, residence: .rural, from: day(2023, 1, 1), ends: day(2023, 12, 31),
              .money(Money(yuan: 19_641)), .yuanPerPersonPerYear, Citation(PolicyDocuments.s29),
              note: "IM 2022 rural per-capita disposable income, the prior-year figure during 2023. Region-wide: whether 当地 means the county is [U]."),
        entry(.unionMutualAidCap, imRegion, from: day(2020, 1, 1), .money(Money(yuan: 250_000)), .yuan,
              Citation(PolicyDocuments.s21),
              note: "The cap before the 2021 increase; its start day is not in the sources, the book starts it on 2020-01-01 [I]."),
        entry(.unionMutualAidCap, imRegion, from: day(2021, 5, 18), .money(Money(yuan: 500_000)), .yuan,
              Citation(PolicyDocuments.s21),
              note: "Raised to 500,000; effective day taken as the report's day, 2021-05-18 [I]."),
        entry(.mutualAidBand(1, "upper"), imRegion, from: day(2021, 5, 18), .money(Money(yuan: 10_000)), .yuan,
              Citation(PolicyDocuments.s21), note: "The first band: costs under 10,000 yuan. The other five bands were not found [U]."),
        entry(.mutualAidBand(1, "rate"), imRegion, from: day(2021, 5, 18), .rate(.percent(40)), .ratio,
              Citation(PolicyDocuments.s21), note: "Under 10,000 yuan: 30% raised to 40% (2021); effective day taken as the report's day [I]."),
    ]

    /// Qingdao's union tiers (S22): a locality outside Inner Mongolia, kept at its own code so
    /// that they never resolve for an IM household (POLICY.md 11 [S-loc]).
    private static let qingdaoUnion: [ParameterEntry] = [
        entry(.unionHardshipTiers, qingdao, from: day(2020, 1, 1), .choice("deep-relative-accident"), .choice, Citation(PolicyDocuments.s22),
              note: "Qingdao [S-loc] classifies hardship workers as 深度困难、相对困难、意外致困. Effective day not in the source; 2020-01-01 taken [I]."),
        entry(.unionDeepMultiple, qingdao, from: day(2020, 1, 1), .rate(.one), .ratio, Citation(PolicyDocuments.s22),
              note: "Qingdao [S-loc]: (disposable − rigid) / 12 / persons below the dibao standard. Effective day not in the source; 2020-01-01 taken [I]."),
        entry(.unionRelativeMultiple, qingdao, from: day(2020, 1, 1), .rate(.times(2)), .ratio, Citation(PolicyDocuments.s22),
              note: "Qingdao [S-loc]: below 2 × the dibao standard. Effective day not in the source; 2020-01-01 taken [I]."),
        entry(.unionAccidentCostShare, qingdao, from: day(2020, 1, 1), .rate(.percent(80)), .ratio, Citation(PolicyDocuments.s22),
              note: "Qingdao [S-loc]: hardship costs above 80% of annual household income. Effective day not in the source; 2020-01-01 taken [I]."),
    ]

    private static let cities: [ParameterEntry] = {
        let year2021 = "内政字〔2021〕25号 sets the 2021 standards; effective day taken as 2021-01-01 [I]; ended 2021-12-31 because the 2022 city value was not found (the 2022 figure in POLICY.md is a regional average)."
        let s32 = Citation(PolicyDocuments.s32)
        var list: [ParameterEntry] = []
        for (city, urbanDibao, ruralDibao, urbanTekun, ruralTekun, careFull, carePartial) in [
            (hohhot, 790, 6_900, 1_200, 8_976, 1_144, 496),
            (baotou, 750, 6_644, 1_695, 10_600, 1_144, 440),
        ] {
            list += [
                entry(.dibaoStandard, city, residence: .urban, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(urbanDibao))), .yuanPerPersonPerMonth, s32, note: year2021),
                entry(.dibaoStandard, city, residence: .rural, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(ruralDibao))), .yuanPerPersonPerYear, s32, note: year2021),
                entry(.tekunSupportStandard, city, residence: .urban, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(urbanTekun))), .yuanPerPersonPerMonth, s32, note: year2021),
                entry(.tekunSupportStandard, city, residence: .rural, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(ruralTekun))), .yuanPerPersonPerYear, s32, note: year2021),
                entry(.tekunCareFull, city, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(careFull))), .yuanPerPersonPerMonth, s32, note: year2021),
                entry(.tekunCarePartial, city, from: day(2021, 1, 1), ends: day(2021, 12, 31),
                      .money(Money(yuan: Int64(carePartial))), .yuanPerPersonPerMonth, s32, note: year2021),
            ]
        }
        let ulanhotNote = "Ulanhot 2024 standard (内政字〔2024〕131号, cited by the 2024-10-22 service guide). The source gives the year, not the day: effective day taken as 2024-01-01 [I]; ended 2024-12-31 because the 2025 value was not found."
        list += [
            entry(.dibaoStandard, ulanhot, residence: .urban, from: day(2024, 1, 1), ends: day(2024, 12, 31),
                  .money(Money(yuan: 829)), .yuanPerPersonPerMonth, Citation(PolicyDocuments.s11), note: ulanhotNote),
            entry(.dibaoStandard, ulanhot, residence: .rural, from: day(2024, 1, 1), ends: day(2024, 12, 31),
                  .money(Money(yuan: 625)), .yuanPerPersonPerMonth, Citation(PolicyDocuments.s11), note: ulanhotNote),
            entry(.xinganRigidSpendingThreshold, xingan, from: day(2023, 6, 29), .money(Money(yuan: 30_000)), .yuanPerYear,
                  Citation(PolicyDocuments.s15, article: "第三类"),
                  note: "12个月内医疗、教育等刚性支出超过3万元. Effective day taken as the bureau page's day, 2023-06-29 [I]."),
            entry(.xinganHouseholdSpendingThreshold, xingan, from: day(2023, 6, 29), .money(Money(yuan: 100_000)), .yuanPerYear,
                  Citation(PolicyDocuments.s15, article: "第一类"),
                  note: "Household spending over 100,000 yuan. Effective day taken as the bureau page's day, 2023-06-29 [I]."),
            entry(.excludesResidentPensionTopUp, xingan, from: day(2025, 5, 19), .choice("yes"), .choice,
                  Citation(PolicyDocuments.s16, article: "第十四条"),
                  note: "Xing'an excludes the IM top-up of the residents' pension with the central basic pension. S16 is the marginal household's 办法; the catalog applies it to every income test, as it does the employment cost (R case 9) [I]. Effective day taken as the publication day [I]."),
            entry(.employmentCostRate, xingan, from: day(2025, 5, 19), .rate(.percent(10)), .ratio,
                  Citation(PolicyDocuments.s16, article: "第十五条"),
                  note: "按其就业收入或当地最低工资标准的10%; the base is the separate parameter income.employment-cost.base [U]. Effective day taken as the publication day [I]."),
        ]
        return list
    }()

    // MARK: Helpers

    private static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day {
        guard let value = Day(year: year, month: month, day: dayOfMonth) else { preconditionFailure("valid day") }
        return value
    }

    private static func code(_ value: Int) -> AdministrativeDivisionCode {
        guard let code = AdministrativeDivisionCode(value) else { preconditionFailure("valid code") }
        return code
    }

    private static func entry(
        _ parameter: ParameterID, _ jurisdiction: AdministrativeDivisionCode, residence: Residence? = nil,
        from effective: Day, ends: Day? = nil, _ value: ParameterValue, _ unit: ParameterUnit,
        _ source: Citation, note: String
    ) -> ParameterEntry {
        ParameterEntry(parameter: parameter, jurisdiction: jurisdiction, residence: residence, effective: effective,
                       effectiveDayInferred: note.contains("[I]"), ends: ends, value: value, unit: unit, source: source, status: .sourced,
                       lastVerified: verified, note: note)
    }
}
