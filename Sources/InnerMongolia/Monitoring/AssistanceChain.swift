import TieredAssistanceCore

/// One assistance chain per household (一户一条救助链, POLICY.md 12): for each signal, the
/// programs to check with the engine's current determination, and the departments to
/// notify, in order, each with its reasons and rule ids. The chain always ends with a home
/// visit (入户核实): an alert is not a decision.
public struct AssistanceChain: Sendable {
    /// The household.
    public let household: Household.ID
    /// The day of the current snapshot.
    public let day: Day
    /// The signals raised.
    public let signals: [Signal]
    /// The steps, departments first (民政 leading), the home visit last.
    public let steps: [Step]
    /// Thresholds that had no value, so their signals could not be tested.
    public let missingThresholds: [ParameterAbsence]
    /// The statuses on record against the current determination: reviews, outreach, due
    /// days and referrals (``Reconciliation``).
    public let reconciliation: [ReconciliationFinding]
    /// The catalog the programs were determined with (their titles in ``text(language:)``).
    public let catalog: RuleCatalog

    /// A program to check for the household or a member, with its current determination.
    public struct ProgramCheck: Sendable {
        /// The program.
        public let program: ProgramID
        /// The member, for member programs.
        public let member: Member.ID?
        /// The current status.
        public let status: ProgramStatus
        /// Whether it was missed narrowly.
        public let isNearMiss: Bool
        /// The requirement rules (as applied: local variants where they apply).
        public let rules: [RuleID]
        /// What is missing, when undetermined.
        public let missing: [MissingItem]
    }

    /// A step of the chain: a department with what to check and why, or the home visit.
    public struct Step: Sendable {
        /// The department to notify, or `nil` for the home visit.
        public let department: Department?
        /// The signals that lead here (for a cross-check referral, none).
        public let reasons: [SignalKind]
        /// The programs to check.
        public let programs: [ProgramCheck]
        /// A note (the cross-check rule, the home-visit instruction).
        public let note: Label?

        /// Whether this is the closing home visit.
        public var isHomeVisit: Bool { department == nil }
    }
}

/// Builds assistance chains from signals and the engine's evaluation of the current snapshot.
public struct AssistanceChainBuilder: Sendable {
    /// The evaluator (current determinations).
    public let evaluator: Evaluator

    /// Creates a builder.
    public init(evaluator: Evaluator) {
        self.evaluator = evaluator
    }

    /// The programs each signal calls for.
    public static func programs(for kind: SignalKind) -> [ProgramID] {
        switch kind {
        case .largeMedicalBill, .highMedicalSpending, .medicalShareOfIncome:
            return [.medicalAid, .rigidExpenditure, .temporaryExpenditure, .dibao, .marginal, .singlePersonDibao, .xinganCategory3]
        case .newSevereDisability:
            return [.disabilityLivingSubsidy, .disabilityCareSubsidy, .singlePersonDibao, .tekun, .dibaoIncrement]
        case .memberDeath:
            return [.dibao, .tekun, .temporaryEmergency]
        case .mainEarnerDeath:
            return [.dibao, .marginal, .tekun, .temporaryEmergency, .educationAid]
        case .lostWageIncome:
            return [.employmentAid, .dibao, .marginal, .dibaoGradualExit]
        case .enteredHigherSchooling:
            return [.educationAid, .temporaryExpenditure]
        case .incomeDrop:
            return [.dibao, .marginal, .rigidExpenditure]
        case .disaster:
            return [.temporaryEmergency, .housingAid, .dibao]
        case .newlyBelowMarginalLine:
            return [.marginal, .dibao, .singlePersonDibao]
        }
    }

    /// The department that handles a program (by its id's family).
    public static func department(for program: ProgramID) -> Department {
        switch program {
        case .medicalAid: return .medicalInsurance
        case .educationAid: return .education
        case .housingAid: return .housing
        case .employmentAid: return .humanResources
        case .disabilityLivingSubsidy, .disabilityCareSubsidy: return .disabledPersonsFederation
        default:
            return program.rawValue.hasPrefix("union.") ? .tradeUnion : .civilAffairs
        }
    }

    /// The partners whose policies come with Xing'an's 城镇事实困难人员 status (S15: 医保, 教育,
    /// 住建, 人社, 卫健, 残联, 工会, 妇联 and 红十字会, the "8+1" package; how the nine map onto
    /// "8+1" is [U]), with the programs each is asked to check.
    static let xinganPackage: [(Department, [ProgramID])] = [
        (.medicalInsurance, [.medicalAid]), (.education, [.educationAid]), (.housing, [.housingAid]),
        (.humanResources, [.employmentAid]), (.health, []),
        (.disabledPersonsFederation, [.disabilityLivingSubsidy, .disabilityCareSubsidy]),
        (.tradeUnion, [.unionFiling]), (.womensFederation, []), (.redCross, []),
    ]

    /// Departments a signal involves beyond those of its programs.
    static func extraDepartments(for kind: SignalKind) -> [Department] {
        switch kind {
        case .disaster: return [.redCross]
        case .mainEarnerDeath: return [.humanResources]
        default: return []
        }
    }

