import Testing
import TieredAssistance

// MARK: - Scenario

/// What `Evaluator.decide` decided for one household: the oracle.
struct Outcome: Sendable {
    let tier: TierOutcome
    let memberCount: Int
    private let statuses: [ProgramStatus?]
    private let amounts: [Money?]
    /// Whether no program is undetermined and every eligible program with an amount
    /// formula got its amount (at the program's own level: household or each member).
    let complete: Bool

    init(_ decision: Decision, catalog: RuleCatalog) {
        tier = decision.tier
        memberCount = decision.memberCount
        var statuses: [ProgramStatus?] = []
        var amounts: [Money?] = []
        var complete = true
        for (position, program) in catalog.programs.enumerated() {
            for member in [nil] + (0..<decision.memberCount).map(Optional.some) {
                let status = decision.status(ofProgramAt: position, member: member)
                let amount = decision.amount(ofProgramAt: position, member: member)
                statuses.append(status)
                amounts.append(amount)
                guard (member == nil) == (program.scope == .household) else { continue }
                if status == .undetermined || (status == .eligible && program.amount != nil && amount == nil) { complete = false }
            }
        }
        self.statuses = statuses
        self.amounts = amounts
        self.complete = complete
    }

    var memberIndices: Range<Int> { 0..<memberCount }

    func status(_ program: Int, _ member: Int?) -> ProgramStatus? {
        statuses[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)]
    }

    func amount(_ program: Int, _ member: Int?) -> Money? {
        amounts[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)]
    }
}

/// The shared fixture: the catalog and book, the records, the same households as models
/// and as a table, and the household engine's outcomes on each of ``Twin/days``.
struct Scenario: Sendable {
    let catalog: RuleCatalog
    let book: PolicyBook
    let evaluator: Evaluator
    let columnar: ColumnarEvaluator
    let records: [HouseholdRecord]
    let households: [Household]
    let table: HouseholdTable
    let expected: [[Outcome]]

    static let householdCount = 3_000

    /// The scenario with `book` (default: ``Twin/book()``).
    static func make(book chosen: PolicyBook? = nil) -> Scenario {
        do {
            let catalog = try Twin.catalog()
            let book = try chosen ?? Twin.book()
            let evaluator = try Evaluator(catalog: catalog, book: book)
            // Small blocks: the table spans many of them, and whole blocks at one place.
            let columnar = ColumnarEvaluator(evaluator, blockSize: 256)
            var generator = RecordGenerator(seed: 20_250_301, book: book)
            let records = (0..<householdCount).map { generator.record($0) }
            let households = records.enumerated().map { Twin.household($1, index: $0) }
            var table = Twin.emptyTable()
            for record in records { try Twin.append(record, to: &table) }
            let expected = try Twin.days.map { day in
                try Self.decide(households, on: day, evaluator: evaluator)
            }
            return Scenario(catalog: catalog, book: book, evaluator: evaluator, columnar: columnar, records: records,
                            households: households, table: table, expected: expected)
        } catch {
            fatalError("cannot build the columnar test scenario: \(error)")
        }
    }

    /// `Evaluator.decide` for each household, parameters resolved once per place.
    static func decide(_ households: [Household], on day: Day, evaluator: Evaluator) throws -> [Outcome] {
        var decision = Decision()
        let scratch = EvaluationScratch()
        var resolved: [HouseholdTable.Place: ResolvedParameters] = [:]
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(households.count)
        for household in households {
            let place = HouseholdTable.Place(jurisdiction: household.jurisdiction, residence: household.residence)
            let parameters = resolved[place] ?? evaluator.book.resolveAll(jurisdiction: place.jurisdiction,
                                                                          residence: place.residence, on: day)
            resolved[place] = parameters
            try evaluator.decide(household, on: day, parameters: parameters, into: &decision, scratch: scratch)
            outcomes.append(Outcome(decision, catalog: evaluator.catalog))
        }
        return outcomes
    }
}

// MARK: - Records

/// One member's random facts, written both into a ``Member`` and into member columns.
struct MemberRecord: Sendable {
    var birth: Day
    var incomeFen: Int64
    /// The member's income was not assessed: the household's income is missing.
    var incomeUnknown: Bool
    /// 0 none, 1 full, 2 partial, 3 not assessed (missing).
    var labour: Int64
    /// 0 none, 1-4 a physical disability of that grade (1-2 severe).
    var disabilityGrade: Int64
    var ill: Bool
}

/// One household's random facts, written both into a ``Household`` and into a table row.
struct HouseholdRecord: Sendable {
    var place: HouseholdTable.Place
    var members: [MemberRecord]
    var assetsFen: Int64
    /// The assets were not reported (the model has `assets == nil`; the column still holds a value).
    var assetsUnknown: Bool
    var expenseFen: Int64
    var expenseDay: Day
    /// 0 no finding, 1 a finding, 2 not recorded: the measure then gives a value in the
    /// wrong unit, which both engines refuse (undetermined).
    var finding: Int64

    var summary: String {
        let people = members.map { member in
            "born \(member.birth) income \(member.incomeUnknown ? "?" : String(member.incomeFen)) labour \(member.labour) grade \(member.disabilityGrade)\(member.ill ? " ill" : "")"
        }
        return "\(place.jurisdiction) \(place.residence.rawValue), assets \(assetsUnknown ? "?" : String(assetsFen)), expense \(expenseFen) on \(expenseDay), finding \(finding); \(people.joined(separator: "; "))"
    }
}

