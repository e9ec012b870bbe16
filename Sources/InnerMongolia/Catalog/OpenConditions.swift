import TieredAssistanceCore

/// The conditions of each program's sources that the catalog does not test and leaves to the
/// caseworker (``OpenCondition``): findings it only reads, judgments, procedures, amounts decided
/// case by case (一事一议), and source conditions it does not model. An eligible or undetermined
/// determination lists its program's, so a 符合 never hides an unchecked condition. Quotes are
/// the sources' words as POLICY.md or the rules' own citations give them.
enum OpenConditions {
    /// The program with its open conditions attached.
    static func attach(_ program: Program) -> Program {
        Program(id: program.id, chineseTitle: program.chineseTitle, englishTitle: program.englishTitle, kind: program.kind,
                scope: program.scope, rules: program.rules, amount: program.amount, applicability: program.applicability,
                citations: program.citations, openConditions: byProgram[program.id.rawValue] ?? [])
    }

    private static func condition(_ chinese: String, _ english: String, _ document: PolicyDocument, _ article: String? = nil,
                             quote: String? = nil) -> OpenCondition {
        OpenCondition(Label(chinese, english), citation: Citation(document, article: article), quote: quote)
    }

    /// Both temporary-aid programs: amounts above the cap decided case by case.
    private static let caseByCaseAmount = condition("超过单次上限的重大生活困难，救助金额须一事一议确定",
                                                    "For major hardship above the cap, the amount is decided case by case",
                                                    PolicyDocuments.s7, "二、(三)", quote: "一事一议")

    /// The three Xing'an categories: the grant by level of hardship.
    private static let xinganGrantLevels = condition("救助金额按困难程度分档确定，须按当地分档标准",
                                                    "The cash grant depends on the level of hardship and must follow the local table of levels",
                                                    PolicyDocuments.s15)

    /// Union deep and relative hardship: the deductible hardship costs.
    private static let unionDeductibleCosts = condition("可扣除的刚性支出范围和金额须按当地工会规定核定",
                                                    "Which hardship costs may be deducted, and how much, must be set under the local union rules",
                                                    PolicyDocuments.s22)

    /// Union deep and relative hardship: a family that qualifies for a file.
    private static let unionFiledFamily = condition("须为符合建档条件的困难职工家庭，不属于排除情形（由工会审核）",
                                                    "The family must qualify for a hardship file and not fall under an exclusion (checked by the union)",
                                                    PolicyDocuments.s23)