    /// The chain for `household` on `day` given the detector's result.
    ///
    /// - Throws: ``InputError`` when the household cannot be evaluated
    ///   (``Evaluator/check(_:on:)``).
    public func chain(for household: Household, on day: Day, detection: SignalDetector.Result) throws(InputError)
        -> AssistanceChain
    {
        try chain(for: household, on: day, detection: detection,
              parameters: evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day))
    }

    /// ``chain(for:on:detection:)`` with the parameters already resolved for the household's
    /// jurisdiction, residence and `day` (a monitoring run resolves once per place).
    ///
    /// - Throws: ``InputError`` when the household cannot be evaluated.
    public func chain(for household: Household, on day: Day, detection: SignalDetector.Result,
                      parameters: ResolvedParameters) throws(InputError) -> AssistanceChain {
        // Most households of a monthly run raise nothing: they are decided without traces, and
        // traced again only when the chain will list programs with their rules and near misses.
        let quick = try evaluator.evaluate(household, on: day, parameters: parameters, tracing: false)
        return try chain(for: household, on: day, detection: detection, parameters: parameters, evaluation: quick)
    }

    /// ``chain(for:on:detection:parameters:)`` with `household`'s evaluation without traces
    /// on `day` already made, by this builder's evaluator or by a ``ColumnarEvaluator`` over
    /// it (``ColumnarEvaluator/evaluate(_:households:on:each:)``, which gives the same).
    ///
    /// - Throws: ``InputError`` when the household cannot be evaluated with traces.
    public func chain(for household: Household, on day: Day, detection: SignalDetector.Result,
                      parameters: ResolvedParameters, evaluation quick: Evaluation) throws(InputError) -> AssistanceChain {
        let needsTrace = !detection.signals.isEmpty
            || quick.determination(.unionDeep)?.status == .eligible
            || (household.unionWorker?.isUnionMember == true)
            || [ProgramID.xinganCategory1, .xinganCategory2, .xinganCategory3].contains { quick.determination($0)?.status == .eligible }
        let evaluation = needsTrace ? try evaluator.evaluate(household, on: day, parameters: parameters, tracing: true) : quick
        var byDepartment: [Department: (reasons: [SignalKind], programs: [AssistanceChain.ProgramCheck], note: Label?)] = [:]
        func add(_ department: Department, reason: SignalKind?, programs: [ProgramID], note: Label? = nil) {
            var entry = byDepartment[department] ?? ([], [], nil)
            if let reason, !entry.reasons.contains(reason) { entry.reasons.append(reason) }
            for program in programs {
                for check in checks(program, in: evaluation)
                where !entry.programs.contains(where: { $0.program == check.program && $0.member == check.member }) {
                    entry.programs.append(check)
                }
            }
            if let note {
                entry.note = entry.note.map { Label($0.chinese + "；" + note.chinese, $0.english + "; " + note.english) } ?? note
            }
            byDepartment[department] = entry
        }
        for signal in detection.signals {
            for program in Self.programs(for: signal.kind) {
                add(Self.department(for: program), reason: signal.kind, programs: [program])
            }
            for department in Self.extraDepartments(for: signal.kind) { add(department, reason: signal.kind, programs: []) }
        }
        // Union cross-check (一门受理、协同办理): receiving dibao or 特困 support is the status on
        // record where statuses are recorded, the fresh tier otherwise (catalog choice
        // status-or-fresh-tier).
        let receivingSupport = household.enrolments.map { records in
            records.contains { ($0.program == .dibao || $0.program == .tekun) && $0.isInForce(on: day) }
        } ?? (evaluation.tier == .tier(.dibao) || evaluation.tier == .tier(.tekun))
        let onDibao = household.enrolments.map { records in records.contains { $0.program == .dibao && $0.isInForce(on: day) } }
            ?? (evaluation.tier == .tier(.dibao))
        if evaluation.determination(.unionDeep)?.status == .eligible, !receivingSupport {
            add(.civilAffairs, reason: nil, programs: [.dibao, .marginal],
                note: Label("工会深度困难职工但未纳入低保：转介民政核查", "union deep hardship but not dibao: refer to civil affairs"))
        }
        if onDibao, let union = household.unionWorker, union.isUnionMember {
            add(.tradeUnion, reason: nil, programs: [.unionFiling],
                note: Label("低保家庭中有工会会员：转介工会帮扶", "dibao household with a union member: refer to the union"))
        }
        // Xing'an's "8+1" package for 城镇事实困难人员 (S15): the partners' policies.
        let xingan: [ProgramID] = [.xinganCategory1, .xinganCategory2, .xinganCategory3]
        if xingan.contains(where: { evaluation.determination($0)?.status == .eligible }) {
            for (department, programs) in Self.xinganPackage {
                add(department, reason: nil, programs: programs,
                    note: Label("兴安盟城镇事实困难人员“8+1”政策包：转介落实", "Xing'an de-facto hardship \"8+1\" package: refer for its policies"))
            }
        }
        var steps = byDepartment.keys.sorted().compactMap { department -> AssistanceChain.Step? in
            guard let entry = byDepartment[department] else { return nil }
            return AssistanceChain.Step(department: department, reasons: entry.reasons, programs: entry.programs, note: entry.note)
        }
        steps.append(AssistanceChain.Step(
            department: nil, reasons: detection.signals.map(\.kind), programs: [],
            note: Label("入户核实：预警不是决定，须经入户核实后按程序办理", "home visit: an alert is not a decision; verify at home before acting")))
        return AssistanceChain(household: household.id, day: day, signals: detection.signals, steps: steps,
                               missingThresholds: detection.missing,
                               reconciliation: Reconciliation.findings(for: household, evaluation: evaluation, parameters: parameters),
                               catalog: evaluation.catalog)
    }

    private func checks(_ program: ProgramID, in evaluation: Evaluation) -> [AssistanceChain.ProgramCheck] {
        evaluation.determinations.filter { $0.program == program && $0.status != .notApplicable }.map { determination in
            AssistanceChain.ProgramCheck(
                program: program, member: determination.member, status: determination.status,
                isNearMiss: determination.nearMiss != nil, rules: determination.rules.map(\.rule.id),
                missing: determination.missing)
        }
    }
}
