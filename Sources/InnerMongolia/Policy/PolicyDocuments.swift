import TieredAssistanceCore

/// The documents of POLICY.md's source table (S1-S33) that the built-in rules and values
/// cite. Document numbers POLICY.md marks as inferred ([I]) say so in
/// ``PolicyDocument/number``. A publication day is given only where the source shows it
/// (in its address or text); otherwise it is `nil`.
public enum PolicyDocuments {
    /// S1: 社会救助暂行办法 (State Council Decree 649, 2014, revised 2019).
    public static let s1 = PolicyDocument(
        key: "S1", title: "社会救助暂行办法", issuer: "国务院", number: "国务院令第649号",
        published: Day(year: 2014, month: 2, day: 21))
    /// S2: 最低生活保障审核确认办法 (MCA, 民发〔2021〕57号, in force 2021-07-01).
    public static let s2 = PolicyDocument(
        key: "S2", title: "最低生活保障审核确认办法", issuer: "民政部", number: "民发〔2021〕57号")
    /// S3: 特困人员认定办法 (MCA 2021, in force 2021-07-01; number inferred).
    public static let s3 = PolicyDocument(
        key: "S3", title: "特困人员认定办法", issuer: "民政部", number: "民发〔2021〕43号 [I]")
    /// S4: 刚性支出困难家庭认定办法 (MCA, 民发〔2024〕57号, in force 2025-01-01).
    public static let s4 = PolicyDocument(
        key: "S4", title: "刚性支出困难家庭认定办法", issuer: "民政部", number: "民发〔2024〕57号",
        published: Day(year: 2024, month: 10, day: 24),
        url: "http://www.auxus.cn/kpszfw/zwgk/zdlyxxgkzl/mzxxgk/jzfl/content/post_3192835.html")
    /// S5: 关于改革完善社会救助制度的意见 (2020).
    public static let s5 = PolicyDocument(
        key: "S5", title: "关于改革完善社会救助制度的意见", issuer: "中共中央办公厅 国务院办公厅",
        published: Day(year: 2020, month: 8, day: 25))
    /// S6: 关于进一步做好最低生活保障等社会救助兜底保障工作的通知 (dated 2022-10-20 in the
    /// stored text; number inferred).
    public static let s6 = PolicyDocument(
        key: "S6", title: "关于进一步做好最低生活保障等社会救助兜底保障工作的通知",
        issuer: "民政部 中央农办 财政部 国家乡村振兴局", number: "民发〔2022〕83号 [I]",
        published: Day(year: 2022, month: 10, day: 20))
    /// S7: 关于进一步加强和改进临时救助工作的意见 (MCA and MOF, 2018-01-23).
    public static let s7 = PolicyDocument(
        key: "S7", title: "关于进一步加强和改进临时救助工作的意见", issuer: "民政部 财政部",
        published: Day(year: 2018, month: 1, day: 23))
    /// S8: 国办发〔2023〕39号, low-income monitoring and tiered assistance (summary).
    public static let s8 = PolicyDocument(
        key: "S8", title: "关于加强低收入人口动态监测做好分层分类社会救助工作的意见", issuer: "国务院办公厅",
        number: "国办发〔2023〕39号", url: "https://czcf.com/news/20620.html")
    /// S9: IM measures on low-income monitoring and tiered assistance (2024-01-17).
    public static let s9 = PolicyDocument(
        key: "S9", title: "内蒙古自治区关于加强低收入人口动态监测做好分层分类社会救助工作的具体措施", issuer: "内蒙古自治区民政厅等10部门",
        published: Day(year: 2024, month: 1, day: 17),
        url: "http://www.xinchengqu.gov.cn/jczwgk/shjz/ssqk_66398/202404/t20240424_1690688.html")
    /// S10: IM 低保边缘家庭和刚性支出困难家庭认定办法(试行) (IM 民政厅, 2024), press summary.
    public static let s10 = PolicyDocument(
        key: "S10", title: "内蒙古自治区低保边缘家庭和刚性支出困难家庭认定办法(试行)", issuer: "内蒙古自治区民政厅",
        published: Day(year: 2024, month: 7, day: 12),
        url: "http://szb.nmgnews.com.cn/bfxb/html/2024-07/12/content_47854_237071.htm")
    /// S11: Ulanhot 2024 service guide, citing 内政字〔2024〕131号.
    public static let s11 = PolicyDocument(
        key: "S11", title: "乌兰浩特市最低生活保障办事指南(引内政字〔2024〕131号)", issuer: "乌兰浩特市人民政府",
        number: "内政字〔2024〕131号", published: Day(year: 2024, month: 10, day: 22),
        url: "http://wlht.gov.cn/wlht/2024-10/22/article_2024102208482515700.html")
    /// S15: Xing'an League 城镇事实困难人员, MCA bureau page, 2023-06-29.
    public static let s15 = PolicyDocument(
        key: "S15", title: "兴安盟城镇事实困难人员认定", issuer: "兴安盟民政局",
        published: Day(year: 2023, month: 6, day: 29),
        url: "http://mzj.xam.gov.cn/mzj/1019465/1019493/1019458/5626520/index.html")
    /// S16: 兴安盟低保边缘家庭认定办法(试行), 2025-05-19.
    public static let s16 = PolicyDocument(
        key: "S16", title: "兴安盟低保边缘家庭认定办法(试行)", issuer: "兴安盟民政局",
        published: Day(year: 2025, month: 5, day: 19),
        url: "http://mzj.xam.gov.cn/mzj/2025-05/19/article_2025051911204038677.html")
    /// S17: IM two disability subsidies raised to 125 yuan from 2024-07-01 (with the 2019 figures).
    public static let s17 = PolicyDocument(
        key: "S17", title: "内蒙古残疾人两项补贴标准提高(人民网报道)", issuer: "内蒙古自治区民政厅 残联",
        published: Day(year: 2024, month: 8, day: 7),
        url: "http://nm.people.com.cn/BIG5/n2/2024/0807/c196667-40936635.html")
    /// S17 (2019 report): the 2019 subsidy amounts.
    public static let s17of2019 = PolicyDocument(
        key: "S17-2019", title: "内蒙古残疾人两项补贴标准(2019年报道)", issuer: "内蒙古自治区民政厅 残联",
        published: Day(year: 2019, month: 1, day: 8),
        url: "http://szb.nmgsb.com.cn/content/2019-01/08/007338.html")
    /// S17 (Ordos report): Ordos raises the living subsidy and its rural grade 3-4
    /// intellectual and mental care subsidy from 100 to 125 yuan; its other care tiers unchanged.
    public static let s17Ordos = PolicyDocument(
        key: "S17-Ordos", title: "鄂尔多斯市残疾人两项补贴标准提高(鄂尔多斯日报报道)", issuer: "鄂尔多斯市民政局 残联",
        published: Day(year: 2024, month: 10, day: 31),
        url: "https://nxw.org.cn/paper/ordosnews/rbpaper/pc/content/202410/31/content_120496.html")
    /// S18: 国发〔2015〕52号, the two disability subsidies.
    public static let s18 = PolicyDocument(
        key: "S18", title: "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", issuer: "国务院",
        number: "国发〔2015〕52号", published: Day(year: 2015, month: 9, day: 22))
    /// S19: 国办发〔2021〕42号 medical assistance (local summaries).
    public static let s19 = PolicyDocument(
        key: "S19", title: "关于健全重特大疾病医疗保险和救助制度的意见", issuer: "国务院办公厅", number: "国办发〔2021〕42号",
        url: "http://shadafang.com/a/202312/5640900.html")
    /// S20: IM 先行救助 for emergency temporary aid (2018).
    public static let s20 = PolicyDocument(
        key: "S20", title: "内蒙古急难型临时救助先行救助(报道)", issuer: "内蒙古自治区民政厅",
        published: Day(year: 2018, month: 10, day: 15), url: "http://health.people.com.cn/n1/2018/1015/c14739-30341425.html")
    /// S21: IM union medical mutual aid (职工医疗互助).
    public static let s21 = PolicyDocument(
        key: "S21", title: "内蒙古职工医疗互助保障(报道)", issuer: "内蒙古自治区总工会",
        published: Day(year: 2021, month: 5, day: 18),
        url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-05/18/content_5607916.htm")
    /// S22: union hardship tiers as implemented by Qingdao [S-loc].
    public static let s22 = PolicyDocument(
        key: "S22", title: "青岛市困难职工帮扶(深度困难、相对困难、意外致困)", issuer: "青岛市总工会", url: "http://www.isunte.cn/p/226478.html")
    /// S24: union aid amounts by tier [S-loc, province unknown].
    public static let s24 = PolicyDocument(
        key: "S24", title: "困难职工帮扶标准(省份不详)", issuer: "地方总工会", url: "http://hfno1.cn/ChuZhong/3088.html")
    /// S23: ACFTU 困难职工档案管理办法 (总工办发〔2016〕36号).
    public static let s23 = PolicyDocument(
        key: "S23", title: "困难职工档案管理办法", issuer: "中华全国总工会办公厅", number: "总工办发〔2016〕36号")
    /// S25: IM unions: 2023 funding and monitoring; 2021 end of the 解困脱困 drive.
    public static let s25 = PolicyDocument(
        key: "S25", title: "内蒙古工会困难职工帮扶与解困脱困(报道)", issuer: "内蒙古自治区总工会",
        url: "http://tyjgjz.com/cn/Instant/local/202310/t20231009_7497079.html")
    /// S26: IM data-driven alert case (Xilingol, 2025).
    public static let s26 = PolicyDocument(
        key: "S26", title: "锡林郭勒盟大数据预警主动救助案例(报道)", issuer: "网易新闻", url: "https://m.163.com/local/article/KJVC6I6T0550TYQ0.html")
    /// S27: medical-insurance to civil-affairs push thresholds [S-loc].
    public static let s27 = PolicyDocument(
        key: "S27", title: "医保部门向民政部门推送高额医疗费用信息(外省)", issuer: "地方医疗保障局", url: "http://ugaw.cn/mrwzrczsz/rczssdjre")
    /// S29: IM 2022 per-capita disposable income (IM Yearbook 2023).
    public static let s29 = PolicyDocument(
        key: "S29", title: "内蒙古年鉴2023(社会生活:居民人均可支配收入)", issuer: "内蒙古自治区人民政府",
        url: "https://nmgqq.com.cn/shuzishizhi/nianjian/neimengguniajian/2023juan/shehuishenghuo/2024-11-20/429984.html")
    /// S30: MCA and MOF 2020 notice (单人户; 特困 age for minors 16→18).
    public static let s30 = PolicyDocument(
        key: "S30", title: "关于进一步做好困难群众基本生活保障工作的通知(报道)", issuer: "民政部 财政部",
        published: Day(year: 2020, month: 7, day: 31),
        url: "https://peopleweekly.cn/html/2020/jiankang_0731/38256.html")
    /// S33: Heilongjiang (Linkou county) implementation analogue — not IM.
    public static let s33 = PolicyDocument(
        key: "S33", title: "林口县社会救助标准配置(实现参考，非内蒙古)", issuer: "GitHub xingjianya-86/NewCosmos",
        url: "https://github.com/xingjianya-86/NewCosmos")
    /// S32: IM 2021 city standards (内政字〔2021〕25号).
    public static let s32 = PolicyDocument(
        key: "S32", title: "内蒙古自治区2021年城乡低保和特困人员救助供养标准", issuer: "内蒙古自治区人民政府",
        number: "内政字〔2021〕25号",
        url: "https://www.nongjiao.com/news/read-9960.html")

    /// Every built-in document, keyed by ``PolicyDocument/key``.
    public static let all: [PolicyDocument] = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s15, s16, s17, s17of2019, s17Ordos, s18,
                                               s19, s20, s21, s22, s23, s24, s25, s26, s27, s29, s30, s32, s33]
}
