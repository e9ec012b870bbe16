import TieredAssistanceCore

/// Reconciliation of the statuses on record with a fresh evaluation, for the Inner
/// Mongolia catalog's tiers.
public enum Reconciliation {
    /// The findings for `household` evaluated as `evaluation`, with the parameters resolved
    /// for its place and the evaluation day. Without statuses on record (``Household/enrolments``
    /// `nil`) only the referrals can be made.
    public static func findings(for household: Household, evaluation: Evaluation, parameters: ResolvedParameters)
        -> [ReconciliationFinding]
    {
        var findings: [ReconciliationFinding] = []
        let day = evaluation.day
        if let enrolments = household.enrolments {
            findings += statusFindings(enrolments: enrolments, household: household, evaluation: evaluation)
            for record in enrolments where record.since <= day && (record.until.map { $0 >= day } ?? true) {
                findings += periodicFindings(record, later: enrolments.filter { $0.since <= day }, household: household, day: day,
                                             parameters: parameters)
            }
        }
        findings += referrals(evaluation)
        return findings
    }

    /// The programs whose statuses are compared: the tiers and individual inclusion.
    static let compared: [ProgramID] = [.tekun, .dibao, .marginal, .rigidExpenditure, .singlePersonDibao]

    private static func statusFindings(enrolments: [Enrolment], household: Household, evaluation: Evaluation)
        -> [ReconciliationFinding]
    {
        var findings: [ReconciliationFinding] = []
        let day = evaluation.day
        let inForce = enrolments.filter { $0.isInForce(on: day) && compared.contains($0.program) }
        for record in inForce {
            // A record names the member exactly for member programs (RuleCatalog.checkReferences).
            guard let determination = evaluation.determinations.first(where: { $0.program == record.program && $0.member == record.member }),
                  let title = programTitle(record.program)
            else { continue }
            let who = record.member.map { Label("成员 \($0) ", "member \($0) ") } ?? Label("", "")
            if determination.status == .notEligible {
                findings.append(ReconciliationFinding(
                    kind: .review, program: record.program, member: record.member, dueOn: nil, isDue: false,
                    text: Label("\(who.chinese)已纳入\(title.chinese)，本次认定不符合：应复核，不再符合条件的依规减发、停发或退出",
                                "\(who.english)is on record as \(title.english) but not eligible now: review the status, and reduce, stop or end it if no longer eligible"),
                    citations: reviewCitations(record.program), missing: []))
            } else if determination.status == .eligible, let winner = determination.supersededBy, let higher = programTitle(winner) {
                findings.append(ReconciliationFinding(
                    kind: .review, program: record.program, member: record.member, dueOn: nil, isDue: false,
                    text: Label("已纳入\(title.chinese)，本次认定符合更高层级\(higher.chinese)：应复核并转入",
                                "on record as \(title.english), now eligible for a higher tier, \(higher.english): review and move the household"),
                    citations: reviewCitations(record.program), missing: []))
            }
        }
        for determination in evaluation.determinations
        where compared.contains(determination.program) && determination.status == .eligible && determination.supersededBy == nil {
            let onRecord = inForce.contains { $0.program == determination.program && $0.member == determination.member }
            guard !onRecord, let title = programTitle(determination.program) else { continue }
            let who = determination.member.map { Label("成员 \($0) ", "member \($0) ") } ?? Label("", "")
            findings.append(ReconciliationFinding(
                kind: .outreach, program: determination.program, member: determination.member, dueOn: nil, isDue: false,
                text: Label("\(who.chinese)本次认定符合\(title.chinese)，但未纳入：主动发现，告知并协助申请",
                            "\(who.english)is eligible for \(title.english) but not on record: reach out and help the household apply"),
                citations: [Citation(PolicyDocuments.s8)], missing: []))
        }
        return findings
    }