/// Seeded households around the catalog's thresholds: a quarter elderly households of one
/// or two members, the others of one to five members of every age; a few facts missing;
/// some figures exactly on a threshold; a few rigid-spending figures near `Money.inputLimit`.
struct RecordGenerator {
    var random: SplitMix64
    let book: PolicyBook

    init(seed: UInt64, book: PolicyBook) {
        random = SplitMix64(state: seed)
        self.book = book
    }

    mutating func chance(_ percent: Int) -> Bool { random.below(100) < percent }

    /// A birthday `age` full years before the first evaluation day (never after it: nobody is born later).
    mutating func day(bornAged age: Int) -> Day {
        Twin.days[0].adding(days: -(age * 365 + random.below(365)))
    }

    /// Birthdays that fall on an evaluation day, for the age thresholds (60, 65, 16, 18, 70).
    static let edgeBirths: [Day] = ["1964-10-01", "1959-10-01", "2008-10-01", "2006-10-01", "1954-10-01", "1965-03-01",
                                    "1960-03-01", "2007-03-01", "1964-02-29"].map { Fixture.day($0) }

    mutating func record(_ index: Int) -> HouseholdRecord {
        // Households 1,024-1,799 share one place, so several whole blocks have a single place.
        let place = (1_024..<1_800).contains(index) ? Twin.places[0] : Twin.places[random.below(Twin.places.count)]
        let elderly = chance(25)
        let size = elderly ? 1 + random.below(2) : 1 + random.below(5)
        var members: [MemberRecord] = []
        for position in 0..<size {
            let age = elderly ? 60 + random.below(36) : position == 0 ? 18 + random.below(70) : random.below(91)
            let birth = chance(6) ? Self.edgeBirths[random.below(Self.edgeBirths.count)] : day(bornAged: age)
            let income: Int64 = chance(elderly ? 30 : 25) ? 0 : Int64(random.below(elderly ? 60_000 : 300_000))
            let labour: Int64
            if chance(5) {
                labour = 3
            } else if elderly || age < 16 || age >= 60 {
                labour = [0, 0, 0, 0, 0, 0, 2, 1][random.below(8)]
            } else {
                labour = [1, 1, 1, 1, 1, 1, 2, 2, 0, 0][random.below(10)]
            }
            members.append(MemberRecord(birth: birth, incomeFen: income, incomeUnknown: chance(3), labour: labour,
                                        disabilityGrade: chance(12) ? Int64(1 + random.below(4)) : 0, ill: chance(6)))
        }
        // Some households earn exactly the standard per person on the first day.
        if !elderly && chance(5), let standard = standardFen(place) {
            let others = members.dropFirst().reduce(0) { $0 + $1.incomeFen }
            let first = standard * Int64(size) - others
            if first >= 0 { members[0].incomeFen = first }
        }
        var assets = chance(10) ? 0 : Int64(random.below(elderly ? 2_000_000 : 6_000_000))
        // Some hold exactly the dibao asset limit (24 months of the standard) on the first day.
        if chance(4), let standard = standardFen(place) { assets = 24 * standard }
        var expense = chance(10) ? 0 : Int64(random.below(4_000_000))
        if chance(2) { expense = Money.inputLimit.fen - Int64(random.below(1_000_000)) }
        let expenseDay = Fixture.day("2023-09-01").adding(days: random.below(548))
        let finding: Int64 = [0, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1][random.below(20)]
        return HouseholdRecord(place: place, members: members, assetsFen: assets, assetsUnknown: chance(8),
                               expenseFen: expense, expenseDay: expenseDay, finding: finding)
    }

    func standardFen(_ place: HouseholdTable.Place) -> Int64? {
        book.resolve(Twin.standard, jurisdiction: place.jurisdiction, residence: place.residence, on: Twin.days[0])
            .resolved?.entry.value.money?.fen
    }
}

// MARK: - Test catalog

/// The test catalog, its book and table layout. Every measure has a household form
/// (reading the ``Household`` model) and a column form (reading ``HouseholdTable``
/// columns) that must agree.
enum Twin {
    static let source = Citation(PolicyDocument(key: "T1", title: "列式引擎对照测试规则", issuer: "ColumnarEvaluatorTests"),
                                 article: "art. 1")

    /// The evaluation days: the day-limited programs, variants and parameter values differ.
    static let days = [Fixture.day("2024-10-01"), Fixture.day("2025-03-01")]

    static let placeA = Fixture.code("159901")
    static let placeB = Fixture.code("159902")
    static let placeC = Fixture.code("159801")
    static let leagueAB = Fixture.code("159900")
    static let leagueC = Fixture.code("159800")
    static let places: [HouseholdTable.Place] = [placeA, placeB, placeC].flatMap { code in
        Residence.allCases.map { HouseholdTable.Place(jurisdiction: code, residence: $0) }
    }

    // MARK: Programs (catalog order; tiers are not in rank order)

