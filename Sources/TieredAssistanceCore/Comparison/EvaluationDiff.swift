/// How a household's outcomes differ between two evaluations: before and after a change of
/// its facts (a what-if), of the day, or of the policy book.
///
/// ```swift
/// var changed = household
/// changed.incomes[0].monthlyAmount = Money(yuan: 3000)
/// let diff = EvaluationDiff(before: try evaluator.evaluate(household, on: day),
///                           after: try evaluator.evaluate(changed, on: day))
/// for change in diff.changes {
///     print(change.program, change.before?.status as Any, "→", change.after?.status as Any)
/// }
/// ```
///
/// Determinations are matched by program and member. An outcome changes when its status, its
/// amount (value or period) or the tier outranking it differs; programs that apply in only one evaluation are
/// changes with the other side `nil`.
public struct EvaluationDiff: Sendable {
    /// One program's outcome (for the household or a member) that differs.
    public struct Change: Sendable {
        /// The program.
        public let program: ProgramID
        /// The member, for a member's determination.
        public let member: Member.ID?
        /// The determination before; `nil` when the program had none for this household or member.
        public let before: Determination?
        /// The determination after; `nil` when it has none now.
        public let after: Determination?

        /// Whether the status differs.
        public var statusChanged: Bool { before?.status != after?.status }
        /// Whether the amount differs (its value or its period).
        public var amountChanged: Bool {
            before?.amount?.value != after?.amount?.value || before?.amount?.period != after?.amount?.period
        }
        /// Whether the tier that outranks it differs (an outranked tier is shown but not paid).
        public var outrankingChanged: Bool { before?.supersededBy != after?.supersededBy }
    }

    /// The evaluation before.
    public let before: Evaluation
    /// The evaluation after.
    public let after: Evaluation
    /// The outcomes that differ, in the after evaluation's order, then those only before.
    public let changes: [Change]
    /// How many outcomes are the same in both.
    public let unchangedCount: Int

    /// Compares two evaluations of the same household.
    public init(before: Evaluation, after: Evaluation) {
        self.before = before
        self.after = after
        struct Key: Hashable {
            let program: ProgramID
            let member: Member.ID?
        }
        var earlier: [Key: Determination] = [:]
        for determination in before.determinations {
            earlier[Key(program: determination.program, member: determination.member)] = determination
        }
        var changes: [Change] = []
        var unchanged = 0
        for determination in after.determinations {
            let key = Key(program: determination.program, member: determination.member)
            let change = Change(program: key.program, member: key.member, before: earlier.removeValue(forKey: key), after: determination)
            if change.statusChanged || change.amountChanged || change.outrankingChanged { changes.append(change) } else { unchanged += 1 }
        }
        for determination in before.determinations
        where earlier[Key(program: determination.program, member: determination.member)] != nil {
            changes.append(Change(program: determination.program, member: determination.member, before: determination, after: nil))
        }
        self.changes = changes
        self.unchangedCount = unchanged
    }

    /// Whether the household's tier differs.
    public var tierChanged: Bool { before.tier != after.tier }
}
