/// A member of a household (家庭成员), with the facts the rules read about a person.
///
/// ``name`` and ``residentID`` are personal data and optional; they are only ever shown
/// masked. Facts a rule may need but the data source did not give are `nil`, never a
/// guessed default.
public struct Member: Sendable, Hashable {
    /// A member identifier, stable across snapshots of the household.
    public typealias ID = Identifier<Member>

    /// The member's identifier, unique within the household.
    public var id: ID
    /// The name (姓名), personal data.
    public var name: PersonName?
    /// The resident ID number (公民身份号码), personal data, checked with GB 11643.
    public var residentID: ResidentIDNumber?
    /// The relationship to the applicant (与申请人关系).
    public var relationship: Relationship
    /// The birth date (出生日期).
    public var birthDate: Day
    /// Labour capacity (劳动能力) as assessed, if known.
    public var labourCapacity: LabourCapacity?
    /// Employment status (就业状况), if known.
    public var employment: EmploymentStatus?
    /// The schooling level the member is enrolled in now (在读学段): ``SchoolingLevel/notInSchool``
    /// when not in school, `nil` when not recorded.
    public var schooling: SchoolingLevel?
    /// The disability certificate (残疾人证), if the member holds one.
    public var disability: DisabilityCertificate?
    /// A major illness (重特大疾病) recognised by the health authority, if any.
    public var majorIllness: MajorIllness?
    /// How many of the six activities of daily living (日常生活活动: eating, dressing,
    /// getting in and out of bed, toilet, walking indoors, bathing) the member cannot do,
    /// 0...6, if assessed. Sets the 特困 care level.
    public var dailyLivingActivitiesUnable: Int?
    /// Whether the member needs long-term care (长期照护, 6 months or more), if assessed.
    public var needsLongTermCare: Bool?
    /// Consecutive refusals of suitable jobs without good reason (无正当理由连续拒绝), if
    /// recorded. Three or more excludes the member's own share of dibao (S1 art. 45).
    public var consecutiveJobRefusals: Int?
    /// The member's occupation, if recorded (for campaigns such as 送温暖 that reach outdoor
    /// workers).
    public var occupation: Occupation?
    /// The day of the member's last proof-of-life certification (生存认证), which keeps the
    /// old-age allowance paid, if recorded.
    public var proofOfLifeOn: Day?
    /// Where a 特困 person is supported (供养方式, S1 art. 19: 集中 or 分散), if recorded.
    /// Housing aid goes to 特困 persons supported at home (分散供养, S1 art. 37).
    public var supportSetting: SupportSetting?

    /// Creates a member.
    public init(
        id: ID,
        name: PersonName? = nil,
        residentID: ResidentIDNumber? = nil,
        relationship: Relationship,
        birthDate: Day,
        labourCapacity: LabourCapacity? = nil,
        employment: EmploymentStatus? = nil,
        schooling: SchoolingLevel? = nil,
        disability: DisabilityCertificate? = nil,
        majorIllness: MajorIllness? = nil,
        dailyLivingActivitiesUnable: Int? = nil,
        needsLongTermCare: Bool? = nil,
        consecutiveJobRefusals: Int? = nil,
        proofOfLifeOn: Day? = nil,
        occupation: Occupation? = nil,
        supportSetting: SupportSetting? = nil
    ) {
        self.id = id
        self.name = name
        self.residentID = residentID
        self.relationship = relationship
        self.birthDate = birthDate
        self.labourCapacity = labourCapacity
        self.employment = employment
        self.schooling = schooling
        self.disability = disability
        self.majorIllness = majorIllness
        self.dailyLivingActivitiesUnable = dailyLivingActivitiesUnable
        self.needsLongTermCare = needsLongTermCare
        self.consecutiveJobRefusals = consecutiveJobRefusals
        self.proofOfLifeOn = proofOfLifeOn
        self.occupation = occupation
        self.supportSetting = supportSetting
    }

    /// The member's age in completed years (周岁) on `day`.
    public func age(on day: Day) -> Int {
        birthDate.age(on: day)
    }
}

/// Where a 特困 person is supported (供养方式, S1 art. 19), chosen by the person.
public enum SupportSetting: String, Sendable, Hashable, CaseIterable {
    /// At home (分散供养).
    case atHome = "at-home"
    /// In a care institution (集中供养).
    case institution
}

/// The relationship of a member to the applicant (与申请人关系).
public enum Relationship: String, Sendable, Hashable, CaseIterable {
    /// The applicant (申请人) themself.
    case applicant
    /// Spouse (配偶).
    case spouse
    /// Child (子女), including adopted and step-children being raised.
    case child
    /// Parent (父母).
    case parent
    /// Grandchild (孙子女、外孙子女).
    case grandchild
    /// Grandparent (祖父母、外祖父母).
    case grandparent
    /// Sibling (兄弟姐妹).
    case sibling
    /// Child's spouse (儿媳、女婿).
    case childInLaw = "child-in-law"
    /// Another person with a legal duty of support living together long-term (其他).
    case other
}

