import TieredAssistance

/// The bench-v1 parameters as a dated policy book: the regional table (2024 and 2025
/// values, as in the OpenFisca model) and the scalar parameters.
enum BenchV1Book {
    static let standard: ParameterID = ParameterID("bench.dibao-standard")
    static let priorYearIncome: ParameterID = ParameterID("bench.prior-year-income")
    static let assetYears: ParameterID = ParameterID("bench.asset-years")
    static let marginalMultiple: ParameterID = ParameterID("bench.marginal-multiple")
    static let elderlyAge: ParameterID = ParameterID("bench.elderly-age")
    static let minorAge: ParameterID = ParameterID("bench.minor-age")
    static let rigidShare: ParameterID = ParameterID("bench.rigid-share")
    static let defactoThreshold: ParameterID = ParameterID("bench.defacto-threshold")
    static let extremeMultiplier: ParameterID = ParameterID("bench.extreme-multiplier")
    static let supplementRate: ParameterID = ParameterID("bench.supplement-rate")
    static let supplementElderlyAge: ParameterID = ParameterID("bench.supplement-elderly-age")
    static let supplementMinorAge: ParameterID = ParameterID("bench.supplement-minor-age")

    /// Regions 0-4 as jurisdiction codes (fictitious counties under one league).
    static let regionCodes: [AdministrativeDivisionCode] = (1...5).map { AdministrativeDivisionCode(159900 + $0)! }
    static let urban: [Bool] = [true, true, true, false, false]

    static func definition(_ id: ParameterID, _ unit: ParameterUnit, _ title: String) -> ParameterDefinition {
        ParameterDefinition(id: id, chineseTitle: title, englishTitle: title, units: [unit], summary: "bench-v1")
    }

    static let catalog = ParameterCatalog([
        definition(standard, .yuanPerPersonPerMonth, "dibao standard"),
        definition(priorYearIncome, .yuanPerPersonPerYear, "prior-year disposable income per capita"),
        definition(assetYears, .years, "asset limit in years of the standard"),
        definition(marginalMultiple, .ratio, "marginal multiplier"),
        definition(elderlyAge, .years, "extreme poverty elderly age"),
        definition(minorAge, .years, "extreme poverty minor age"),
        definition(rigidShare, .ratio, "rigid income share"),
        definition(defactoThreshold, .yuanPerYear, "de-facto threshold"),
        definition(extremeMultiplier, .ratio, "extreme poverty multiplier"),
        definition(supplementRate, .ratio, "supplement rate"),
        definition(supplementElderlyAge, .years, "supplement elderly age"),
        definition(supplementMinorAge, .years, "supplement minor age"),
    ])

    static func book() throws -> PolicyBook {
        let source = BenchV1Catalog.source
        let day2024 = Day(year: 2024, month: 1, day: 1)!
        let day2025 = Day(year: 2025, month: 1, day: 1)!
        func entry(_ id: ParameterID, _ code: AdministrativeDivisionCode, _ day: Day, _ value: ParameterValue,
                   _ unit: ParameterUnit) -> ParameterEntry {
            ParameterEntry(parameter: id, jurisdiction: code, effective: day, value: value, unit: unit, source: source,
                           status: .illustrative)
        }
        var entries: [ParameterEntry] = []
        let standards2024: [Int64] = [965, 900, 800, 745, 690]
        let standards2025: [Int64] = [1000, 930, 829, 780, 720]
        let income2024: [Int64] = [50100, 46300, 38600, 20100, 18200]
        let income2025: [Int64] = [52000, 48000, 40000, 21000, 19000]
        for region in 0..<5 {
            let code = regionCodes[region]
            entries.append(entry(standard, code, day2024, .money(Money(yuan: standards2024[region])), .yuanPerPersonPerMonth))
            entries.append(entry(standard, code, day2025, .money(Money(yuan: standards2025[region])), .yuanPerPersonPerMonth))
        }
        for region in 0..<5 {
            let code = regionCodes[region]
            entries.append(entry(priorYearIncome, code, day2024, .money(Money(yuan: income2024[region])), .yuanPerPersonPerYear))
            entries.append(entry(priorYearIncome, code, day2025, .money(Money(yuan: income2025[region])), .yuanPerPersonPerYear))
        }
        let national = AdministrativeDivisionCode.national
        entries += [
            entry(assetYears, national, day2024, .integer(2), .years),
            entry(marginalMultiple, national, day2024, .rate(Rate(3, over: 2)), .ratio),
            entry(elderlyAge, national, day2024, .integer(60), .years),
            entry(minorAge, national, day2024, .integer(16), .years),
            entry(rigidShare, national, day2024, .rate(Rate(1, over: 2)), .ratio),
            entry(defactoThreshold, national, day2024, .money(Money(yuan: 30_000)), .yuanPerYear),
            entry(extremeMultiplier, national, day2024, .rate(Rate(13, over: 10)), .ratio),
            entry(supplementRate, national, day2024, .rate(Rate(1, over: 10)), .ratio),
            entry(supplementElderlyAge, national, day2024, .integer(70), .years),
            entry(supplementMinorAge, national, day2024, .integer(16), .years),
        ]
        var book = PolicyBook(catalog: catalog)
        try book.add(PolicyBook.Layer(name: "bench-v1", title: "bench-v1 parameters", entries: entries))
        return book
    }
}