    static let dibao: ProgramID = "twin.dibao"
    static let extreme: ProgramID = "twin.extreme"
    static let memberTier: ProgramID = "twin.member-tier"
    static let marginal: ProgramID = "twin.marginal"
    static let rigid: ProgramID = "twin.rigid"
    static let topUp: ProgramID = "twin.tier-top-up"
    static let afterMarginal: ProgramID = "twin.after-marginal"
    static let review: ProgramID = "twin.review"
    static let care: ProgramID = "twin.care"
    static let child: ProgramID = "twin.child"
    static let grant: ProgramID = "twin.household-grant"
    static let spendingAid: ProgramID = "twin.spending-aid"

    // MARK: Parameters

    static let standard: ParameterID = "twin.standard"
    static let priorIncome: ParameterID = "twin.prior-income"
    static let assetMonths: ParameterID = "twin.asset-months"
    static let extremeAssetYears: ParameterID = "twin.extreme-asset-years"
    static let marginalMultiple: ParameterID = "twin.marginal-multiple"
    static let elderlyAge: ParameterID = "twin.elderly-age"
    static let rigidShare: ParameterID = "twin.rigid-share"
    static let rigidThreshold: ParameterID = "twin.rigid-threshold"
    static let localCap: ParameterID = "twin.local-cap"
    static let supplementRate: ParameterID = "twin.supplement-rate"
    static let careAllowance: ParameterID = "twin.care-allowance"
    static let grantAmount: ParameterID = "twin.grant"
    static let childRate: ParameterID = "twin.child-rate"
    static let extremeMultiplier: ParameterID = "twin.extreme-multiplier"

    static func definition(_ id: ParameterID, _ unit: ParameterUnit, residenceSpecific: Bool = false) -> ParameterDefinition {
        ParameterDefinition(id: id, chineseTitle: id.rawValue, englishTitle: id.rawValue, units: [unit],
                            isResidenceSpecific: residenceSpecific, summary: "columnar test parameter")
    }

    static let parameters = ParameterCatalog([
        definition(standard, .yuanPerPersonPerMonth, residenceSpecific: true),
        definition(priorIncome, .yuanPerPersonPerYear),
        definition(assetMonths, .months),
        definition(extremeAssetYears, .years),
        definition(marginalMultiple, .ratio),
        definition(elderlyAge, .years),
        definition(rigidShare, .ratio),
        definition(rigidThreshold, .yuanPerYear),
        definition(localCap, .yuanPerMonth),
        definition(supplementRate, .ratio),
        definition(careAllowance, .yuanPerYear),
        definition(grantAmount, .yuan),
        definition(childRate, .ratio),
        definition(extremeMultiplier, .ratio),
    ])

    /// The values. `twin.local-cap` has no value in place C, and in B only until the end
    /// of 2024; the standard differs by residence, league, county (A urban from July 2024)
    /// and year; the elderly age and prior-year income differ in C.
    static func book() throws -> PolicyBook {
        func entry(_ id: ParameterID, _ code: AdministrativeDivisionCode, residence: Residence? = nil, _ effective: String,
                   ends: String? = nil, _ value: ParameterValue, _ unit: ParameterUnit) -> ParameterEntry {
            ParameterEntry(parameter: id, jurisdiction: code, residence: residence, effective: Fixture.day(effective),
                           ends: ends.map(Fixture.day), value: value, unit: unit, source: source, status: .illustrative)
        }
        let national = AdministrativeDivisionCode.national
        let perPerson = ParameterUnit.yuanPerPersonPerMonth
        let entries = [
            entry(standard, leagueAB, residence: .urban, "2024-01-01", .money(Money(yuan: 829, fen: 55)), perPerson),
            entry(standard, leagueAB, residence: .urban, "2025-01-01", .money(Money(yuan: 861, fen: 17)), perPerson),
            entry(standard, leagueAB, residence: .rural, "2024-01-01", .money(Money(yuan: 655, fen: 30)), perPerson),
            entry(standard, leagueAB, residence: .rural, "2025-01-01", .money(Money(yuan: 690)), perPerson),
            entry(standard, placeA, residence: .urban, "2024-07-01", .money(Money(yuan: 845, fen: 25)), perPerson),
            entry(standard, leagueC, residence: .urban, "2024-01-01", .money(Money(yuan: 780, fen: 33)), perPerson),
            entry(standard, leagueC, residence: .rural, "2024-01-01", .money(Money(yuan: 600, fen: 1)), perPerson),
            entry(priorIncome, national, "2024-01-01", .money(Money(yuan: 15_600, fen: 50)), .yuanPerPersonPerYear),
            entry(priorIncome, leagueC, "2024-01-01", .money(Money(yuan: 11_000)), .yuanPerPersonPerYear),
            entry(assetMonths, national, "2024-01-01", .integer(24), .months),
            entry(extremeAssetYears, national, "2024-01-01", .integer(1), .years),
            entry(marginalMultiple, national, "2024-01-01", .rate(Rate(3, over: 2)), .ratio),
            entry(elderlyAge, national, "2024-01-01", .integer(60), .years),
            entry(elderlyAge, placeC, "2024-01-01", .integer(65), .years),
            entry(rigidShare, national, "2024-01-01", .rate(Rate(1, over: 2)), .ratio),
            entry(rigidThreshold, national, "2024-01-01", .money(Money(yuan: 20_000)), .yuanPerYear),
            entry(localCap, placeA, "2024-01-01", .money(Money(yuan: 750)), .yuanPerMonth),
            entry(localCap, placeB, "2024-01-01", ends: "2024-12-31", .money(Money(yuan: 700, fen: 1)), .yuanPerMonth),
            entry(supplementRate, national, "2024-01-01", .rate(Rate(1, over: 10)), .ratio),
            entry(careAllowance, national, "2024-01-01", .money(Money(yuan: 1_234, fen: 57)), .yuanPerYear),
            entry(grantAmount, national, "2024-01-01", .money(Money(yuan: 500, fen: 5)), .yuan),
            entry(childRate, national, "2024-01-01", .rate(Rate(1, over: 3)), .ratio),
            entry(extremeMultiplier, national, "2024-01-01", .rate(Rate(13, over: 10)), .ratio),
        ]
        var book = PolicyBook(catalog: parameters)
        try book.add(PolicyBook.Layer(name: "twin", title: "columnar test values", entries: entries))
        return book
    }

