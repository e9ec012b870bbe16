/// A household's dibao history, for the gradual-exit period (渐退期, S2 art. 33; S6 1(3)).
public struct DibaoHistory: Sendable, Hashable {
    /// The day the household started receiving dibao, if known.
    public var receivingSince: Day?
    /// The day employment raised the household's income above the standard, if it did.
    public var employmentIncomeRoseOn: Day?

    /// Creates a history.
    public init(receivingSince: Day? = nil, employmentIncomeRoseOn: Day? = nil) {
        self.receivingSince = receivingSince
        self.employmentIncomeRoseOn = employmentIncomeRoseOn
    }
}

/// A temporary-aid grant already made to the household (临时救助记录), used for the "one grant
/// per cause per period" rule where a place configures it.
public struct TemporaryAidGrant: Sendable, Hashable {
    /// The cause: the kind of event, or `nil` for expenditure-type aid.
    public var cause: LifeEventKind?
    /// The day of the grant.
    public var day: Day
    /// The amount granted, if recorded.
    public var amount: Money?

    /// Creates a grant record.
    public init(cause: LifeEventKind?, day: Day, amount: Money? = nil) {
        self.cause = cause
        self.day = day
        self.amount = amount
    }
}

/// A trade-union hardship-worker record (工会困难职工档案) of one member: union membership,
/// the file's lifecycle, and the figures the union's tiers read (POLICY.md 11).
public struct UnionWorkerRecord: Sendable, Hashable {
    /// The member who is the worker.
    public var member: Member.ID
    /// Whether the worker is a union member (工会会员).
    public var isUnionMember: Bool
    /// Whether the worker is a migrant worker (农民工), who needs a year of employment to file.
    public var isMigrantWorker: Bool?
    /// Months of continuous employment, if recorded.
    public var employmentMonths: Int?
    /// The hardship file's status.
    public var fileStatus: UnionFileStatus
    /// The day the file was opened, if filed.
    public var filedOn: Day?
    /// The day of the last yearly review, if any.
    public var lastReviewedOn: Day?
    /// The household's annual disposable income (家庭年可支配收入), if assessed.
    public var annualDisposableIncome: Money?
    /// The household's hardship costs in the year from illness, schooling, disability or an
    /// accident (刚性支出), if assessed.
    public var annualHardshipCosts: Money?
    /// Consecutive months with per-capita income below the dibao standard, if recorded.
    public var monthsBelowDibaoStandard: Int?

    /// Creates a record.
    public init(member: Member.ID, isUnionMember: Bool, isMigrantWorker: Bool? = nil, employmentMonths: Int? = nil,
                fileStatus: UnionFileStatus, filedOn: Day? = nil, lastReviewedOn: Day? = nil,
                annualDisposableIncome: Money? = nil, annualHardshipCosts: Money? = nil, monthsBelowDibaoStandard: Int? = nil) {
        self.member = member
        self.isUnionMember = isUnionMember
        self.isMigrantWorker = isMigrantWorker
        self.employmentMonths = employmentMonths
        self.fileStatus = fileStatus
        self.filedOn = filedOn
        self.lastReviewedOn = lastReviewedOn
        self.annualDisposableIncome = annualDisposableIncome
        self.annualHardshipCosts = annualHardshipCosts
        self.monthsBelowDibaoStandard = monthsBelowDibaoStandard
    }
}

/// The status of a union hardship file.
public enum UnionFileStatus: String, Sendable, Hashable, CaseIterable {
    /// No file.
    case none
    /// Filed (建档).
    case filed
    /// Exited (解困脱档).
    case exited
}
