/// Finds near misses in traced rule outcomes: a program is a near miss when every failed
/// requirement could be met by closing gaps no larger than a share of their thresholds.
enum NearMissFinder {
    /// The near miss, if the failed rules were each missed by at most `share`.
    ///
    /// Most failed programs are far from a near miss, so the gaps are first measured
    /// without collecting the failed comparisons (and without reducing fractions); the
    /// comparisons are collected, by the same choices, only for a near miss.
    static func find(in outcomes: [RuleOutcome], share: Rate) -> NearMiss? {
        var largest: Quantity?
        var none: [ComparisonTrace]? = nil
        for outcome in outcomes where outcome.truth == .no {
            guard let trace = outcome.trace, let distance = gap(trace, collecting: &none) else { return nil }
            if let current = largest {
                if (try? distance.compare(to: current)) ?? 0 > 0 { largest = distance }
            } else {
                largest = distance
            }
        }
        guard let distance = largest else { return nil }
        let limit = Quantity.ratio(share)
        guard let order = try? distance.compare(to: limit), order <= 0 else { return nil }
        var failed: [ComparisonTrace]? = []
        for outcome in outcomes where outcome.truth == .no {
            if let trace = outcome.trace { _ = gap(trace, collecting: &failed) }
        }
        guard let failed, !failed.isEmpty else { return nil }
        // Express the distance as a Rate for reporting (exact, reduced).
        let reduced = distance.reduced()
        guard let numerator = Int64(exactly: reduced.numerator), let denominator = Int64(exactly: reduced.denominator),
              numerator >= 0
        else { return nil }
        return NearMiss(distance: Rate(numerator, over: denominator), failed: failed)
    }

    /// The relative gap of a failed condition: how far, as a share of the threshold, the
    /// measured value is from meeting it; `nil` if it cannot be closed by a small change.
    /// When `comparisons` is not `nil`, the failed comparisons that make up the gap are
    /// appended to it.
    static func gap(_ trace: ConditionTrace, collecting comparisons: inout [ComparisonTrace]?) -> Quantity? {
        switch trace {
        case .comparison(let comparison):
            guard comparison.truth == .no, let margin = comparison.margin, let threshold = comparison.rightValue,
                  threshold.numerator != 0, margin.numerator != .min, threshold.numerator != .min
            else { return nil }
            // |margin| / |threshold|, not reduced (only compared, and reduced once for a near miss).
            let (numerator, o1) = margin.numerator.magnitude.multipliedReportingOverflow(by: threshold.denominator.magnitude)
            let (denominator, o2) = margin.denominator.magnitude.multipliedReportingOverflow(by: threshold.numerator.magnitude)
            guard margin.unit == threshold.unit, margin.unit.isValid, !o1, !o2,
                  let top = Int128(exactly: numerator), let bottom = Int128(exactly: denominator)
            else { return fallbackGap(comparison, collecting: &comparisons) }
            comparisons?.append(comparison)
            let share = Quantity(top, over: bottom, unit: .ratio)
            // Large terms are reduced so that comparing two gaps cannot overflow where the
            // reduced fractions would not.
            return top > (1 << 60) || bottom > (1 << 60) ? share.reduced() : share
        case .fact:
            return nil
        case .group(let kind, _, let truth, let parts):
            guard truth == .no else { return nil }
            switch kind {
            case .all:
                return worst(of: parts.filter { $0.truth == .no }, collecting: &comparisons)
            case .any:
                return best(of: parts, collecting: &comparisons)
            case .not:
                return nil
            }
        case .members(let kind, _, let truth, let parts):
            guard truth == .no else { return nil }
            switch kind {
            case .any:
                return best(of: parts.map(\.trace), collecting: &comparisons)
            case .all, .not:
                return worst(of: parts.map(\.trace).filter { $0.truth == .no }, collecting: &comparisons)
            }
        }
    }

    /// The gap through ``Quantity/ratio(to:)``, which aligns units (monthly against yearly
    /// money) and checks overflow: the rare case.
    private static func fallbackGap(_ comparison: ComparisonTrace, collecting comparisons: inout [ComparisonTrace]?) -> Quantity? {
        guard let margin = comparison.margin, let threshold = comparison.rightValue,
              let marginMagnitude = Int128(exactly: margin.numerator.magnitude),
              let thresholdMagnitude = Int128(exactly: threshold.numerator.magnitude)
        else { return nil }
        let magnitude = Quantity(marginMagnitude, over: margin.denominator, unit: margin.unit)
        let base = Quantity(thresholdMagnitude, over: threshold.denominator, unit: threshold.unit)
        guard let share = try? magnitude.ratio(to: base) else { return nil }
        comparisons?.append(comparison)
        return share
    }

    /// All of `parts` must be closed: the largest gap, or `nil` if one cannot be closed.
    private static func worst(of parts: [ConditionTrace], collecting comparisons: inout [ComparisonTrace]?) -> Quantity? {
        var worst: Quantity?
        for part in parts {
            guard let distance = gap(part, collecting: &comparisons) else { return nil }
            if worst == nil || ((try? distance.compare(to: worst!)) ?? 0) > 0 { worst = distance }
        }
        return worst
    }

    /// One of `parts` must be closed: the smallest gap (its comparisons only), or `nil`.
    private static func best(of parts: [ConditionTrace], collecting comparisons: inout [ComparisonTrace]?) -> Quantity? {
        var none: [ComparisonTrace]? = nil
        var best: (distance: Quantity, index: Int)?
        for (index, part) in parts.enumerated() {
            guard let candidate = gap(part, collecting: &none) else { continue }
            if best == nil || ((try? candidate.compare(to: best!.distance)) ?? 0) < 0 { best = (candidate, index) }
        }
        guard let best else { return nil }
        if comparisons != nil { _ = gap(parts[best.index], collecting: &comparisons) }
        return best.distance
    }
}

/// A "near miss": a program not granted, but missed by no more than the configured share.
public struct NearMiss: Sendable {
    /// How far the household was, as a share of the threshold (the largest of the gaps that
    /// must all close).
    public let distance: Rate
    /// The comparisons that failed.
    public let failed: [ComparisonTrace]
}