    /// ``book()`` with the rigid share and the asset months unknown in place C (the place has
    /// its own values, not found): comparisons there are decided over ranges where they can be.
    static func bookWithUnknownValues() throws -> PolicyBook {
        var book = try self.book()
        let unknown = [(rigidShare, ParameterUnit.ratio), (assetMonths, .months)].map { id, unit in
            ParameterEntry(parameter: id, jurisdiction: placeC, residence: nil, effective: Fixture.day("2024-01-01"),
                           ends: nil, value: .unknown, unit: unit, source: source, status: .illustrative)
        }
        try book.add(PolicyBook.Layer(name: "unknown-in-c", title: "values not found in place C", entries: unknown))
        return book
    }

    // MARK: Table layout

    enum Column {
        static let assets = "assets_fen"
        static let assetsUnknown = "assets_unknown"
        static let expense = "expense_fen"
        static let expenseDay = "expense_day"
        static let finding = "finding"
        static let birth = "birth"
        static let income = "income_fen"
        static let incomeUnknown = "income_unknown"
        static let labour = "labour"
        static let disabilityGrade = "disability_grade"
        static let ill = "ill"
    }

    static let householdColumns = [Column.assets, Column.assetsUnknown, Column.expense, Column.expenseDay, Column.finding]
    static let memberColumns = [Column.birth, Column.income, Column.incomeUnknown, Column.labour, Column.disabilityGrade, Column.ill]

    /// An empty table with every place, in ``places`` order.
    static func emptyTable() -> HouseholdTable {
        var table = HouseholdTable(householdColumns: householdColumns, memberColumns: memberColumns)
        for place in places { _ = table.place(place) }
        return table
    }

    static func append(_ record: HouseholdRecord, to table: inout HouseholdTable) throws {
        let values: [Int64] = [record.assetsFen, record.assetsUnknown ? 1 : 0, record.expenseFen,
                               Int64(record.expenseDay.number), record.finding]
        for (column, value) in values.enumerated() { table.appendHouseholdValue(value, column: column) }
        for member in record.members {
            let values: [Int64] = [Int64(member.birth.number), member.incomeFen, member.incomeUnknown ? 1 : 0, member.labour,
                                   member.disabilityGrade, member.ill ? 1 : 0]
            for (column, value) in values.enumerated() { table.appendMemberValue(value, column: column) }
        }
        try table.endHousehold(place: table.place(record.place))
    }

    /// The record as a household model.
    static func household(_ record: HouseholdRecord, index: Int) -> Household {
        var members: [Member] = []
        var incomes: [Income] = []
        for (position, fact) in record.members.enumerated() {
            let id = Member.ID("m\(position + 1)")
            let capacity: [LabourCapacity?] = [LabourCapacity.unable, .full, .partial, nil]
            members.append(Member(
                id: id, relationship: position == 0 ? .applicant : .child, birthDate: fact.birth,
                labourCapacity: capacity[Int(fact.labour)], employment: fact.incomeUnknown ? nil : .employed,
                disability: DisabilityGrade(rawValue: Int(fact.disabilityGrade)).map { DisabilityCertificate(category: .physical, grade: $0) },
                majorIllness: fact.ill ? MajorIllness() : nil))
            // An unassessed member's income is still listed: the measures must not count it.
            if fact.incomeFen > 0 { incomes.append(Income(member: id, kind: .wage, monthlyAmount: Money(fen: fact.incomeFen))) }
        }
        return Household(
            id: Household.ID("T\(index)"), jurisdiction: record.place.jurisdiction, residence: record.place.residence,
            members: members, incomes: incomes,
            assets: record.assetsUnknown ? nil : Assets(financial: [FinancialAsset(kind: .deposit, amount: Money(fen: record.assetsFen))]),
            expenses: [Expense(member: nil, category: .medical, day: record.expenseDay, amount: Money(fen: record.expenseFen))],
            specialHardshipFinding: record.finding == 2 ? nil : record.finding == 1)
    }

    // MARK: Measures

    static func measure(_ id: MeasureID, _ scope: Scope, _ unit: QuantityUnit, columns: Measure.ColumnForm,
                        compute: @escaping @Sendable (MeasureContext) -> MeasureOutcome) -> Measure {
        Measure(id: id, chineseTitle: id.rawValue, englishTitle: id.rawValue, scope: scope, unit: unit,
                definition: "Test measure \(id).", columns: columns, compute: compute)
    }

