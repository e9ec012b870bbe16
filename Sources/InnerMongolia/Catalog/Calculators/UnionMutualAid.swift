import TieredAssistanceCore

/// The IM union medical mutual-aid claim (职工医疗互助, S21): in-scope inpatient costs left
/// after basic and supplementary insurance, paid by bands (six since 2021; only the first,
/// under 10,000 yuan at 40 %, is sourced), at most the yearly cap (500,000 yuan).
public enum UnionMutualAid {
    /// A computed claim.
    public struct Claim: Sendable, Hashable {
        /// The amount paid.
        public let amount: Money
        /// Each band used: its upper bound (`nil`: open), rate and the amount paid in it.
        public let bands: [(upper: Money?, rate: Rate, paid: Money)]
        /// Whether the yearly cap limited the payment.
        public let isCapped: Bool

        public static func == (lhs: Claim, rhs: Claim) -> Bool {
            lhs.amount == rhs.amount && lhs.isCapped == rhs.isCapped && lhs.bands.count == rhs.bands.count
                && zip(lhs.bands, rhs.bands).allSatisfy { $0.upper == $1.upper && $0.rate == $1.rate && $0.paid == $1.paid }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(amount)
            hasher.combine(isCapped)
        }
    }

    /// The claim for `costs` in scope this admission, after `paidThisYear`, from the band
    /// parameters in force; or why it cannot be computed: the missing parameters (a band is
    /// needed up to the one containing the costs), band limits that do not rise, or an
    /// amount too large.
    public static func claim(costs: Money, paidThisYear: Money = .zero, jurisdiction: AdministrativeDivisionCode, on day: Day,
                             book: PolicyBook = InnerMongoliaBook.book) -> Result<Claim, CalculationFailure> {
        var missing: [ParameterAbsence] = []
        func resolve(_ id: ParameterID) -> ParameterValue? {
            switch book.resolve(id, jurisdiction: jurisdiction, residence: .urban, on: day) {
            case .value(let resolved): return resolved.value
            case .absent(let absence):
                missing.append(absence)
                return nil
            }
        }
        var bands: [(upper: Money?, rate: Rate, paid: Money)] = []
        var lower = Money.zero
        var total = Money.zero
        for number in 1...6 where costs > lower {
            guard let rate = resolve(.mutualAidBand(number, "rate"))?.rate else { break }
            let upper = number < 6 ? resolve(.mutualAidBand(number, "upper"))?.money : nil
            if number < 6 && upper == nil { break }
            if let upper, upper <= lower {
                return .failure(.inconsistentParameters(
                    "\(ParameterID.mutualAidBand(number, "upper")) is \(upper), not above the previous band's \(lower)"))
            }
            let top = upper.map { min($0, costs) } ?? costs
            do {
                let paid = try (top - lower).multiplied(by: rate, rounding: .halfUp)
                bands.append((upper, rate, paid))
                total = try total.checkedAdding(paid)
            } catch {
                return .failure(.overflow("band \(number) of \(costs)"))
            }
            lower = upper ?? costs
        }
        guard missing.isEmpty, costs <= lower || bands.count == 6 else { return .failure(.missingParameters(missing)) }
        guard let cap = resolve(.unionMutualAidCap)?.money else { return .failure(.missingParameters(missing)) }
        let room = cap > paidThisYear ? cap - paidThisYear : .zero
        return .success(Claim(amount: min(total, room), bands: bands, isCapped: total > room))
    }
}
