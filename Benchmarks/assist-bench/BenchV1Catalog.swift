import TieredAssistance

/// Rule set bench-v1 (../shared/bench-v1/README.md) built with the library's public rule
/// API: measures, conditions, programs and amount formulas evaluated by ``Evaluator``,
/// exactly like the Inner Mongolia catalog. Nothing here decides a tier by hand.
///
/// Regions 0-4 are mapped to five jurisdiction codes (``BenchV1Book/regionCodes``); the
/// regional table and the dated 2024/2025 values live in ``BenchV1Book``.
enum BenchV1Catalog {
    // MARK: Programs (tiers in bench-v1's order, then the flag)
    static let extremePoverty: ProgramID = ProgramID("bench.extreme_poverty")
    static let dibao: ProgramID = ProgramID("bench.dibao")
    static let singlePerson: ProgramID = ProgramID("bench.dibao_single_person")
    static let marginal: ProgramID = ProgramID("bench.marginal")
    static let rigid: ProgramID = ProgramID("bench.rigid_expenditure_hardship")
    static let defacto: ProgramID = ProgramID("bench.defacto_hardship")

    static let tierNames: [ProgramID: String] = [
        extremePoverty: "extreme_poverty", dibao: "dibao", singlePerson: "dibao_single_person",
        marginal: "marginal", rigid: "rigid_expenditure_hardship",
    ]

    static let source = Citation(PolicyDocument(key: "bench-v1", title: "Rule set bench-v1", issuer: "bench-v1 README",
                                                url: "../shared/bench-v1/README.md"))

    // MARK: Measures

