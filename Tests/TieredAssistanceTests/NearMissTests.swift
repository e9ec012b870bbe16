import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// The near-miss finder measures gaps first and collects comparisons only for a near miss;
/// this checks it against the straightforward version (kept here as the oracle) on traced
/// evaluations of generated households at several shares.
@Suite("Near misses")
struct NearMissTests {
    @Test("2,000 generated households: the same near misses (distance and failed comparisons) as the oracle")
    func sameAsOracle() throws {
        var generator = HouseholdGenerator(seed: 23)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        var found = 0
        for index in 0..<2_000 {
            let household = generator.household(index)
            let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay, tracing: true)
            for determination in evaluation.determinations where determination.status == .notEligible {
                for share in [Rate.percent(5), Rate.percent(50), Rate(1, over: 1)] {
                    let actual = NearMissFinder.find(in: determination.rules, share: share)
                    let expected = OracleNearMissFinder.find(in: determination.rules, share: share)
                    #expect(actual?.distance == expected?.distance, "\(household.id) \(determination.program) \(share)")
                    #expect(actual?.failed.map(\.left) == expected?.failed.map(\.left))
                    #expect(actual?.failed.map(\.margin) == expected?.failed.map(\.margin))
                    if actual != nil { found += 1 }
                }
            }
        }
        #expect(found > 500, "the comparison covers many near misses, not only their absence")
    }

    /// One failed rule whose trace is the single comparison `left < right` (already false).
    private func outcome(left: Quantity, right: Quantity, margin: Quantity?) -> [RuleOutcome] {
        let comparison = ComparisonTrace(left: Label("L", "L"), leftValue: left, comparison: .lessThan, right: Label("R", "R"),
                                         rightValue: right, truth: .no, margin: margin, parameters: [], missing: [])
        return [RuleOutcome(rule: RuleCatalog.innerMongolia.rules[0], baseRule: nil, truth: .no, trace: .comparison(comparison))]
    }

    @Test("Hand-built edges: the lowest Int128 margin, monthly against yearly money, huge terms")
    func edges() throws {
        // A margin of Int128.min has no magnitude in Int128: no near miss, and no trap.
        let lowest = Quantity(Int128.min, unit: .moneyPerMonth)
        #expect(NearMissFinder.find(in: outcome(left: lowest, right: .money(Money(fen: 100), periodMonths: 1), margin: lowest),
                                    share: .percent(5)) == nil)
        // Monthly margin, yearly threshold: the gap is taken in the common unit (the fallback path).
        let monthly = Quantity.money(Money(fen: 103_000), periodMonths: 1)
        let yearly = Quantity.money(Money(fen: 1_200_000), periodMonths: 12)
        let margin = try monthly.subtracting(yearly)
        let mixed = outcome(left: monthly, right: yearly, margin: margin)
        let found = try #require(NearMissFinder.find(in: mixed, share: .percent(5)))
        #expect(found.distance == OracleNearMissFinder.find(in: mixed, share: .percent(5))?.distance)
        #expect(found.distance == Rate(3, over: 100))
        // Huge terms compare as the reduced fractions do.
        let big = Quantity(Int128(1) << 100, over: 3, unit: .moneyPerMonth)
        let bigger = Quantity((Int128(1) << 100) + (Int128(1) << 95), over: 3, unit: .moneyPerMonth)
        let hugeMargin = try big.subtracting(bigger)
        let huge = outcome(left: big, right: bigger, margin: hugeMargin)
        #expect(NearMissFinder.find(in: huge, share: .percent(50))?.distance
                == OracleNearMissFinder.find(in: huge, share: .percent(50))?.distance)
        #expect(NearMissFinder.find(in: huge, share: .percent(50)) != nil)
    }
}

enum OracleNearMissFinder {
    /// The near miss, if the failed rules were each missed by at most `share`.
    static func find(in outcomes: [RuleOutcome], share: Rate) -> NearMiss? {
        var largest: Quantity?
        var failed: [ComparisonTrace] = []
        for outcome in outcomes where outcome.truth == .no {
            guard let trace = outcome.trace, let (distance, comparisons) = gap(trace) else { return nil }
            failed += comparisons
            if let current = largest {
                if (try? distance.compare(to: current)) ?? 0 > 0 { largest = distance }
            } else {
                largest = distance
            }
        }
        guard let distance = largest, !failed.isEmpty else { return nil }
        let limit = Quantity.ratio(share)
        guard let order = try? distance.compare(to: limit), order <= 0 else { return nil }
        // Express the distance as a Rate for reporting (exact, reduced).
        let reduced = distance.reduced()
        guard let numerator = Int64(exactly: reduced.numerator), let denominator = Int64(exactly: reduced.denominator),
              numerator >= 0
        else { return nil }
        return NearMiss(distance: Rate(numerator, over: denominator), failed: failed)
    }

    /// The relative gap of a failed condition: how far, as a share of the threshold, the
    /// measured value is from meeting it; `nil` if it cannot be closed by a small change.
    static func gap(_ trace: ConditionTrace) -> (Quantity, [ComparisonTrace])? {
        switch trace {
        case .comparison(let comparison):
            guard comparison.truth == .no, let margin = comparison.margin, let threshold = comparison.rightValue,
                  threshold.numerator != 0
            else { return nil }
            let magnitude = Quantity(margin.numerator < 0 ? -margin.numerator : margin.numerator,
                                     over: margin.denominator, unit: margin.unit)
            let base = Quantity(threshold.numerator < 0 ? -threshold.numerator : threshold.numerator,
                                over: threshold.denominator, unit: threshold.unit)
            guard let share = try? magnitude.ratio(to: base) else { return nil }
            return (share, [comparison])
        case .fact:
            return nil
        case .group(let kind, _, let truth, let parts):
            guard truth == .no else { return nil }
            switch kind {
            case .all:
                var worst: Quantity?
                var comparisons: [ComparisonTrace] = []
                for part in parts where part.truth == .no {
                    guard let (distance, found) = gap(part) else { return nil }
                    comparisons += found
                    if worst == nil || ((try? distance.compare(to: worst!)) ?? 0) > 0 { worst = distance }
                }
                return worst.map { ($0, comparisons) }
            case .any:
                var best: (Quantity, [ComparisonTrace])?
                for part in parts {
                    guard let candidate = gap(part) else { continue }
                    if best == nil || ((try? candidate.0.compare(to: best!.0)) ?? 0) < 0 { best = candidate }
                }
                return best
            case .not:
                return nil
            }
        case .members(let kind, _, let truth, let parts):
            guard truth == .no else { return nil }
            switch kind {
            case .any:
                var best: (Quantity, [ComparisonTrace])?
                for part in parts {
                    guard let candidate = gap(part.trace) else { continue }
                    if best == nil || ((try? candidate.0.compare(to: best!.0)) ?? 0) < 0 { best = candidate }
                }
                return best
            case .all, .not:
                var worst: Quantity?
                var comparisons: [ComparisonTrace] = []
                for part in parts where part.trace.truth == .no {
                    guard let (distance, found) = gap(part.trace) else { return nil }
                    comparisons += found
                    if worst == nil || ((try? distance.compare(to: worst!)) ?? 0) > 0 { worst = distance }
                }
                return worst.map { ($0, comparisons) }
            }
        }
    }
}
