import TieredAssistanceCore

extension CatalogChoice {
    /// Every reading the Inner Mongolia catalog takes where its sources are silent or
    /// ambiguous ([I]), each with the source's words. RULES.md lists them; a test checks that
    /// every rule, measure and amount whose note says [I] is carried by one of them.
    public static let innerMongolia: [CatalogChoice] = [
        CatalogChoice(
            id: "status-or-fresh-tier",
            choice: "Texts that name a status (低保家庭成员, 特困供养人员) hold for the tier determined now or a status on record (enrolments); without any statuses on record the fresh tier decides alone (an evaluation without records is read as an application, the status following the approval), and the explanation shows which branch held. Xing'an category 3 and S3 art. 24's continuation read the record only.",
            sourceWords: "下列人员可以申请相关医疗救助：(一)最低生活保障家庭成员；(二)特困供养人员",
            citations: [Citation(PolicyDocuments.s1, article: "第二十八条"), Citation(PolicyDocuments.s1, article: "第三十三条")],
            affects: ["medical-aid.eligibility", "education-aid.eligibility", "housing-aid.eligibility", "employment-aid.eligibility",
                      "disability.living-subsidy.eligibility", "disability.care-subsidy.eligibility.ordos", "union.filing.hardship"]),
        CatalogChoice(
            id: "employment-cost-scope",
            choice: "Xing'an's employment-cost deduction and its pension top-up exclusion, written in the marginal household's 办法, apply to every income test in Xing'an (dibao, 特困 own income, rigid expenditure), as POLICY.md's case 9 infers.",
            sourceWords: "按其就业收入或当地最低工资标准的10%",
            citations: [Citation(PolicyDocuments.s16, article: "第十四条"), Citation(PolicyDocuments.s16, article: "第十五条")],
            affects: ["income.counted-monthly", "income.employment-cost.rate", "income.excludes.resident-pension-top-up"]),
        CatalogChoice(
            id: "disability-subsidy-not-income",
            choice: "The two disability subsidies are not counted as income: they are government welfare payments.",
            sourceWords: "（二）政府发放的各类社会救助款物；…（四）设区的市级以上地方人民政府规定的其他收入",
            citations: [Citation(PolicyDocuments.s2, article: "第十三条")],
            affects: ["income.counted-monthly"]),
        CatalogChoice(
            id: "window-ends-on-evaluation-day",
            choice: "Every 12-month spending window ends on the evaluation day, which stands for the day of application when an application is assessed (the household record carries no application day).",
            sourceWords: "（四）提出申请前十二个月家庭刚性支出总额占家庭总收入比例超出当地规定",
            citations: [Citation(PolicyDocuments.s4, article: "第四条")],
            affects: ["rigid.spending-test", "rigid.spending-test.im", "xingan.defacto.category-1.hardship", "spending.total-12m",
                      "spending.rigid-12m.xingan"]),
        CatalogChoice(
            id: "xingan-rehabilitation",
            choice: "Xing'an category 3 counts disability rehabilitation as \"other rigid spending\" beside medical and education, and leaves out accident and living costs.",
            sourceWords: "12个月内医疗、教育等刚性支出超过3万元",
            citations: [Citation(PolicyDocuments.s15, article: "第三类")],
            affects: ["spending.rigid-12m.xingan", "xingan.defacto.category-3.rigid-spending"]),
        CatalogChoice(
            id: "im-rigid-without-living-costs",
            choice: "IM's rigid-expenditure test counts medical, education, rehabilitation and accident spending and not basic living costs, which the S10 summary does not list; the IM tier exists from 2023-01-01.",
            sourceWords: "超过70%…超过60% (press summary of S10; its list: medical, education, disability rehabilitation, accident)",
            citations: [Citation(PolicyDocuments.s10)],
            affects: ["spending.rigid-12m.im", "rigid.spending-test.im"]),
        CatalogChoice(
            id: "gradual-exit-ceiling",
            choice: "The gradual-exit program says whether a household may be granted the period (the county's discretion) up to its ceiling: eligible means within 6 months of the employment income rise, not that the county must grant it.",
            sourceWords: "县级人民政府民政部门可以给予一定时间的渐退期 (S2)；可给予原则上不超过6个月的渐退期 (S6)",
            citations: [Citation(PolicyDocuments.s2, article: "第三十三条"), Citation(PolicyDocuments.s6, article: "一、（三）")],
            affects: ["dibao.gradual-exit.eligibility", "dibao.gradual-exit.max-months"]),
        CatalogChoice(
            id: "work-refusal-share",
            choice: "A member who refused suitable work three times loses their own share, taken as the standard less income per person, and the share is always stopped rather than reduced.",
            sourceWords: "县级人民政府民政部门应当决定减发或者停发其本人的最低生活保障金",
            citations: [Citation(PolicyDocuments.s1, article: "第四十五条")],
            affects: ["dibao", "dibao.work-refusal.exclusion"]),
        CatalogChoice(
            id: "single-person-amount",
            choice: "A member included individually (单人保) is paid the difference between the standard and their own income, as a one-person household, and counts as a dibao recipient for the living subsidy.",
            sourceWords: "符合下列情形之一的人员，可以单独提出申请 (S2)；成年无业重度残疾人可以参照“单人户”提出低保申请 (S6)",
            citations: [Citation(PolicyDocuments.s2, article: "第八条"), Citation(PolicyDocuments.s6, article: "一、（一）")],
            affects: ["dibao.single-person", "disability.living-subsidy.eligibility"]),
        CatalogChoice(
            id: "retired-without-job",
            choice: "A retired member counts as without a job (无业) for the adult severely disabled person's individual inclusion; their pension counts as income.",
            sourceWords: "成年无业重度残疾人可以参照“单人户”提出低保申请",
            citations: [Citation(PolicyDocuments.s6, article: "一、（一）")],
            affects: ["member.without-job"]),
        CatalogChoice(
            id: "co-resident-obligors",
            choice: "Co-resident obligors are found from relationships to the applicant (spouse, adult children, parents) and judged from the household record: statuses on record, age, certificate, own counted income, and the household's asset finding for the low-income asset test.",
            sourceWords: "（三）70周岁以上的老年人，本人收入低于当地上年人均可支配收入，且其财产符合当地低收入家庭财产状况规定的",
            citations: [Citation(PolicyDocuments.s3, article: "第八条")],
            affects: ["member.obligors-unable"]),
        CatalogChoice(
            id: "temporary-aid-formula",
            choice: "Temporary aid is the dibao standard × persons × a number of months, capped per grant; expenditure-type aid uses the marginal household's asset rules and reads \"beyond capacity\" as 12 months of essential spending above a share of annual income.",
            sourceWords: "临时救助标准可与当地最低生活保障标准挂钩…对于重大生活困难，临时救助标准可采取一事一议方式 (2(3))；原则上其家庭人均可支配收入应低于当地上年度人均可支配收入，且家庭财产状况符合当地有关规定 (2(1))",
            citations: [Citation(PolicyDocuments.s7, article: "二、(一)"), Citation(PolicyDocuments.s7, article: "二、(三)")],
            affects: ["temporary.expenditure.assets", "temporary.expenditure.spending", "temporary.emergency", "temporary.expenditure"]),
        CatalogChoice(
            id: "education-aid-levels",
            choice: "Education aid refers every student of a tier household at any level for assessment: aid in compulsory education is mandatory, in senior high and higher education \"appropriate\", and disabled children who cannot attend compulsory school are not modelled.",
            sourceWords: "对在高中教育(含中等职业教育)、普通高等教育阶段就学的最低生活保障家庭成员、特困供养人员，以及不能入学接受义务教育的残疾儿童，根据实际情况给予适当教育救助",
            citations: [Citation(PolicyDocuments.s1, article: "第三十三条")],
            affects: ["education-aid.eligibility"]),
        CatalogChoice(
            id: "employment-aid-unemployed",
            choice: "Employment aid reads 处于失业状态 as unemployed or registered unemployed (students, homemakers and retired members are not), with no age band: the source gives none, and unemployment implies working age.",
            sourceWords: "国家对最低生活保障家庭中有劳动能力并处于失业状态的成员，通过贷款贴息、社会保险补贴、岗位补贴、培训补贴、费用减免、公益性岗位安置等办法，给予就业救助",
            citations: [Citation(PolicyDocuments.s1, article: "第四十二条")],
            affects: ["employment-aid.eligibility", "member.unemployed"]),
        CatalogChoice(
            id: "medical-aid-groups",
            choice: "Medical aid covers the four tiers and individual inclusion; 返贫致贫人口 and 因病致贫重病患者 outside them are not modelled.",
            sourceWords: "返贫致贫人口…因病致贫重病患者 (the tiers of 国办发〔2021〕42号 as local summaries list them)",
            citations: [Citation(PolicyDocuments.s19)],
            affects: ["medical-aid.eligibility"]),
        CatalogChoice(
            id: "union-filing-items",
            choice: "The union filing standard's item 2 (below the standard even after aid) reads as receiving dibao or 特困 support; item 3's \"slightly above\" reads as at most 1.5 × the standard (不高于), and 因学 as any member in school at any level.",
            sourceWords: "\"slightly above\" dibao (up to 1.5×) but in hardship from illness, schooling, disability, single parenthood (the 2016 standard as restated by local unions, POLICY.md 11)",
            citations: [Citation(PolicyDocuments.s23)],
            affects: ["union.filing.hardship"]),
        CatalogChoice(
            id: "union-mutual-aid",
            choice: "The union mutual-aid cap is a yearly cap per member, the bands pay their rates on the slice of costs within each band, the 250,000 cap runs from 2020-01-01, and the pre-2021 30% band is not encoded.",
            sourceWords: "最高达50万元 (Xing'an seed); maximum payout 250,000 → 500,000, bands 3 → 6, under 10,000: 30% → 40% (S21 reports, POLICY.md 11)",
            citations: [Citation(PolicyDocuments.s21)],
            affects: ["union.mutual-aid.cap"]),
        CatalogChoice(
            id: "old-age-bands",
            choice: "The old-age allowance follows the typical structure (a starting age to 89, 90 to 99, 100 and over, with proof of life); the band ages 90 and 100 are fixed and every amount is a parameter without a built-in value.",
            sourceWords: "高龄津贴（不计入特困人员收入）",
            citations: [Citation(PolicyDocuments.s3, article: "第六条"), Citation(PolicyDocuments.s33)],
            affects: ["old-age-allowance", "old-age-allowance.age"]),
        CatalogChoice(
            id: "asset-finding",
            choice: "An asset test uses the verification centre's finding for the tier when the household carries one dated on or before the evaluation day, the numeric limit from a policy file otherwise, and is undetermined without either; vehicle, housing and business disqualifiers are left to the finding.",
            sourceWords: "the household economic-status verification centre (居民家庭经济状况核对中心) … returns a finding (POLICY.md 1.3, from the 核对 procedure of S2)",
            citations: [Citation(PolicyDocuments.s2, article: "第十四条")],
            affects: ["assets.verified.dibao", "assets.verified.marginal", "assets.verified.rigid", "assets.verified.tekun"]),
        CatalogChoice(
            id: "inferred-effective-days",
            choice: "Where a source gives only a year or a publication day, a value takes effect on the first day of the year or the publication day; such entries are flagged [I] in the book, in `assist parameters`, and wherever a decision that used them is shown.",
            sourceWords: "内政字〔2024〕131号 (year only); press days for S10, S15, S16, S17",
            citations: [Citation(PolicyDocuments.s11), Citation(PolicyDocuments.s10)],
            affects: ["dibao.standard", "marginal.income-multiple"]),
    ]
}