    static let measures: [Measure] = [
        Measure(id: MeasureID("bench.size"), chineseTitle: "家庭人数", englishTitle: "members", scope: .household, unit: .count,
                definition: "n, the number of members.",
                columns: householdForm { context, household in .count(context.memberRows(of: household).count) }) { context in
            .value(.count(context.household.members.count))
        },
        Measure(id: MeasureID("bench.income"), chineseTitle: "家庭月收入", englishTitle: "household monthly income", scope: .household,
                unit: .moneyPerMonth, definition: "The sum of the members' monthly_income_fen.",
                columns: incomeForm { total, _ in Quantity(Int128(total), unit: .moneyPerMonth) }) { context in
            var total: Int64 = 0
            for income in context.household.incomes { total += income.monthlyAmount.fen }
            return .value(Quantity(Int128(total), unit: .moneyPerMonth))
        },
        Measure(id: MeasureID("bench.pci"), chineseTitle: "人均月收入", englishTitle: "income per person", scope: .household,
                unit: .moneyPerMonth, definition: "income / n, an exact fraction.",
                columns: incomeForm { total, n in Quantity(Int128(total), over: Int128(n), unit: .moneyPerMonth) }) { context in
            var total: Int64 = 0
            for income in context.household.incomes { total += income.monthlyAmount.fen }
            return .value(Quantity(Int128(total), over: Int128(context.household.members.count), unit: .moneyPerMonth))
        },
        Measure(id: MeasureID("bench.annual-pci"), chineseTitle: "人均年收入", englishTitle: "annual income per person",
                scope: .household, unit: .moneyPerYear, definition: "12 × pci.",
                columns: incomeForm { total, n in Quantity(Int128(total) * 12, over: Int128(n), unit: .moneyPerYear) }) { context in
            var total: Int64 = 0
            for income in context.household.incomes { total += income.monthlyAmount.fen }
            return .value(Quantity(Int128(total) * 12, over: Int128(context.household.members.count), unit: .moneyPerYear))
        },
        Measure(id: MeasureID("bench.assets-per-person"), chineseTitle: "人均金融资产", englishTitle: "financial assets per person",
                scope: .household, unit: .moneySum, definition: "financial_assets / n.",
                columns: Measure.ColumnForm(householdColumns: [BenchV1Table.assets]) { context, output in
                    let assets = context.householdColumn(0)
                    for household in context.rows {
                        let n = context.memberRows(of: household).count
                        output.set(Quantity(Int128(assets[household]), over: Int128(n), unit: .moneySum), row: household)
                    }
                }) { context in
            var total: Int64 = 0
            for asset in context.household.assets?.financial ?? [] { total += asset.amount.fen }
            return .value(Quantity(Int128(total), over: Int128(context.household.members.count), unit: .moneySum))
        },
        Measure(id: MeasureID("bench.rigid"), chineseTitle: "12个月刚性支出", englishTitle: "rigid spending, 12 months", scope: .household,
                unit: .moneyPerYear, definition: "rigid_medical_12m + rigid_education_12m.",
                columns: Measure.ColumnForm(householdColumns: [BenchV1Table.medical, BenchV1Table.education]) { context, output in
                    let (medical, education) = (context.householdColumn(0), context.householdColumn(1))
                    for household in context.rows {
                        output.set(Quantity(Int128(medical[household] + education[household]), unit: .moneyPerYear), row: household)
                    }
                }) { context in
            var total: Int64 = 0
            for expense in context.household.expenses { total += expense.amount.fen }
            return .value(Quantity(Int128(total), unit: .moneyPerYear))
        },
        Measure(id: MeasureID("bench.urban"), chineseTitle: "城镇", englishTitle: "urban region", scope: .household, unit: .flag,
                definition: "The region is urban.",
                columns: householdForm { context, household in
                    .flag(context.table.places[context.table.placePosition(of: household)].residence == .urban)
                }) { context in
            .value(.flag(context.household.residence == .urban))
        },
        Measure(id: MeasureID("bench.age"), chineseTitle: "年龄", englishTitle: "age", scope: .member, unit: .years,
                definition: "Whole years on the evaluation day.",
                columns: Measure.ColumnForm(memberColumns: [BenchV1Table.birth]) { context, output in
                    let births = context.memberColumn(0)
                    for row in context.rows {
                        guard let birth = Day(number: Int(births[row])) else {
                            output.setMissing([.arithmetic(Label("出生日期 \(births[row]) 不是有效日期", "birth \(births[row]) is not a day"))], row: row)
                            continue
                        }
                        output.set(Quantity(Int128(birth.age(on: context.day)), unit: .years), row: row)
                    }
                }) { context in
            .value(Quantity(Int128(context.household.members[context.memberIndex ?? 0].age(on: context.day)), unit: .years))
        },
        Measure(id: MeasureID("bench.labour-capacity"), chineseTitle: "有劳动能力", englishTitle: "labour capacity", scope: .member,
                unit: .flag, definition: "labor_capacity.",
                columns: memberFlagForm(BenchV1Table.labourCapacity)) { context in
            .value(.flag(context.household.members[context.memberIndex ?? 0].labourCapacity == .full))
        },
        Measure(id: MeasureID("bench.member-income"), chineseTitle: "本人月收入", englishTitle: "own monthly income", scope: .member,
                unit: .moneyPerMonth, definition: "The member's monthly_income_fen.",
                columns: Measure.ColumnForm(memberColumns: [BenchV1Table.income]) { context, output in
                    let incomes = context.memberColumn(0)
                    for row in context.rows { output.set(Quantity(Int128(incomes[row]), unit: .moneyPerMonth), row: row) }
                }) { context in
            let id = context.household.members[context.memberIndex ?? 0].id
            var total: Int64 = 0
            for income in context.household.incomes where income.member == id { total += income.monthlyAmount.fen }
            return .value(Quantity(Int128(total), unit: .moneyPerMonth))
        },
        Measure(id: MeasureID("bench.severe-disabled"), chineseTitle: "重度残疾", englishTitle: "severely disabled", scope: .member,
                unit: .flag, definition: "grade 1-2, or grade 3 intellectual or mental.",
                columns: Measure.ColumnForm(memberColumns: [BenchV1Table.disabilityGrade, BenchV1Table.disabilityCategory]) { context, output in
                    let (grades, categories) = (context.memberColumn(0), context.memberColumn(1))
                    for row in context.rows {
                        let certificate = BenchV1Table.certificate(grade: grades[row], category: categories[row])
                        output.set(.flag(certificate?.isSevere ?? false), row: row)
                    }
                }) { context in
            .value(.flag(context.household.members[context.memberIndex ?? 0].disability?.isSevere ?? false))
        },
        Measure(id: MeasureID("bench.severe-illness"), chineseTitle: "重病", englishTitle: "severe illness", scope: .member, unit: .flag,
                definition: "severe_illness.", columns: memberFlagForm(BenchV1Table.severeIllness)) { context in
            .value(.flag(context.household.members[context.memberIndex ?? 0].majorIllness != nil))
        },
    ]

