/// A dated expense of a household member (支出), such as an out-of-pocket hospital bill or a
/// term's tuition. Rules that count spending "within 12 months" select expenses by
/// ``day``.
public struct Expense: Sendable, Hashable {
    /// The member it was for, or `nil` for the household as a whole.
    public var member: Member.ID?
    /// The category, which decides which rules count it.
    public var category: ExpenseCategory
    /// The day it was paid (or the bill's settlement day).
    public var day: Day
    /// The amount paid by the household, net of insurance and assistance.
    public var amount: Money
    /// For education: the fee of the comparable public school (同类公办学校收费标准), which
    /// caps what counts as rigid spending (S4 art. 5), if known.
    public var comparablePublicSchoolFee: Money?

    /// Creates an expense record.
    public init(
        member: Member.ID?, category: ExpenseCategory, day: Day, amount: Money,
        comparablePublicSchoolFee: Money? = nil
    ) {
        self.member = member
        self.category = category
        self.day = day
        self.amount = amount
        self.comparablePublicSchoolFee = comparablePublicSchoolFee
    }
}

/// Categories of expense (S4 art. 5, 刚性支出).
public enum ExpenseCategory: String, Sendable, Hashable, CaseIterable {
    /// Medical out-of-pocket (医疗自付): paid by the person at designated providers after
    /// basic insurance, critical-illness insurance, medical aid and other insurance.
    case medical
    /// Education (教育): out-of-pocket childcare, tuition and dormitory fees.
    case education
    /// Disability rehabilitation and assistive devices (残疾康复), net of subsidies.
    case rehabilitation
    /// Costs caused by an accident (意外事件).
    case accident
    /// Basic living costs (基本生活支出).
    case living
}
