/// One household's statuses and amounts as a columnar run decided them, handed to the
/// household engine so that it evaluates only what the columns left open: the undetermined
/// programs (which it may decide over ranges, and whose missing facts it names) and the
/// eligible ones whose amount the columns could not compute. Every other program is taken
/// as decided.
struct ColumnStatuses {
    let decisions: TableDecisions
    let household: Int
    let catalog: RuleCatalog

    /// The columns' status of `program` for the household or `member`.
    func status(_ program: Int, _ member: Int?) -> ProgramStatus? {
        decisions.status(ofProgramAt: program, household: household, member: member)
    }

    /// The decision to take instead of evaluating the program's rules, or `nil` to evaluate
    /// them: a program not eligible; and `forDecision` (a ``Decision`` keeps no formula
    /// lines, exact values or causes) an eligible one with every figure known, and one whose
    /// rules have no version at the place.
    func taken(_ program: Int, _ member: Int?, forDecision: Bool) -> EvaluationRun.ProgramDecision? {
        switch status(program, member) {
        case .notEligible:
            return EvaluationRun.ProgramDecision(status: .notEligible)
        case .notApplicable where forDecision:
            return EvaluationRun.ProgramDecision(status: .notApplicable)
        case .eligible where forDecision:
            guard let formula = catalog.programs[program].amount else { return EvaluationRun.ProgramDecision(status: .eligible) }
            guard let money = decisions.amount(ofProgramAt: program, household: household, member: member) else { return nil }
            // A decision reads only ``AmountResult/value``; the exact value is the rounded one here.
            let result = AmountResult(value: money, period: formula.period, exact: .money(money, periodMonths: formula.period == .monthly ? 1 : 0),
                                      lines: [], rounding: formula.rounding)
            return EvaluationRun.ProgramDecision(status: .eligible, amount: result)
        default:
            return nil
        }
    }
}