    /// A household measure computed from the context and the household position alone.
    static func householdForm(_ value: @escaping @Sendable (ColumnMeasureContext, Int) -> Quantity) -> Measure.ColumnForm {
        Measure.ColumnForm { context, output in
            for household in context.rows { output.set(value(context, household), row: household) }
        }
    }

    /// A household measure of the members' total monthly income and the number of members.
    static func incomeForm(_ value: @escaping @Sendable (Int64, Int) -> Quantity) -> Measure.ColumnForm {
        Measure.ColumnForm(memberColumns: [BenchV1Table.income]) { context, output in
            let incomes = context.memberColumn(0)
            for household in context.rows {
                let rows = context.memberRows(of: household)
                var total: Int64 = 0
                for row in rows { total += incomes[row] }
                output.set(value(total, rows.count), row: household)
            }
        }
    }

    /// A member flag read from a 0/1 column.
    static func memberFlagForm(_ column: String) -> Measure.ColumnForm {
        Measure.ColumnForm(memberColumns: [column]) { context, output in
            let values = context.memberColumn(0)
            for row in context.rows { output.set(.flag(values[row] != 0), row: row) }
        }
    }

    // MARK: Conditions

    static let assetsOK = Condition.compare(
        .measure(MeasureID("bench.assets-per-person")), .atMost,
        .product(.parameter(BenchV1Book.assetYears), .parameter(BenchV1Book.standard)))
    static let severeMember = Condition.any([.isTrue(MeasureID("bench.severe-disabled")), .isTrue(MeasureID("bench.severe-illness"))])
    static let belowMarginal = Condition.compare(
        .measure(MeasureID("bench.pci")), .lessThan, .product(.parameter(BenchV1Book.marginalMultiple), .parameter(BenchV1Book.standard)))

    static func rule(_ id: RuleID, _ program: ProgramID, _ condition: Condition) -> Rule {
        Rule(id: id, chineseTitle: id.rawValue, englishTitle: id.rawValue, citations: [source], scope: .household,
             program: program, condition: condition)
    }

    static let rules: [Rule] = [
        rule(RuleID("bench.extreme_poverty.rule"), extremePoverty, .all([
            .compare(.measure(MeasureID("bench.size")), .equal, .constant(.count(1))),
            .allMembers(.all([
                .not(.isTrue(MeasureID("bench.labour-capacity"))),
                .compare(.measure(MeasureID("bench.member-income")), .equal, .constant(.money(.zero, periodMonths: 1))),
                .any([
                    .compare(.measure(MeasureID("bench.age")), .atLeast, .parameter(BenchV1Book.elderlyAge)),
                    .compare(.measure(MeasureID("bench.age")), .lessThan, .parameter(BenchV1Book.minorAge)),
                    .isTrue(MeasureID("bench.severe-disabled")),
                ]),
            ])),
        ])),
        rule(RuleID("bench.dibao.rule"), dibao, .all([
            .compare(.measure(MeasureID("bench.pci")), .lessThan, .parameter(BenchV1Book.standard)), assetsOK,
        ])),
        rule(RuleID("bench.dibao_single_person.rule"), singlePerson, .all([belowMarginal, assetsOK, .anyMember(severeMember)])),
        rule(RuleID("bench.marginal.rule"), marginal, .all([belowMarginal, assetsOK])),
        rule(RuleID("bench.rigid_expenditure_hardship.rule"), rigid, .all([
            .compare(.measure(MeasureID("bench.annual-pci")), .lessThan, .parameter(BenchV1Book.priorYearIncome)),
            .compare(.measure(MeasureID("bench.rigid")), .greaterThan,
                     .product(.parameter(BenchV1Book.rigidShare), .product(.measure(MeasureID("bench.annual-pci")), .measure(MeasureID("bench.size"))))),
            assetsOK,
        ])),
        rule(RuleID("bench.defacto_hardship.rule"), defacto, .all([
            .tier(in: [dibao]), .isTrue(MeasureID("bench.urban")),
            .compare(.measure(MeasureID("bench.rigid")), .greaterThan, .parameter(BenchV1Book.defactoThreshold)),
        ])),
    ]

