import TieredAssistanceCore

/// Statuses on record (已纳入, ``Household/enrolments``): what the civil-affairs system has
/// recorded, read by the rules whose source names a status rather than a fresh
/// determination.
enum EnrolmentMeasures {
    /// The tiers whose statuses the catalog reads, with their Chinese names.
    static let tiers: [(program: ProgramID, chinese: String, english: String)] = [
        (.tekun, "特困人员", "特困"), (.dibao, "低保", "dibao"), (.marginal, "低保边缘家庭", "marginal"),
        (.rigidExpenditure, "刚性支出困难家庭", "rigid-expenditure"),
    ]

    /// Why a rule needs the statuses on record.
    static let notRecorded = Label("已纳入救助的状态未记录", "statuses on record were not given")
    /// What a measure of the statuses on record lacks when they were not given (made once:
    /// measures run for every member of every household).
    static let notRecordedItem = MissingItem.field("enrolments", reason: notRecorded)
    /// The outcome of a measure of the statuses on record when they were not given.
    static let notRecordedOutcome = MeasureOutcome.missing([notRecordedItem])

    static let recorded = Measure(
        id: MeasureID("household.enrolments-recorded"), chineseTitle: "已记录救助对象身份", englishTitle: "statuses on record were given",
        scope: .household, unit: .flag,
        definition: "Whether the household record carries its statuses on record (enrolments), even an empty list (none on record)."
    ) { context in
        .value(.flag(context.household.enrolments != nil))
    }

    /// The measure id of a household's status in `program`.
    static func householdID(_ program: ProgramID) -> MeasureID { MeasureID("household.enrolled.\(program.rawValue)") }

    /// The measure id of a member's status in `program`.
    static func memberID(_ program: ProgramID) -> MeasureID { MeasureID("member.enrolled.\(program.rawValue)") }

    static let household: [Measure] = tiers.map { tier in
        Measure(
            id: householdID(tier.program), chineseTitle: "已纳入\(tier.chinese)（记录）",
            englishTitle: "on record as \(tier.english)", scope: .household, unit: .flag,
            definition: "A status of \(tier.program) on record on the evaluation day, for the household or any member (enrolments: since on or before the day, not ended, finding still valid). Missing when the statuses on record were not given."
        ) { context in
            guard let records = context.household.enrolments(in: tier.program, on: context.day) else {
                return notRecordedOutcome
            }
            return .value(.flag(!records.isEmpty))
        }
    }

    static let member: [Measure] = tiers.map { tier in
        Measure(
            id: memberID(tier.program), chineseTitle: "本人已纳入\(tier.chinese)（记录）",
            englishTitle: "member on record as \(tier.english)", scope: .member, unit: .flag,
            definition: "A status of \(tier.program) on record on the evaluation day for the member, or for the household as a whole. Missing when the statuses on record were not given."
        ) { context in
            guard let records = context.household.enrolments(in: tier.program, member: context.currentMember.id, on: context.day)
            else { return notRecordedOutcome }
            return .value(.flag(!records.isEmpty))
        }
    }

    static let tekunSinceMinor = Measure(
        id: MeasureID("member.tekun-since-minor"), chineseTitle: "未成年时已纳入特困人员（记录）",
        englishTitle: "on record as 特困 since before the coverage age", scope: .member, unit: .flag,
        definition: "A 特困 status on record on the evaluation day for the member that began before the member reached tekun.minor-coverage-age (S3 art. 24: 特困人员中的未成年人 … 可继续享有). Missing when the statuses on record were not given.",
        parameters: [.tekunMinorCoverageAge]
    ) { context in
        guard let records = context.household.enrolments(in: .tekun, member: context.currentMember.id, on: context.day) else {
            return notRecordedOutcome
        }
        switch context.parameter(.tekunMinorCoverageAge) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved):
            let coverageAge = Int(resolved.value.integer ?? 0)
            return .value(.flag(records.contains { context.currentMember.age(on: $0.since) < coverageAge }))
        }
    }

    static let all: [Measure] = [recorded] + household + member + [tekunSinceMinor]
}

extension Conditions {
    /// A status the source names (低保家庭成员, 特困人员): the household's fresh tier is one
    /// of `tiers`, or a status in one of them is on record. Without statuses on record the
    /// fresh tier decides alone (a catalog choice, RULES.md: an evaluation without records
    /// is read as an application, and the status follows the approval of the fresh tier);
    /// the explanation shows which branch held.
    static func tierOrOnRecord(_ tiers: [ProgramID], scope: Scope) -> Condition {
        let records: [Condition] = tiers.map { program in
            .isTrue(scope == .member ? EnrolmentMeasures.memberID(program) : EnrolmentMeasures.householdID(program))
        }
        return .any([
            .labelled(.tier(in: tiers), Label("本次认定的救助层级", "the tier determined now")),
            .labelled(.all([.isTrue(MeasureID("household.enrolments-recorded")), .any(records)]),
                      Label("已纳入的救助对象身份（记录）", "a status on record")),
        ])
    }

    /// A status on record in one of `tiers` where statuses are recorded, or, without records,
    /// the fresh tier (the same catalog choice as ``tierOrOnRecord(_:scope:)``): for texts
    /// that speak of receiving support (享受政府救助).
    static func receiving(_ tiers: [ProgramID]) -> Condition {
        .any([
            .labelled(.all([.isTrue(MeasureID("household.enrolments-recorded")),
                            .any(tiers.map { .isTrue(EnrolmentMeasures.householdID($0)) })]),
                      Label("已纳入的救助对象身份（记录）", "a status on record")),
            .labelled(.all([.not(.isTrue(MeasureID("household.enrolments-recorded"))), .tier(in: tiers)]),
                      Label("未记录身份时，本次认定的救助层级", "without records, the tier determined now")),
        ])
    }
}