    /// By program id.
    static let byProgram: [String: [OpenCondition]] = [
        "tekun": [
            condition("财产状况须经家庭经济状况核对确认符合特困人员财产规定；无核对结论时目录只核查人均金融资产，车辆、房产、经营性资产等须另行核实",
                      "Assets must be confirmed by the household economic-status verification as within the local 特困 asset rules; without a verification finding the catalog checks only financial assets per person, so vehicles, housing and business assets must be checked separately",
                      PolicyDocuments.s3, "第六条"),
            condition("逐一核实每位法定赡养、抚养、扶养义务人均属于无履行义务能力的规定情形（包括不在本户居住的义务人）；目录依据户内记录推定同住义务人",
                      "Check that every legal obligor (including those living elsewhere) falls in one of the listed situations of inability to support; the catalog infers co-resident obligors from the household record",
                      PolicyDocuments.s3, "第八条", quote: "无履行义务能力"),
            condition("未成年人同时符合孤儿或事实无人抚养儿童保障条件的，确认其选择的保障方式；选择孤儿或事实无人抚养儿童保障的不再认定为特困人员",
                      "For a minor who also qualifies as an orphan or a de-facto unsupported child, confirm which scheme is chosen; choosing that scheme rules out 特困 status",
                      PolicyDocuments.s3, "第九条"),
            condition("享有农村土地承包经营权的特困人员按农村标准供养，核实其土地承包经营权情况",
                      "A 特困 person with rural land-contract rights is supported at the rural rate: check those rights before applying the standard",
                      PolicyDocuments.s3, "第十九条"),
        ],
        "dibao": [
            condition("核实申请家庭具有当地户籍",
                      "Check that the household is registered (hukou) in the jurisdiction",
                      PolicyDocuments.s1, "第九条"),
            condition("按共同生活的家庭成员的规定确定家庭人口：配偶、未成年子女、不能独立生活的成年子女（含在校接受全日制本科及以下学历教育的）及长期共同居住的法定义务人，排除规定情形人员",
                      "Determine the household as the text defines family members living together: spouse, minor children, adult children unable to live independently (including full-time students up to bachelor level) and co-resident legal obligors, excluding the listed persons",
                      PolicyDocuments.s2, "第七条", quote: "共同生活的家庭成员"),
            condition("家庭收入须按自治区规定期限核算，并经家庭经济状况核对确认",
                      "Household income must be counted over the period the region sets and confirmed by the household economic-status verification",
                      PolicyDocuments.s2, "第十三条", quote: "规定期限"),
            condition("财产状况须经核对确认符合当地低保财产规定；无核对结论时目录只核查人均金融资产，车辆、房产、经营性资产等须另行核实",
                      "Assets must be confirmed as within the local dibao asset rules; without a verification finding the catalog checks only financial assets per person, so vehicles, housing and business assets must be checked separately",
                      PolicyDocuments.s2, "第十四条"),
        ],
        "marginal": [
            condition("按共同生活的家庭成员的规定确定家庭人口",
                      "Determine the household as the text defines family members living together (spouse, minor children, dependent adult children, co-resident legal obligors; listed persons excluded)",
                      PolicyDocuments.s2, "第七条", quote: "共同生活的家庭成员"),
            condition("家庭收入须按规定期限核算，并经家庭经济状况核对确认",
                      "Household income must be counted over the period the region sets and confirmed by the household economic-status verification",
                      PolicyDocuments.s2, "第十三条", quote: "规定期限"),
            condition("财产状况须经核对确认不属于自治区办法所列六种财产超标情形；无核对结论时目录只核查人均金融资产",
                      "Assets must be confirmed as not in any of the six asset-excess situations the Inner Mongolia measures list; without a verification finding the catalog checks only financial assets per person",
                      PolicyDocuments.s10),
        ],
        "rigid-expenditure": [
            condition("刚性支出统计期间须为提出申请前十二个月；目录按评估日前十二个月计算",
                      "Spending must be counted over the twelve months before the application; the catalog counts the twelve months up to the evaluation day",
                      PolicyDocuments.s4, "第四条", quote: "提出申请前十二个月家庭刚性支出总额占家庭总收入比例超出当地规定"),
            condition("医疗支出须为在定点医疗机构发生、扣除基本医保、大病保险、医疗救助及补充和商业保险后的个人自付部分，并有票据；康复支出须扣除补贴和保险",
                      "Medical spending must be out-of-pocket at designated providers after basic insurance, critical-illness insurance, medical aid and supplementary or commercial insurance, backed by receipts; rehabilitation must be net of subsidies and insurance",
                      PolicyDocuments.s4, "第五条"),
            condition("财产状况须经核对确认符合当地刚性支出困难家庭财产规定；无核对结论时目录只核查人均金融资产",
                      "Assets must be confirmed as within the local rigid-expenditure asset rules; without a verification finding the catalog checks only financial assets per person",
                      PolicyDocuments.s4, "第四条"),
            condition("核实是否符合当地规定的其他认定条件",
                      "Check any other conditions the local rules add",
                      PolicyDocuments.s4, "第四条"),
        ],
        "dibao.single-person": [
            condition("本人须单独提出申请",
                      "The person must apply individually",
                      PolicyDocuments.s2, "第八条", quote: "符合下列情形之一的人员，可以单独提出申请"),
            condition("本人财产须经核对确认符合低保财产规定；目录未核查本人财产",
                      "The person's own assets must be confirmed as within the dibao asset rules; the catalog does not check them",
                      PolicyDocuments.s2, "第八条"),
            condition("核实本人具有当地户籍",
                      "Check that the person is registered (hukou) in the jurisdiction",
                      PolicyDocuments.s1, "第九条"),
            condition("成年重度残疾人“无业”的认定须符合当地规定；目录将退休人员视为无业",
                      "Whether an adult severely disabled person counts as without a job must follow the local rule; the catalog treats retired people as without a job",
                      PolicyDocuments.s6, "一、（一）", quote: "成年无业重度残疾人可以参照“单人户”提出低保申请"),
        ],
        "dibao.increment": [
            condition("确认该成员纳入低保后生活仍有困难，需要采取必要措施给予增发",
                      "Confirm that the member still has hardship after dibao, which is what the increment (necessary measures) is for",
                      PolicyDocuments.s1, "第十二条第二款"),
        ],
        "dibao.gradual-exit": [
            condition("渐退期须由县级民政部门决定给予；目录的符合仅表示可以给予",
                      "The county civil-affairs bureau must decide to grant the gradual-exit period; the catalog's eligible only means it may be granted",
                      PolicyDocuments.s2, "第三十三条", quote: "县级人民政府民政部门可以给予一定时间的渐退期"),
            condition("渐退期长度（原则上不超过6个月）及期间是否全额发放按当地规定确定",
                      "The length of the period (in principle at most 6 months) and whether payment continues in full follow the local rule",
                      PolicyDocuments.s6, "一、（三）", quote: "原则上不超过6个月"),
        ],
        "dibao.work-refusal": [
            condition("核实拒绝的是介绍的适当工作，且拒绝无正当理由",
                      "Check that the refused jobs were suitable jobs offered to the member and that there was no good reason to refuse",
                      PolicyDocuments.s1, "第四十五条"),
            condition("减发还是停发本人低保金由县级民政部门决定；目录按全部停发计算",
                      "Whether the member's share is reduced or stopped is the county bureau's decision; the catalog always stops it",
                      PolicyDocuments.s1, "第四十五条", quote: "县级人民政府民政部门应当决定减发或者停发其本人的最低生活保障金"),
        ],
        "temporary.emergency": [
            condition("确认急难事件已导致基本生活暂时出现严重困难、需要立即救助",
                      "Confirm that the event left the household in serious temporary hardship needing immediate help",
                      PolicyDocuments.s7, "二、(一)"),
            condition("遭受自然灾害的，确认经灾害救助后基本生活仍有严重困难",
                      "For a natural disaster, confirm that the household remains in serious hardship after disaster relief",
                      PolicyDocuments.s1, "第四十七条"),
            caseByCaseAmount,
            condition("先行救助限于小额，事后须补齐审核审批手续",
                      "Payment first is for small amounts; the review and approval paperwork must be completed afterwards",
                      PolicyDocuments.s20, quote: "小金额先行救助"),
        ],
        "temporary.expenditure": [
            condition("确认教育、医疗等必需支出突然增加、超出家庭承受能力；目录以12个月支出占年收入的比例近似，该比例须符合当地标准",
                      "Confirm that essential education or medical spending rose suddenly beyond the household's capacity; the catalog approximates this by 12 months of spending above a share of annual income, which must follow the local standard",
                      PolicyDocuments.s7, "二、(一)"),
            condition("财产状况须符合当地临时救助的财产规定；目录借用低保边缘家庭财产规则",
                      "Assets must meet the local temporary-aid asset rules; the catalog borrows the marginal household's rules",
                      PolicyDocuments.s7, "二、(一)", quote: "且家庭财产状况符合当地有关规定"),
            condition("须履行申请、审核、审批的完整程序",
                      "The full application, review and approval procedure applies",
                      PolicyDocuments.s7),
            caseByCaseAmount,
        ],
        "medical-aid": [
            condition("救助费用须为政策范围内、经基本医保和大病保险报销后的个人自付部分",
                      "Aid applies only to in-scope costs left to the person after basic medical insurance and critical-illness insurance",
                      PolicyDocuments.s19),
            condition("刚性支出困难家庭成员须按当地规定认定为因病致贫重病患者",
                      "A member of a rigid-expenditure household must be recognised under the local rule as a seriously ill patient impoverished by illness",
                      PolicyDocuments.s19, quote: "因病致贫重病患者"),
            condition("低保边缘和刚性支出困难家庭成员按需给予，须经需求评估",
                      "Marginal and rigid-expenditure household members get aid according to need, which requires a need assessment",
                      PolicyDocuments.s10),
        ],
        "education-aid": [
            condition("高中（含中职）和高等教育阶段学生的救助须根据实际情况确定",
                      "Aid for students in senior high (including secondary vocational) and higher education is given as circumstances warrant",
                      PolicyDocuments.s1, "第三十三条", quote: "根据实际情况给予适当教育救助"),
            condition("低保边缘和刚性支出困难家庭学生按需给予，须经需求评估",
                      "Students of marginal and rigid-expenditure households get aid according to need, which requires a need assessment",
                      PolicyDocuments.s10),
        ],
        "housing-aid": [
            condition("住房困难认定须符合当地住房困难标准；目录只读取经办人记录的结论",
                      "The housing-hardship finding must follow the local housing-hardship standard; the catalog only reads the caseworker's recorded finding",
                      PolicyDocuments.s1, "第三十七条", quote: "符合规定标准的住房困难"),
            condition("低保边缘和刚性支出困难家庭按需给予，须经需求评估",
                      "Marginal and rigid-expenditure households get housing aid as needed, which requires a need assessment",
                      PolicyDocuments.s10),
            condition("按实际情况确定配租公共租赁住房、发放租赁补贴或农村危房改造等救助方式",
                      "Decide the form of aid: public rental housing, a rent subsidy, or rural dilapidated-house repair",
                      PolicyDocuments.s1, "第三十七条"),
        ],
        "employment-aid": [
            condition("劳动能力和失业状态的认定须符合当地规定；目录读取记录的劳动能力和就业状态",
                      "Work capacity and unemployment must be determined under the local rules; the catalog reads the recorded labour capacity and employment status",
                      PolicyDocuments.s1, "第四十二条", quote: "有劳动能力并处于失业状态的成员"),
        ],
        "xingan.defacto.category-1": [
            condition("资产收益无法改变困境的认定须符合当地标准；目录只读取经办人记录的结论",
                      "The finding that the return on the assets cannot change the situation must follow the local standard; the catalog only reads the caseworker's recorded finding",
                      PolicyDocuments.s15, "第一类"),
            condition("家庭支出超过10万元的支出范围和统计期间按当地规定确定；目录按评估日前12个月的全部记录支出计算",
                      "Which spending counts toward the 100,000-yuan threshold, and over what period, follows the local rule; the catalog counts every recorded expense in the 12 months up to the evaluation day",
                      PolicyDocuments.s15, "第一类"),
            xinganGrantLevels,
        ],
        "xingan.defacto.category-2": [
            condition("特殊遇困的认定须符合当地标准；目录只读取经办人记录的结论",
                      "The special-hardship finding must follow the local standard; the catalog only reads the caseworker's recorded finding",
                      PolicyDocuments.s15, "第二类", quote: "特殊遇困"),
            xinganGrantLevels,
        ],
        "xingan.defacto.category-3": [
            condition("计入的刚性支出范围（医疗、教育等）按当地规定确定；目录计入医疗、教育和残疾康复，不计意外和基本生活支出",
                      "Which rigid spending counts (medical, education and the like) follows the local rule; the catalog counts medical, education and disability rehabilitation, not accident or basic living costs",
                      PolicyDocuments.s15, "第三类", quote: "12个月内医疗、教育等刚性支出超过3万元"),
            xinganGrantLevels,
        ],
        "disability.living-subsidy": [
            condition("核实是否同时享受孤儿基本生活保障等，兼得与否按当地规定",
                      "Check whether the person also receives orphan support or similar; whether both may be paid follows the local rule",
                      PolicyDocuments.s18),
        ],
        "disability.care-subsidy": [
            condition("长期照护需求（6个月以上）须按规定评估认定；目录读取记录的评估结论",
                      "The need for long-term care (6 months or more) must be assessed under the rules; the catalog reads the recorded assessment",
                      PolicyDocuments.s18),
            condition("特困人员已享受照料护理费的，能否兼得护理补贴按当地规定",
                      "For a 特困 person already paid a care standard, whether the care subsidy is also paid follows the local rule",
                      PolicyDocuments.s18),
        ],
        "old-age-allowance": [
            condition("起始年龄段的津贴标准是否因低保、低保边缘或特困身份而不同，按当地规定",
                      "Whether the amount in the starting age band depends on dibao, marginal or 特困 status follows the local rule",
                      PolicyDocuments.s33),
        ],
        "union.filing": [
            condition("核实不属于排除情形：拥有两套以上住房、经营店铺或雇工、子女自费就读高收费私立学校或出国留学、经常使用私家车从事非工作活动等",
                      "Check the exclusions: two or more homes, a shop or employees, private high-fee or self-funded overseas schooling, regular non-work car use",
                      PolicyDocuments.s23),
            condition("因病、因学、因残等略高于低保标准的情形，部分地方另要求扣除相关支出后人均收入不高于低保标准",
                      "For hardship slightly above the standard from illness, schooling or disability, some local rules also require income per person after those costs to be at most the dibao standard",
                      PolicyDocuments.s23, "第3项"),
        ],
        "union.deep": [
            unionDeductibleCosts,
            unionFiledFamily,
            condition("医疗救助超过2万元须报省级审批，超过5万元须报全国总工会审批",
                      "Medical aid above 20,000 yuan needs provincial approval, above 50,000 national approval",
                      PolicyDocuments.s24),
        ],
        "union.relative": [
            unionDeductibleCosts,
            unionFiledFamily,
            condition("只能享受一项帮扶项目",
                      "Only one aid programme may be received",
                      PolicyDocuments.s24),
        ],
        "union.accident": [
            condition("确认职工或家庭成员在灾害、安全事故、公共卫生事件、社会安全事件中受伤、致残或死亡并因此致困；目录只核查事件发生",
                      "Confirm that the worker or a family member was injured, disabled or killed in the disaster, safety accident, epidemic or public-security event and that this caused the hardship; the catalog checks only that an event occurred",
                      PolicyDocuments.s22),
            condition("年度困难支出的范围须按当地工会规定核定",
                      "Which of the year's hardship costs count must be set under the local union rules",
                      PolicyDocuments.s22),
        ],
        "union.file-exit": [
            condition("脱档须经复核确认不再符合建档条件",
                      "Exit must follow a review confirming the household no longer qualifies",
                      PolicyDocuments.s23),
            condition("解困脱档后是否进入渐退期跟踪及其规则按当地工会规定",
                      "Whether an exited household is followed under a gradual-exit period, and its rules, follow the local union rules",
                      PolicyDocuments.s25, quote: "渐退期"),
        ],
    ]
}