    static let incomeMissing: [MissingItem] = [.field("members", reason: Label("成员收入未评估", "a member's income was not assessed"))]

    /// The household's monthly income, or `nil` when a member's income was not assessed.
    static func modelIncome(_ household: Household) -> Int64? {
        guard household.members.allSatisfy({ $0.employment != nil }) else { return nil }
        return household.incomes.reduce(0) { $0 + $1.monthlyAmount.fen }
    }

    /// A household measure of the members' total monthly income and the number of members.
    static func incomeMeasure(_ id: MeasureID, _ unit: QuantityUnit,
                              _ value: @escaping @Sendable (Int64, Int) -> Quantity) -> Measure {
        measure(id, .household, unit, columns: Measure.ColumnForm(memberColumns: [Column.income, Column.incomeUnknown]) { context, output in
            let (incomes, unknown) = (context.memberColumn(0), context.memberColumn(1))
            for household in context.rows {
                let rows = context.memberRows(of: household)
                var total: Int64 = 0
                var known = true
                for row in rows {
                    total += incomes[row]
                    if unknown[row] != 0 { known = false }
                }
                if known { output.set(value(total, rows.count), row: household) } else { output.setMissing(incomeMissing, row: household) }
            }
        }) { context in
            guard let total = modelIncome(context.household) else { return .missing(incomeMissing) }
            return .value(value(total, context.household.members.count))
        }
    }

    /// Whether an expense of `day` counts on `evaluation`: within the 365 days up to it.
    static func inWindow(_ day: Day, _ evaluation: Day) -> Bool {
        day <= evaluation && evaluation.adding(days: -365) < day
    }

    /// The measures; `ageShift` makes the age's column form disagree with its household
    /// form (to check that the comparison notices).
    static func measures(ageShift: Int = 0) -> [Measure] {
        [
            measure("twin.size", .household, .count, columns: Measure.ColumnForm { context, output in
                for household in context.rows { output.set(.count(context.memberRows(of: household).count), row: household) }
            }) { context in .value(.count(context.household.members.count)) },
            incomeMeasure("twin.income", .moneyPerMonth) { total, _ in Quantity(Int128(total), unit: .moneyPerMonth) },
            incomeMeasure("twin.pci", .moneyPerMonth) { total, n in Quantity(Int128(total), over: Int128(n), unit: .moneyPerMonth) },
            incomeMeasure("twin.annual-pci", .moneyPerYear) { total, n in
                Quantity(Int128(total) * 12, over: Int128(n), unit: .moneyPerYear)
            },
            measure("twin.assets", .household, .moneySum,
                    columns: Measure.ColumnForm(householdColumns: [Column.assets, Column.assetsUnknown]) { context, output in
                        let (assets, unknown) = (context.householdColumn(0), context.householdColumn(1))
                        for household in context.rows {
                            if unknown[household] != 0 {
                                output.setMissing([.field("assets", reason: Label("未申报", "not reported"))], row: household)
                            } else {
                                output.set(Quantity(Int128(assets[household]), unit: .moneySum), row: household)
                            }
                        }
                    }) { context in
                guard let assets = context.household.assets else { return .missing([.field("assets", reason: Label("未申报", "not reported"))]) }
                return .value(.money(assets.financialTotal, periodMonths: 0))
            },
            measure("twin.rigid-spending", .household, .moneyPerYear,
                    columns: Measure.ColumnForm(householdColumns: [Column.expense, Column.expenseDay]) { context, output in
                        let (amounts, days) = (context.householdColumn(0), context.householdColumn(1))
                        for household in context.rows {
                            guard let day = Day(number: Int(days[household])) else {
                                output.setMissing([.field("expenses", reason: Label("日期无效", "bad day"))], row: household)
                                continue
                            }
                            let counted = inWindow(day, context.day) ? Int128(amounts[household]) : 0
                            output.set(Quantity(counted, unit: .moneyPerYear), row: household)
                        }
                    }) { context in
                var total: Int128 = 0
                for expense in context.household.expenses where inWindow(expense.day, context.day) { total += Int128(expense.amount.fen) }
                return .value(Quantity(total, unit: .moneyPerYear))
            },
            measure("twin.urban", .household, .flag, columns: Measure.ColumnForm { context, output in
                for household in context.rows {
                    output.set(.flag(context.table.places[context.table.placePosition(of: household)].residence == .urban), row: household)
                }
            }) { context in .value(.flag(context.household.residence == .urban)) },
            // Not recorded gives a count, not a flag: a value in the wrong unit, which both engines refuse.
            measure("twin.finding", .household, .flag, columns: Measure.ColumnForm(householdColumns: [Column.finding]) { context, output in
                let findings = context.householdColumn(0)
                for household in context.rows {
                    output.set(findings[household] == 2 ? .count(1) : .flag(findings[household] == 1), row: household)
                }
            }) { context in
                .value(context.household.specialHardshipFinding.map { Quantity.flag($0) } ?? .count(1))
            },
            measure("twin.age", .member, .years, columns: Measure.ColumnForm(memberColumns: [Column.birth]) { context, output in
                let births = context.memberColumn(0)
                for row in context.rows {
                    guard let birth = Day(number: Int(births[row])) else {
                        output.setMissing([.field("birthDate", reason: Label("不是有效日期", "not a day"))], row: row)
                        continue
                    }
                    output.set(Quantity(Int128(birth.age(on: context.day) + ageShift), unit: .years), row: row)
                }
            }) { context in
                .value(Quantity(Int128(context.household.members[context.memberIndex ?? 0].age(on: context.day)), unit: .years))
            },
            measure("twin.member-income", .member, .moneyPerMonth,
                    columns: Measure.ColumnForm(memberColumns: [Column.income, Column.incomeUnknown]) { context, output in
                        let (incomes, unknown) = (context.memberColumn(0), context.memberColumn(1))
                        for row in context.rows {
                            if unknown[row] != 0 {
                                output.setMissing([.field(context.memberPath("employment", row: row), reason: Label("未评估", "not assessed"))], row: row)
                            } else {
                                output.set(Quantity(Int128(incomes[row]), unit: .moneyPerMonth), row: row)
                            }
                        }
                    }) { context in
                let member = context.household.members[context.memberIndex ?? 0]
                guard member.employment != nil else { return .missing([.field(context.memberPath("employment"), reason: Label("未评估", "not assessed"))]) }
                var total: Int64 = 0
                for income in context.household.incomes where income.member == member.id { total += income.monthlyAmount.fen }
                return .value(Quantity(Int128(total), unit: .moneyPerMonth))
            },
            measure("twin.labour", .member, .flag, columns: Measure.ColumnForm(memberColumns: [Column.labour]) { context, output in
                let labour = context.memberColumn(0)
                for row in context.rows {
                    if labour[row] == 3 {
                        output.setMissing([.field(context.memberPath("labourCapacity", row: row), reason: Label("未评估", "not assessed"))], row: row)
                    } else {
                        output.set(.flag(labour[row] == 1), row: row)
                    }
                }
            }) { context in
                guard let capacity = context.household.members[context.memberIndex ?? 0].labourCapacity else {
                    return .missing([.field(context.memberPath("labourCapacity"), reason: Label("未评估", "not assessed"))])
                }
                return .value(.flag(capacity == .full))
            },
            measure("twin.severe", .member, .flag, columns: Measure.ColumnForm(memberColumns: [Column.disabilityGrade]) { context, output in
                let grades = context.memberColumn(0)
                for row in context.rows { output.set(.flag(grades[row] >= 1 && grades[row] <= 2), row: row) }
            }) { context in
                .value(.flag(context.household.members[context.memberIndex ?? 0].disability?.isSevere ?? false))
            },
            measure("twin.ill", .member, .flag, columns: Measure.ColumnForm(memberColumns: [Column.ill]) { context, output in
                let ill = context.memberColumn(0)
                for row in context.rows { output.set(.flag(ill[row] != 0), row: row) }
            }) { context in
                .value(.flag(context.household.members[context.memberIndex ?? 0].majorIllness != nil))
            },
        ]
    }