    /// The articles on reviewing a status of `program`.
    private static func reviewCitations(_ program: ProgramID) -> [Citation] {
        switch program {
        case .tekun: return [Citation(PolicyDocuments.s3, article: "第二十六条")]
        case .marginal: return [Citation(PolicyDocuments.s10)]
        case .rigidExpenditure: return [Citation(PolicyDocuments.s4, article: "第十条"), Citation(PolicyDocuments.s10)]
        default: return [Citation(PolicyDocuments.s2, article: "第三十一条")]
        }
    }

    private static func periodicFindings(_ record: Enrolment, later: [Enrolment], household: Household, day: Day,
                                         parameters: ResolvedParameters) -> [ReconciliationFinding] {
        var findings: [ReconciliationFinding] = []
        let base = record.lastReviewedOn ?? record.since
        switch record.program {
        case .dibao:
            // S2 art. 31: yearly, or half-yearly for irregular income or members able to work.
            var missing: [MissingItem] = []
            let variable = reviewCycleIsHalfYearly(household, missing: &missing)
            let months = variable.flatMap { integer($0 ? .reviewDibaoVariableMonths : .reviewDibaoStableMonths, parameters, missing: &missing) }
            let due = months.map { base.adding(months: $0) }
            let cycle: Label
            switch variable {
            case true?: cycle = Label("收入来源不固定或有劳动能力成员的家庭每半年核查一次", "households with irregular income or members able to work: every six months")
            case false?: cycle = Label("经济状况变化不大的家庭每年核查一次", "stable households: once a year")
            case nil: cycle = Label("每年或每半年核查一次，视收入是否固定、成员有无劳动能力而定", "yearly or half-yearly, by whether income is regular and members can work")
            }
            findings.append(ReconciliationFinding(
                kind: .reviewDue, program: .dibao, member: record.member, dueOn: due, isDue: due.map { $0 <= day } ?? false,
                text: Label("低保定期核查（\(cycle.chinese)）：" + (due.map { $0 <= day ? "已于 \($0) 到期" : "下次应于 \($0) 前完成" } ?? "日期无法确定"),
                            "dibao periodic review (\(cycle.english)): " + (due.map { $0 <= day ? "due since \($0)" : "next due by \($0)" } ?? "day undetermined")),
                citations: [Citation(PolicyDocuments.s2, article: "第三十一条")], missing: missing))
            // S6 一、（三）: after a member's death, re-examine within 3 months (unless reviewed since).
            for event in household.events
            where event.kind == .death && event.day >= record.since && event.day <= day
                && (record.lastReviewedOn.map { event.day > $0 } ?? true) {
                var deathMissing: [MissingItem] = []
                let due = integer(.reviewAfterDeathMonths, parameters, missing: &deathMissing).map { event.day.adding(months: $0) }
                findings.append(ReconciliationFinding(
                    kind: .reviewAfterDeath, program: .dibao, member: event.member, dueOn: due, isDue: due.map { $0 <= day } ?? false,
                    text: Label("低保家庭成员于 \(event.day) 死亡，应自死亡之日起核查家庭状况：" + (due.map { "应于 \($0) 前完成" } ?? "期限无法确定"),
                                "a member of the dibao household died on \(event.day): re-examine the household " + (due.map { "by \($0)" } ?? "(period undetermined)")),
                    citations: [Citation(PolicyDocuments.s6, article: "一、（三）")], missing: deathMissing))
            }
        case .rigidExpenditure:
            // S4 art. 10: a finding is valid for at most 12 months, then the household applies
            // again; a later finding for the same household supersedes a lapsed one.
            if later.contains(where: { $0.program == .rigidExpenditure && $0.member == record.member && $0.since > record.since }) {
                break
            }
            var missing: [MissingItem] = []
            let lapses = record.validUntil
                ?? integer(.rigidValidityMonths, parameters, missing: &missing).map { record.since.adding(days: -1).adding(months: $0) }
            findings.append(ReconciliationFinding(
                kind: .findingLapses, program: .rigidExpenditure, member: record.member, dueOn: lapses,
                isDue: lapses.map { $0 < day } ?? false,
                text: Label("刚性支出困难家庭认定有效期一般不超过十二个月：" + (lapses.map { $0 < day ? "已于 \($0) 期满，需重新申请" : "至 \($0) 期满，期满后需重新申请" } ?? "期满日无法确定"),
                            "a rigid-expenditure finding is valid for at most 12 months: " + (lapses.map { $0 < day ? "lapsed on \($0), apply again" : "valid until \($0), then apply again" } ?? "lapse day undetermined")),
                citations: [Citation(PolicyDocuments.s4, article: "第十条")], missing: missing))
        default:
            break
        }
        return findings
    }

