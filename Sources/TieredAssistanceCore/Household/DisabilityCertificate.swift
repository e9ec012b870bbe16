/// A disability certificate (残疾人证) under GB/T 26341-2010: a category, a grade from 1
/// (most severe, 一级) to 4 (四级), and the day it was certified.
public struct DisabilityCertificate: Sendable, Hashable {
    /// The category (残疾类别).
    public var category: DisabilityCategory
    /// The grade (残疾等级), 1...4.
    public var grade: DisabilityGrade
    /// The day the certificate was issued or last re-assessed (评定日期), if known.
    public var certifiedOn: Day?

    /// Creates a certificate.
    public init(category: DisabilityCategory, grade: DisabilityGrade, certifiedOn: Day? = nil) {
        self.category = category
        self.grade = grade
        self.certifiedOn = certifiedOn
    }

    /// Whether this is a severe disability (重度残疾, 重残) in the working definition of
    /// POLICY.md 2: grade 1 or 2 of any category, or grade 3 intellectual or mental.
    public var isSevere: Bool {
        grade.rawValue <= 2 || (grade == .three && (category == .intellectual || category == .mental))
    }

    /// Whether S3 art. 5 lists this disability as no capacity to work (无劳动能力) for 特困:
    /// intellectual or mental grades 1-3, physical (or multiple) grades 1-2, visual grade 1.
    /// Hearing, speech and grade-2 visual are not listed.
    public var isListedForTekun: Bool {
        switch category {
        case .intellectual, .mental: return grade.rawValue <= 3
        case .physical, .multiple: return grade.rawValue <= 2
        case .visual: return grade == .one
        case .hearing, .speech: return false
        }
    }

    /// Whether the certificate is in force on `day`: certified on or before it, or with no
    /// certified day recorded.
    public func isInForce(on day: Day) -> Bool {
        (certifiedOn ?? day) <= day
    }
}

/// A disability category (残疾类别).
public enum DisabilityCategory: String, Sendable, Hashable, CaseIterable {
    /// Visual (视力残疾).
    case visual
    /// Hearing (听力残疾).
    case hearing
    /// Speech (言语残疾).
    case speech
    /// Physical (肢体残疾).
    case physical
    /// Intellectual (智力残疾).
    case intellectual
    /// Mental (精神残疾).
    case mental
    /// Multiple (多重残疾), graded by its most severe component.
    case multiple

    /// The Chinese name, for example 视力.
    public var chineseName: String {
        switch self {
        case .visual: return "视力"
        case .hearing: return "听力"
        case .speech: return "言语"
        case .physical: return "肢体"
        case .intellectual: return "智力"
        case .mental: return "精神"
        case .multiple: return "多重"
        }
    }
}

/// A disability grade (残疾等级): 1 is the most severe (一级), 4 the least (四级).
public enum DisabilityGrade: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// Grade 1 (一级), the most severe.
    case one = 1
    /// Grade 2 (二级).
    case two = 2
    /// Grade 3 (三级).
    case three = 3
    /// Grade 4 (四级), the least severe.
    case four = 4

    public static func < (lhs: DisabilityGrade, rhs: DisabilityGrade) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