    // MARK: Conditions

    static func label(_ text: String) -> Label { Label(text, text) }
    static func years(_ value: Int) -> Operand { .constant(Quantity(Int128(value), unit: .years)) }
    static func monthly(_ money: Money) -> Operand { .constant(.money(money, periodMonths: 1)) }
    static func ratio(_ numerator: Int64, _ denominator: Int64) -> Operand { .constant(.ratio(Rate(numerator, over: denominator))) }

    static let pci = Operand.labelled(.measure("twin.pci"), Label("人均月收入", "income per person"))
    static let standardOperand = Operand.labelled(.parameter(standard), Label("保障标准", "standard"))
    static let age = Operand.measure("twin.age")
    static let memberIncome = Operand.measure("twin.member-income")
    static let size = Operand.measure("twin.size")
    static let rigidSpending = Operand.measure("twin.rigid-spending")

    static let elderlyMember: Condition = .compare(age, .atLeast, .parameter(elderlyAge))
    static let frailMember: Condition = .all([
        .not(.isTrue("twin.labour")),
        .any([elderlyMember, .compare(age, .lessThan, years(16)), .isTrue("twin.severe")]),
    ])

    static func rule(_ id: RuleID, _ program: ProgramID, _ condition: Condition, applicability: Applicability = .everywhere,
                     refines: RuleID? = nil) -> Rule {
        rule(id, program, .household, condition, applicability: applicability, refines: refines)
    }

    static func rule(_ id: RuleID, _ program: ProgramID, _ scope: Scope, _ condition: Condition,
                     applicability: Applicability = .everywhere, refines: RuleID? = nil) -> Rule {
        Rule(id: id, chineseTitle: id.rawValue, englishTitle: id.rawValue, citations: [source], scope: scope,
             program: program, condition: condition, applicability: applicability, refines: refines)
    }

