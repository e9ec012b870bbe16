/// A fact or parameter an evaluation lacks, with what knowing it would settle: the
/// questions a caseworker asks to finish a case, best first (``Evaluation/questions``).
///
/// Only household fields and parameters are questions; an outcome that waits on another
/// program or on the tier is settled by that program's own questions.
public struct Question: Sendable, Hashable {
    /// A determination that lists the item: its program and, for a member-scope program, the member.
    public struct Subject: Sendable, Hashable {
        /// The program.
        public let program: ProgramID
        /// The member, for a member-scope program.
        public let member: Member.ID?
    }

    /// Where a comparison waits on the item while its other side is known: the unknown side
    /// meets the condition when it is `comparison` `value` (the flip point).
    public struct Threshold: Sendable, Hashable {
        /// The rule whose condition it is.
        public let rule: RuleID
        /// The unknown side (a measure or a parameter), as the policy names it.
        public let side: Label
        /// How the unknown side must compare with `value` for the condition to hold.
        public let comparison: Comparison
        /// The known side's value.
        public let value: Quantity
    }

    /// What is missing (the first of its kind; the same field needed for several reasons is one question).
    public let item: MissingItem
    /// The undetermined determinations (and eligible ones whose amount waits on it) that list it.
    public let subjects: [Subject]
    /// How many of ``subjects`` lack nothing else: knowing this item alone settles them.
    public let settles: Int
    /// The flip points of the comparisons that wait on it (traced evaluations only).
    public let thresholds: [Threshold]
}

extension Evaluation {
    /// The facts and parameters this evaluation lacks, as questions ranked by how many
    /// determinations each would settle on its own, then by how many it concerns: ask the
    /// first first. Empty when every determination is decided and every amount known.
    ///
    /// With a traced evaluation, each question also gives the thresholds its unknown side
    /// must pass (``Question/Threshold``): "若低保标准超过 460.00 元，则 dibao.income-test 的这一条件满足".
    public var questions: [Question] {
        /// A field needed for several reasons is asked once.
        func key(_ item: MissingItem) -> String? {
            switch item {
            case .field(let path, _): return "field " + path.description
            case .parameter(let absence): return "parameter " + absence.description
            case .arithmetic, .undeterminedProgram, .undeterminedTier: return nil
            }
        }
        var order: [String] = []
        var items: [String: MissingItem] = [:]
        var subjects: [String: [Question.Subject]] = [:]
        var settles: [String: Int] = [:]
        var thresholds: [String: [Question.Threshold]] = [:]
        for determination in determinations where !determination.missing.isEmpty && determination.status != .notApplicable {
            let subject = Question.Subject(program: determination.program, member: determination.member)
            let keys = Set(determination.missing.compactMap(key))
            for item in determination.missing {
                guard let name = key(item) else { continue }
                if items[name] == nil {
                    items[name] = item
                    order.append(name)
                }
                if subjects[name]?.contains(subject) != true { subjects[name, default: []].append(subject) }
            }
            // Alone: the only thing this determination lacks (nothing derived waits with it).
            if keys.count == 1, determination.missing.allSatisfy({ key($0) != nil }), let only = keys.first {
                settles[only, default: 0] += 1
            }
            for outcome in determination.rules where outcome.truth == .unknown {
                for comparison in outcome.trace?.comparisons ?? [] where comparison.truth == .unknown {
                    let threshold: Question.Threshold
                    if let known = comparison.rightValue, comparison.leftValue == nil {
                        threshold = Question.Threshold(rule: outcome.rule.id, side: comparison.left,
                                                       comparison: comparison.comparison, value: known)
                    } else if let known = comparison.leftValue, comparison.rightValue == nil {
                        threshold = Question.Threshold(rule: outcome.rule.id, side: comparison.right,
                                                       comparison: comparison.comparison.mirrored, value: known)
                    } else {
                        continue
                    }
                    // A flip point below 0 cannot be reached: no parameter, amount or count is negative.
                    let value = threshold.value.numerator
                    if value < 0 || (value == 0 && threshold.comparison == .lessThan) { continue }
                    for name in Set(comparison.missing.compactMap(key)) where thresholds[name]?.contains(threshold) != true {
                        thresholds[name, default: []].append(threshold)
                    }
                }
            }
        }
        let questions = order.map { name in
            Question(item: items[name]!, subjects: subjects[name] ?? [], settles: settles[name] ?? 0,
                     thresholds: thresholds[name] ?? [])
        }
        // Stable: equal ranks keep the catalog's order.
        return questions.enumerated().sorted { a, b in
            if a.element.settles != b.element.settles { return a.element.settles > b.element.settles }
            if a.element.subjects.count != b.element.subjects.count { return a.element.subjects.count > b.element.subjects.count }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension Comparison {
    /// The same condition read from the other side: `a < b` is `b > a`.
    public var mirrored: Comparison {
        switch self {
        case .lessThan: return .greaterThan
        case .atMost: return .atLeast
        case .greaterThan: return .lessThan
        case .atLeast: return .atMost
        case .equal: return .equal
        }
    }
}
