import TieredAssistanceCore

/// Medical-aid reimbursement for an out-of-pocket amount (国办发〔2021〕42号, POLICY.md 8):
/// `min(cap − paid this year, max(0, out-of-pocket − deductible) × ratio)`, from the tier's
/// parameters in force.
public enum MedicalAid {
    /// A computed reimbursement with its figures.
    public struct Reimbursement: Sendable, Hashable {
        /// The amount reimbursed.
        public let amount: Money
        /// The deductible applied.
        public let deductible: Money
        /// The ratio applied.
        public let ratio: Rate
        /// The annual cap.
        public let annualCap: Money
        /// Whether the cap limited the amount.
        public let isCapped: Bool
    }

    /// The reimbursement of `outOfPocket` in-scope costs for a member of a household in
    /// `tier`, after `paidThisYear` already reimbursed; or why it cannot be computed (the
    /// missing parameters, or an amount too large).
    public static func reimbursement(
        outOfPocket: Money, paidThisYear: Money = .zero, tier: ProgramID, jurisdiction: AdministrativeDivisionCode,
        residence: Residence, on day: Day, book: PolicyBook = InnerMongoliaBook.book
    ) -> Result<Reimbursement, CalculationFailure> {
        var missing: [ParameterAbsence] = []
        func value(_ kind: String) -> ParameterValue? {
            switch book.resolve(.medicalAid(kind, tier: tier), jurisdiction: jurisdiction, residence: residence, on: day) {
            case .value(let resolved): return resolved.value
            case .absent(let absence):
                missing.append(absence)
                return nil
            }
        }
        let ratio = value("ratio")?.rate
        let deductible = value("deductible")?.money
        let cap = value("annual-cap")?.money
        guard let ratio, let deductible, let cap else { return .failure(.missingParameters(missing)) }
        let base = outOfPocket > deductible ? outOfPocket - deductible : .zero
        let computed: Money
        do {
            computed = try base.multiplied(by: ratio, rounding: .halfUp)
        } catch {
            return .failure(.overflow("\(base) × \(ratio)"))
        }
        let room = cap > paidThisYear ? cap - paidThisYear : .zero
        return .success(Reimbursement(amount: min(computed, room), deductible: deductible, ratio: ratio, annualCap: cap,
                                      isCapped: computed > room))
    }
}