    static let rules: [Rule] = [
        // 低保 (rank 2): income below the standard (A: at most the standard + 50 yuan), assets at most 24 months of it.
        rule("twin.dibao.income", dibao, .compare(pci, .lessThan, standardOperand)),
        rule("twin.dibao.income.a", dibao, .compare(pci, .atMost, .sum(standardOperand, monthly(Money(yuan: 50)))),
             applicability: Applicability(jurisdictions: [placeA]), refines: "twin.dibao.income"),
        rule("twin.dibao.assets", dibao, .labelled(.compare(.measure("twin.assets"), .atMost,
                                                            .product(.parameter(assetMonths), standardOperand)),
                                                   Label("资产不超过24个月标准", "assets within 24 months of the standard"))),
        // 特困 (rank 0): every member frail, income at most the standard, assets below a year of it.
        rule("twin.extreme.members", extreme, .allMembers(.labelled(frailMember, label("frail")))),
        rule("twin.extreme.income", extreme, .compare(pci, .atMost, standardOperand)),
        rule("twin.extreme.assets", extreme, .compare(.measure("twin.assets"), .lessThan,
                                                      .product(.parameter(extremeAssetYears), standardOperand))),
        // A member-scope tier (rank 1): elderly, severely disabled or ill members with a low
        // own income (C: at most the standard), from June 2024 to January 2025; a rule that
        // exists only in A and C makes it not applicable member by member in B.
        rule("twin.member-tier.need", memberTier, .member, .any([elderlyMember, .isTrue("twin.severe"), .isTrue("twin.ill")])),
        rule("twin.member-tier.local", memberTier, .member, .compare(age, .atLeast, years(0)),
             applicability: Applicability(jurisdictions: [placeA, placeC])),
        rule("twin.member-tier.income", memberTier, .member, .compare(memberIncome, .lessThan, .product(ratio(1, 2), .parameter(standard)))),
        rule("twin.member-tier.income.c", memberTier, .member, .compare(memberIncome, .atMost, .parameter(standard)),
             applicability: Applicability(jurisdictions: [placeC]), refines: "twin.member-tier.income"),
        // 低保边缘 (rank 3): income below 1.5 standards (1.6 from 2025), and not above the prior-year income (yearly).
        rule("twin.marginal.income", marginal, .compare(pci, .lessThan, .product(.parameter(marginalMultiple), standardOperand))),
        rule("twin.marginal.income.2025", marginal, .compare(pci, .lessThan, .product(ratio(8, 5), standardOperand)),
             applicability: Applicability(from: Fixture.day("2025-01-01")), refines: "twin.marginal.income"),
        rule("twin.marginal.not-rich", marginal, .labelled(.not(.compare(.measure("twin.annual-pci"), .greaterThan, .parameter(priorIncome))),
                                                           label("not above the prior-year income"))),
        // 刚性支出 (rank 4, leagues A/B only): monthly income against a yearly figure, spending
        // above half the yearly income, and a recorded finding.
        rule("twin.rigid.income", rigid, .compare(pci, .lessThan, .parameter(priorIncome))),
        rule("twin.rigid.spending", rigid, .compare(rigidSpending, .greaterThan,
                                                    .product(.parameter(rigidShare), .product(.measure("twin.annual-pci"), size)))),
        rule("twin.rigid.finding", rigid, .isTrue("twin.finding")),
        // Entitlements.
        rule("twin.tier-top-up.tier", topUp, .all([.tier(in: [dibao, extreme, memberTier]), .isTrue("twin.urban")])),
        rule("twin.after-marginal.tier", afterMarginal, .any([.program(marginal, is: .eligible), .program(dibao, is: .eligible)])),
        rule("twin.after-marginal.spending", afterMarginal, .any([
            .program(rigid, is: .notApplicable), .compare(rigidSpending, .atLeast, .parameter(rigidThreshold)),
        ])),
        rule("twin.after-marginal.cap", afterMarginal, .compare(.measure("twin.income"), .lessThan,
                                                                .product(.constant(.count(4)), .parameter(localCap)))),
        rule("twin.review.pending", review, .any([.program(dibao, is: .undetermined), .program(extreme, is: .undetermined)])),
        rule("twin.review.size", review, .compare(size, .atLeast, .constant(.count(2)))),
        rule("twin.care.age", care, .member, .labelled(.all([elderlyMember, .not(.isTrue("twin.labour"))]), label("elderly, cannot work"))),
        rule("twin.care.income", care, .member, .any([
            .compare(memberIncome, .equal, monthly(.zero)),
            .compare(.sum(memberIncome, pci), .lessThan, .product(.constant(.count(2)), standardOperand)),
        ])),
        rule("twin.child.rule", child, .member, .all([
            .compare(age, .lessThan, years(18)),
            .any([.program(dibao, is: .eligible), .program(memberTier, is: .eligible), .tier(in: [extreme])]),
        ]), applicability: Applicability(jurisdictions: [placeA, placeC])),
        rule("twin.household-grant.carer", grant, .anyMember(.program(care, is: .eligible))),
        rule("twin.household-grant.no-top-up", grant, .not(.program(topUp, is: .eligible))),
        rule("twin.spending-aid.rule", spendingAid, .all([
            .compare(rigidSpending, .greaterThan, .parameter(rigidThreshold)),
            .any([.not(.isTrue("twin.finding")), .isTrue("twin.urban")]),
        ])),
    ]

    // MARK: Programs and amounts

    static func program(_ id: ProgramID, _ kind: ProgramKind, _ scope: Scope = .household, rules: [RuleID],
                        amount: AmountFormula? = nil, applicability: Applicability = .everywhere) -> Program {
        Program(id: id, chineseTitle: id.rawValue, englishTitle: id.rawValue, kind: kind, scope: scope, rules: rules,
                amount: amount, applicability: applicability, citations: [source])
    }