/// Labour capacity (劳动能力).
public enum LabourCapacity: String, Sendable, Hashable, CaseIterable {
    /// Able to work (有劳动能力).
    case full
    /// Partly able to work (部分丧失劳动能力).
    case partial
    /// Unable to work (无劳动能力), written `"none"` in the household format. Not named
    /// `none`, so that it can never be confused with `nil` ("not assessed").
    case unable = "none"
}

/// Employment status (就业状况).
public enum EmploymentStatus: String, Sendable, Hashable, CaseIterable {
    /// Employed by an employer (受雇就业).
    case employed
    /// Self-employed or running a business (自主经营).
    case selfEmployed = "self-employed"
    /// Flexible or casual employment (灵活就业).
    case flexible
    /// Registered unemployed (登记失业).
    case registeredUnemployed = "registered-unemployed"
    /// Without work and not registered (未就业).
    case unemployed
    /// Retired (退休).
    case retired
    /// Not in the labour force: child, student, homemaker (非劳动年龄或不在劳动力).
    case notInLabourForce = "not-in-labour-force"
}

/// The schooling level a member is enrolled in (在读学段). Full-time study up to bachelor
/// level keeps an adult child in the household (S2 art. 7).
public enum SchoolingLevel: String, Sendable, Hashable, CaseIterable {
    /// Not in school (未在读), written `"none"` in the household format. Not named `none`,
    /// so that it can never be confused with `nil` ("not recorded").
    case notInSchool = "none"
    /// Kindergarten or childcare (学前教育).
    case preschool
    /// Primary school (小学).
    case primary
    /// Junior secondary school (初中).
    case juniorSecondary = "junior-secondary"
    /// Senior high school (普通高中).
    case seniorSecondary = "senior-secondary"
    /// Secondary vocational school (中等职业教育).
    case secondaryVocational = "secondary-vocational"
    /// Higher vocational college (高职、专科).
    case college
    /// Bachelor's degree (本科).
    case bachelor
    /// Postgraduate study (研究生).
    case postgraduate

    /// Whether this is compulsory or upper-secondary schooling (义务教育或高中阶段), which
    /// extends 特困 minor coverage beyond 18 (S3 art. 24 note).
    public var isCompulsoryOrUpperSecondary: Bool {
        switch self {
        case .primary, .juniorSecondary, .seniorSecondary, .secondaryVocational: return true
        case .notInSchool, .preschool, .college, .bachelor, .postgraduate: return false
        }
    }

    /// Whether this is a level from preschool to bachelor (学前至本科), the range whose fees
    /// count as rigid education spending (S4 art. 5).
    public var isPreschoolToBachelor: Bool {
        self != .notInSchool && self != .postgraduate
    }
}

/// A major illness (重特大疾病) recognised by the local health authority.
///
/// The diagnosis is personal health data: it is kept for the caseworker's file and never
/// printed by the library.
public struct MajorIllness: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The day the illness was recognised, if known.
    public var recognisedOn: Day?
    /// The diagnosis text, personal data, never printed: ``description``, string
    /// interpolation, ``debugDescription`` and `dump` show only whether one is recorded.
    public var diagnosis: String?

    /// Creates a major-illness record.
    public init(recognisedOn: Day? = nil, diagnosis: String? = nil) {
        self.recognisedOn = recognisedOn
        self.diagnosis = diagnosis
    }

    /// `major illness recognised 2024-01-01, diagnosis withheld`: never the diagnosis.
    public var description: String {
        "major illness recognised \(recognisedOn?.description ?? "on an unknown day")"
            + (diagnosis == nil ? "" : ", diagnosis withheld")
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without the diagnosis, so `dump` and debuggers do not show it.
    public var customMirror: Mirror {
        Mirror(self, children: ["recognisedOn": recognisedOn as Any, "diagnosis": diagnosis == nil ? "none" : "withheld"])
    }
}

/// An occupation group (职业), recorded where campaigns need it.
public enum Occupation: String, Sendable, Hashable, CaseIterable {
    /// Sanitation worker (环卫工人), an outdoor worker.
    case sanitation
    /// Courier or food-delivery rider (快递员、外卖骑手), an outdoor worker.
    case delivery
    /// Construction worker (建筑工人), an outdoor worker.
    case construction
    /// Factory or manufacturing worker (制造业工人).
    case manufacturing
    /// Service worker (服务业).
    case services
    /// Farmer or herder (农牧民).
    case agriculture
    /// Other (其他).
    case other

    /// Whether the work is mainly outdoors (户外劳动者).
    public var isOutdoor: Bool {
        self == .sanitation || self == .delivery || self == .construction
    }
}
