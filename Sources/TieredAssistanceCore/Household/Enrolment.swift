/// A status on record (已纳入): the civil-affairs system's record that a household or one
/// member is enrolled in a program (已纳入低保, 特困人员, 低保边缘家庭, 刚性支出困难家庭, …),
/// as opposed to a fresh determination (认定) of eligibility today.
///
/// Many texts speak of the recorded status, not of eligibility re-tested: "已被纳入城镇低保保障"
/// (Xing'an S15 category 3), 特困人员中的未成年人 (S3 art. 24), 最低生活保障家庭成员 (S1 art. 28).
/// Rules whose source names a status read these records; the tiers stay fresh tests, and
/// reconciliation compares the two (enrolled but not eligible now, eligible but not
/// enrolled, reviews due).
public struct Enrolment: Sendable, Hashable {
    /// The program the status belongs to, by its catalog id (`dibao`, `tekun`, …).
    public var program: ProgramID
    /// The member the status belongs to, for member statuses (特困人员, 单人保); `nil` for
    /// the household as a whole.
    public var member: Member.ID?
    /// The first day of the status (the approval's effective day).
    public var since: Day
    /// The last day of the status, if it has ended (停止、退出); `nil` while it continues.
    public var until: Day?
    /// The day of the last review (复核), if any.
    public var lastReviewedOn: Day?
    /// The last day a time-limited finding is valid (刚性支出困难认定 is valid at most 12
    /// months, S4 art. 10), if the finding has such a limit.
    public var validUntil: Day?

    /// Creates a record.
    public init(program: ProgramID, member: Member.ID? = nil, since: Day, until: Day? = nil,
                lastReviewedOn: Day? = nil, validUntil: Day? = nil) {
        self.program = program
        self.member = member
        self.since = since
        self.until = until
        self.lastReviewedOn = lastReviewedOn
        self.validUntil = validUntil
    }

    /// The last day the status is on record: the earlier of ``until`` and ``validUntil``;
    /// `nil` while it continues with no limit.
    public var lastDay: Day? {
        switch (until, validUntil) {
        case (let until?, let valid?): return min(until, valid)
        case (let until?, nil): return until
        case (nil, let valid?): return valid
        case (nil, nil): return nil
        }
    }

    /// Whether the status is on record on `day`: it started on or before the day, has not
    /// ended before it, and its finding (where time-limited) is still valid.
    public func isInForce(on day: Day) -> Bool {
        if since > day { return false }
        if let until, until < day { return false }
        if let validUntil, validUntil < day { return false }
        return true
    }
}

extension Household {
    /// The statuses of `program` on record on `day`: for the household (`member == nil`
    /// in the record) or for `member` when one is given; with `member` `nil`, every record
    /// of the program (household or any member). `nil` when the household carries no
    /// ``enrolments`` list (statuses not recorded, which is not the same as none).
    public func enrolments(in program: ProgramID, member: Member.ID? = nil, on day: Day) -> [Enrolment]? {
        guard let enrolments else { return nil }
        return enrolments.filter { record in
            guard record.program == program, record.isInForce(on: day) else { return false }
            guard let member else { return true }
            return record.member == nil || record.member == member
        }
    }
}
