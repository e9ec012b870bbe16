import TieredAssistanceCore

extension MeasureContext {
    /// A missing household field.
    func missingField(_ path: FieldPath, _ reason: Label) -> MeasureOutcome {
        .missing([.field(path, reason: reason)])
    }

    /// The member's disability certificate if it is in force on the evaluation day:
    /// certified on or before it, or with no certified day recorded.
    var currentCertificate: DisabilityCertificate? {
        guard let certificate = currentMember.disability, certificate.isInForce(on: day) else { return nil }
        return certificate
    }

    /// The value of a money parameter as a quantity, or its absence.
    func parameterQuantity(_ id: ParameterID) -> MeasureOutcome {
        switch parameter(id) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(resolved.entry.quantity)
        }
    }
}

/// The expense categories counted by a spending measure and how education counts.
struct SpendingSelection: Sendable {
    /// The categories counted.
    let categories: Set<ExpenseCategory>
    /// Whether education counts as S4 art. 5 says (national rule, from 2025-01-01): only from
    /// kindergarten to bachelor level, and at most the comparable public-school fee. Texts
    /// that predate S4 or name no cap (S15, S10, S7) count education spending as recorded.
    let educationAsInS4: Bool

    /// The total of the selected expenses dated within `window`.
    ///
    /// With ``educationAsInS4``, an education expense without its comparable public-school
    /// fee, or for a member whose schooling is not recorded, counts somewhere between 0 and
    /// its recorded amount: the total is then a range from the known part to the known part
    /// plus those amounts, naming the missing facts.
    func total(in context: MeasureContext, window: DayInterval) -> MeasureOutcome {
        var total = Money.zero
        var unknownPart = Money.zero
        var missing: [MissingItem] = []
        for (index, expense) in context.household.expenses.enumerated()
        where categories.contains(expense.category) && window.contains(expense.day) {
            guard expense.category == .education, educationAsInS4 else {
                total += expense.amount
                continue
            }
            if let memberID = expense.member, let position = context.household.members.firstIndex(where: { $0.id == memberID }) {
                guard let schooling = context.household.members[position].schooling else {
                    missing.append(.field(FieldPath([.key("members"), .index(position), .key("schooling")]),
                                          reason: Label("教育支出仅计学前至本科阶段", "education spending counts only from kindergarten to bachelor level")))
                    unknownPart += expense.amount
                    continue
                }
                if !schooling.isPreschoolToBachelor { continue }
            }
            guard let cap = expense.comparablePublicSchoolFee else {
                missing.append(.field(FieldPath([.key("expenses"), .index(index), .key("comparablePublicSchoolFee")]),
                                      reason: Label("教育支出以同类公办学校收费为限（《刚性支出困难家庭认定办法》第五条）", "education counts up to the comparable public-school fee (S4 art. 5)")))
                unknownPart += expense.amount
                continue
            }
            total += min(expense.amount, cap)
        }
        if !missing.isEmpty {
            return .range(QuantityRange(lower: .money(total, periodMonths: 12), upper: .money(total + unknownPart, periodMonths: 12)),
                          missing: missing)
        }
        return .value(.money(total, periodMonths: 12))
    }
}