    static func formula(_ expression: AmountExpression, _ rounding: RoundingRule, period: AmountPeriod = .monthly) -> AmountFormula {
        AmountFormula(expression, period: period, rounding: rounding, citations: [source])
    }

    static let dibaoAmount = formula(.maximum([
        .sum([
            .difference(.operand(.product(standardOperand, size), label("standard × members")),
                        .operand(.measure("twin.income"), label("income")), label("gap")),
            .sumOverMembers(where: .labelled(.any([.compare(age, .atLeast, years(70)), .isTrue("twin.severe")]), label("supplemented")),
                            each: .operand(.product(.parameter(supplementRate), standardOperand), label("supplement")),
                            label("supplements")),
        ], label("gap and supplements")),
        .operand(monthly(.zero), label("nothing")),
    ], label("dibao amount")), .halfUp)

    static let programs: [Program] = [
        program(dibao, .tier(rank: 2), rules: ["twin.dibao.income", "twin.dibao.assets"], amount: dibaoAmount),
        program(extreme, .tier(rank: 0), rules: ["twin.extreme.members", "twin.extreme.income", "twin.extreme.assets"],
                amount: formula(.scaled(.operand(.product(.parameter(extremeMultiplier), standardOperand), label("1.3 standards")),
                                        by: size, label("per member")), .up)),
        program(memberTier, .tier(rank: 1), .member, rules: ["twin.member-tier.need", "twin.member-tier.local", "twin.member-tier.income"],
                amount: formula(.scaled(.minimum([.operand(standardOperand, label("standard")),
                                                  .operand(.parameter(localCap), label("local cap"))], label("capped")),
                                        by: ratio(1, 2), label("half")), .halfEven),
                applicability: Applicability(from: Fixture.day("2024-06-01"), until: Fixture.day("2025-01-31"))),
        program(marginal, .tier(rank: 3), rules: ["twin.marginal.income", "twin.marginal.not-rich"]),
        program(rigid, .tier(rank: 4), rules: ["twin.rigid.income", "twin.rigid.spending", "twin.rigid.finding"],
                applicability: Applicability(jurisdictions: [leagueAB])),
        program(topUp, .entitlement, rules: ["twin.tier-top-up.tier"],
                amount: formula(.when(.tier(in: [extreme]), then: .operand(monthly(Money(yuan: 300)), label("flat")),
                                      otherwise: .scaled(.operand(standardOperand, label("standard")), by: ratio(1, 3), label("third")),
                                      label("top-up")), .down)),
        program(afterMarginal, .entitlement, rules: ["twin.after-marginal.tier", "twin.after-marginal.spending", "twin.after-marginal.cap"],
                amount: formula(.scaled(.operand(.parameter(grantAmount), label("grant")), by: size, label("grant × members")),
                                .up, period: .oneOff)),
        program(review, .entitlement, rules: ["twin.review.pending", "twin.review.size"],
                applicability: Applicability(until: Fixture.day("2024-12-31"))),
        // A yearly amount (plus a monthly one) paid monthly: the twelfth, rounded once.
        program(care, .entitlement, .member, rules: ["twin.care.age", "twin.care.income"],
                amount: formula(.sum([.operand(.parameter(careAllowance), label("allowance")),
                                      .operand(monthly(Money(yuan: 10)), label("heating"))], label("care")), .halfUp)),
        program(child, .entitlement, .member, rules: ["twin.child.rule"],
                amount: formula(.when(.isTrue("twin.severe"),
                                      then: .scaled(.operand(standardOperand, label("standard")), by: .parameter(childRate), label("third")),
                                      otherwise: .operand(monthly(Money(yuan: 100, fen: 1)), label("flat")), label("child")),
                                .towardZero)),
        program(grant, .entitlement, rules: ["twin.household-grant.carer", "twin.household-grant.no-top-up"],
                amount: formula(.minimum([
                    .sumOverMembers(where: .program(care, is: .eligible),
                                    each: .scaled(.operand(.parameter(careAllowance), label("allowance")), by: ratio(1, 2), label("half")),
                                    label("carers")),
                    .operand(.parameter(localCap), label("local cap")),
                    .difference(.operand(.product(standardOperand, size), label("standard × members")),
                                .operand(.measure("twin.income"), label("income")), label("gap")),
                ], label("grant")), .up)),
        // 125,000 (130,000 without a finding) × the spending: too large for Int64 fen when the
        // spending is near `Money.inputLimit`; no amount when the finding is not recorded.
        program(spendingAid, .entitlement, rules: ["twin.spending-aid.rule"],
                amount: formula(.when(.isTrue("twin.finding"),
                                      then: .scaled(.operand(rigidSpending, label("spending")), by: ratio(125_000, 1), label("aid")),
                                      otherwise: .scaled(.operand(rigidSpending, label("spending")), by: ratio(130_000, 1), label("aid")),
                                      label("aid by finding")), .halfUp)),
    ]

    static func catalog(ageShift: Int = 0) throws -> RuleCatalog {
        try RuleCatalog(measures: measures(ageShift: ageShift), rules: rules, programs: programs, parameters: parameters)
    }
}