    /// Whether S2 art. 31's half-yearly cycle applies: some member works flexibly or runs a
    /// business (irregular income) or can work. `nil`, with the missing facts, when no member
    /// says so and some member's labour capacity or employment is not recorded.
    private static func reviewCycleIsHalfYearly(_ household: Household, missing: inout [MissingItem]) -> Bool? {
        if household.members.contains(where: {
            $0.employment == .flexible || $0.employment == .selfEmployed || $0.labourCapacity == .full || $0.labourCapacity == .partial
        }) {
            return true
        }
        var unknown = false
        for (index, member) in household.members.enumerated() {
            for (key, recorded) in [("labourCapacity", member.labourCapacity != nil), ("employment", member.employment != nil)] where !recorded {
                unknown = true
                missing.append(.field(FieldPath([.key("members"), .index(index), .key(key)]),
                                      reason: Label("核查周期取决于收入是否固定、成员有无劳动能力", "the review cycle depends on regular income and members able to work")))
            }
        }
        return unknown ? nil : false
    }

    /// Referrals the texts make between schemes.
    private static func referrals(_ evaluation: Evaluation) -> [ReconciliationFinding] {
        var findings: [ReconciliationFinding] = []
        let status = { (program: ProgramID) in evaluation.determination(program)?.status }
        // S10: 刚性支出困难家庭认定与临时救助政策衔接，符合条件的直接给予临时救助.
        if status(.rigidExpenditure) == .eligible, evaluation.determination(.rigidExpenditure)?.supersededBy == nil {
            let temporary = status(.temporaryExpenditure)
            findings.append(ReconciliationFinding(
                kind: .referral, program: .temporaryExpenditure, member: nil, dueOn: nil, isDue: false,
                text: Label("刚性支出困难家庭认定与临时救助衔接，符合条件的直接给予临时救助（支出型临时救助：\(temporary?.chineseName ?? "不适用")）",
                            "rigid-expenditure households are linked to temporary aid and given it directly where they qualify (expenditure-type temporary aid: \(temporary?.englishName ?? "not applicable"))"),
                citations: [Citation(PolicyDocuments.s10)], missing: []))
        }
        // S10: applicants refused dibao or 特困 pass straight into the marginal and rigid-expenditure procedures.
        let lower = [ProgramID.marginal, .rigidExpenditure].filter { status($0) == .eligible || status($0) == .undetermined }
        if status(.dibao) == .notEligible, !lower.isEmpty {
            let names = lower.compactMap(programTitle)
            findings.append(ReconciliationFinding(
                kind: .referral, program: lower[0], member: nil, dueOn: nil, isDue: false,
                text: Label("不符合低保条件的，可直接转入\(names.map(\.chinese).joined(separator: "、"))认定程序（本次已一并认定）",
                            "refused dibao, the household passes straight into the \(names.map(\.english).joined(separator: " and ")) procedure (assessed here as well)"),
                citations: [Citation(PolicyDocuments.s10)], missing: []))
        }
        return findings
    }

    private static func programTitle(_ id: ProgramID) -> Label? {
        RuleCatalog.innerMongolia.program(id).map { Label($0.chineseTitle, $0.englishTitle) }
    }

    private static func integer(_ id: ParameterID, _ parameters: ResolvedParameters, missing: inout [MissingItem]) -> Int? {
        switch parameters.resolution(of: id) {
        case .value(let resolved)?:
            return resolved.value.integer.map { Int($0) }
        case .absent(let absence)?:
            missing.append(.parameter(absence))
            return nil
        case nil:
            return nil
        }
    }
}