    // MARK: Programs and amounts

    static let programs: [Program] = [
        Program(id: extremePoverty, chineseTitle: "特困", englishTitle: "extreme_poverty", kind: .tier(rank: 0), scope: .household,
                rules: [RuleID("bench.extreme_poverty.rule")],
                amount: AmountFormula(.operand(.product(.parameter(BenchV1Book.extremeMultiplier), .parameter(BenchV1Book.standard)),
                                               Label("1.3 × 标准", "1.3 × std")),
                                      rounding: .halfUp, citations: [source]),
                citations: [source]),
        Program(id: dibao, chineseTitle: "低保", englishTitle: "dibao", kind: .tier(rank: 1), scope: .household,
                rules: [RuleID("bench.dibao.rule")],
                amount: AmountFormula(.sum([
                    .difference(.operand(.product(.parameter(BenchV1Book.standard), .measure(MeasureID("bench.size"))), Label("std × n", "std × n")),
                                .operand(.measure(MeasureID("bench.income")), Label("income", "income")), Label("差额", "difference")),
                    .sumOverMembers(where: .any([
                        .compare(.measure(MeasureID("bench.age")), .atLeast, .parameter(BenchV1Book.supplementElderlyAge)),
                        .compare(.measure(MeasureID("bench.age")), .lessThan, .parameter(BenchV1Book.supplementMinorAge)),
                        .isTrue(MeasureID("bench.severe-disabled")),
                    ]), each: .operand(.product(.parameter(BenchV1Book.supplementRate), .parameter(BenchV1Book.standard)),
                                       Label("0.1 × std", "0.1 × std")),
                    Label("分类施保", "supplement")),
                ], Label("低保金", "dibao amount")), rounding: .halfUp, citations: [source]),
                citations: [source]),
        Program(id: singlePerson, chineseTitle: "单人保", englishTitle: "dibao_single_person", kind: .tier(rank: 2), scope: .household,
                rules: [RuleID("bench.dibao_single_person.rule")],
                amount: AmountFormula(.sumOverMembers(where: severeMember, each: .operand(.parameter(BenchV1Book.standard), Label("std", "std")),
                                                      Label("std × severe members", "std × severe members")),
                                      rounding: .halfUp, citations: [source]),
                citations: [source]),
        Program(id: marginal, chineseTitle: "低保边缘", englishTitle: "marginal", kind: .tier(rank: 3), scope: .household,
                rules: [RuleID("bench.marginal.rule")], citations: [source]),
        Program(id: rigid, chineseTitle: "刚性支出困难", englishTitle: "rigid_expenditure_hardship", kind: .tier(rank: 4),
                scope: .household, rules: [RuleID("bench.rigid_expenditure_hardship.rule")], citations: [source]),
        Program(id: defacto, chineseTitle: "城镇事实困难", englishTitle: "defacto_hardship", kind: .entitlement, scope: .household,
                rules: [RuleID("bench.defacto_hardship.rule")], citations: [source]),
    ]

    static func catalog() throws -> RuleCatalog {
        try RuleCatalog(measures: measures, rules: rules, programs: programs, parameters: BenchV1Book.catalog)
    }
}
