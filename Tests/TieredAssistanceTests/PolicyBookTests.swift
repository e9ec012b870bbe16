import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private func day(_ text: String) -> Day {
    guard let value = Day(iso: text) else { fatalError("bad day \(text)") }
    return value
}

private func code(_ text: String) -> AdministrativeDivisionCode {
    guard let value = AdministrativeDivisionCode(text) else { fatalError("bad code \(text)") }
    return value
}

private let ulanhot = code("152201")
private let book = InnerMongoliaBook.book

@Suite("Policy book: dated, jurisdiction-scoped values with sources")
struct PolicyBookTests {
    @Test("Ulanhot's urban dibao standard on 2024-10-01 is 829 yuan, from 内政字〔2024〕131号")
    func ulanhotStandard() throws {
        let resolved = try #require(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2024-10-01")).resolved)
        #expect(resolved.value == .money(Money(yuan: 829)))
        #expect(resolved.entry.unit == .yuanPerPersonPerMonth)
        #expect(resolved.entry.source?.document.number == "内政字〔2024〕131号")
        #expect(resolved.entry.status == .sourced)
        let rural = book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .rural, on: day("2024-10-01")).resolved
        #expect(rural?.value == .money(Money(yuan: 625)))
    }

    @Test("The disability subsidies are 100 yuan the day before 2024-07-01 and 125 from that day",
          arguments: [("2024-06-30", Money(yuan: 100)), ("2024-07-01", Money(yuan: 125))])
    func disabilitySubsidyChange(on: String, amount: Money) throws {
        let living = try #require(book.resolve(.disabilityLivingSubsidy, jurisdiction: ulanhot, residence: .urban, on: day(on)).resolved)
        #expect(living.value == .money(amount))
        #expect(living.entry.jurisdiction == code("150000"))
        #expect(living.entry.source != nil)
    }

    @Test("A county inherits from its league, region and the nation")
    func inheritance() throws {
        let threshold = try #require(book.resolve(.xinganRigidSpendingThreshold, jurisdiction: ulanhot, residence: .urban,
                                                  on: day("2024-10-01")).resolved)
        #expect(threshold.value == .money(Money(yuan: 30_000)))
        #expect(threshold.entry.jurisdiction == code("152200"))
        let multiple = try #require(book.resolve(.marginalIncomeMultiple, jurisdiction: ulanhot, residence: .urban,
                                                 on: day("2024-10-01")).resolved)
        #expect(multiple.value == .rate(Rate(3, over: 2)))
        #expect(multiple.entry.jurisdiction == code("150000"))
        // Before IM's own value, the national one applies.
        let national = try #require(book.resolve(.marginalIncomeMultiple, jurisdiction: ulanhot, residence: .urban,
                                                 on: day("2024-07-11")).resolved)
        #expect(national.entry.jurisdiction == .national)
        // Xing'an's threshold does not reach Hohhot.
        #expect(book.resolve(.xinganRigidSpendingThreshold, jurisdiction: code("150100"), residence: .urban,
                             on: day("2024-10-01")).resolved == nil)
    }

    @Test("A parameter without a value is absent and says which, where and when")
    func absence() {
        let resolution = book.resolve(.dibaoAssetMonths, jurisdiction: ulanhot, residence: .urban, on: day("2024-10-01"))
        guard case .absent(let absence) = resolution else {
            Issue.record("IM asset limits are [U] and must be absent")
            return
        }
        #expect(absence.description == "no value for dibao.asset-limit.financial-months in 152201 (urban) on 2024-10-01")
        #expect(absence.chineseDescription.contains("152201"))
        // Before Ulanhot's 2024 value takes effect, and after it ends, there is no standard.
        #expect(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2023-12-31")).resolved == nil)
        #expect(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2025-01-01")).resolved == nil)
    }

    @Test("No [U] value and no regional average is in the built-in book")
    func noUnsourcedValues() {
        let unsourced: [ParameterID] = [.dibaoAssetMonths, .marginalAssetMonths, .tekunAssetMonths, .rigidAssetMonths,
                                        .rigidNationalRatio, .tekunCareSelf, .minimumWage, .employmentCostBase]
        for parameter in unsourced {
            #expect(InnerMongoliaBook.entries.allSatisfy { $0.parameter != parameter }, "\(parameter)")
        }
        // Averages: 813, 840, 807 (urban) and 670, 588 (rural) must never be a standard.
        let averages: Set<Money> = [Money(yuan: 813), Money(yuan: 840), Money(yuan: 807), Money(yuan: 670), Money(yuan: 588)]
        for entry in InnerMongoliaBook.entries where entry.parameter == .dibaoStandard {
            #expect(!averages.contains(entry.value.money ?? .zero))
        }
        #expect(InnerMongoliaBook.entries.allSatisfy { $0.status == .sourced && $0.source != nil && $0.lastVerified != nil })
    }

    @Test("A policy file overrides on the same day and adds later values; the built-in book is unchanged")
    func layering() throws {
        let file = """
            {"version":1,"title":"reform","values":[
              {"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2024-01-01",
               "value":850,"unit":"yuan-per-person-per-month","status":"illustrative"},
              {"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2025-01-01",
               "value":870.45,"unit":"yuan-per-person-per-month","status":"illustrative"},
              {"parameter":"dibao.asset-limit.financial-months","jurisdiction":"150000","effective":"2020-01-01",
               "value":24,"unit":"months","status":"illustrative","note":"placeholder k=24 (POLICY.md 1.3)"}
            ]}
            """
        let layered = try book.adding(try PolicyFileLoader.load(file, name: "reform.json", catalog: .standard))
        let overridden = try #require(layered.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2024-10-01")).resolved)
        #expect(overridden.value == .money(Money(yuan: 850)))
        #expect(overridden.layerName == "reform.json")
        #expect(overridden.entry.status == .illustrative)
        let later = layered.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2025-06-01")).resolved
        #expect(later?.value == .money(Money(fen: 87_045)))
        #expect(layered.resolve(.dibaoAssetMonths, jurisdiction: ulanhot, residence: .rural, on: day("2024-10-01")).resolved?.value == .integer(24))
        // The rural value still comes from the built-in book.
        #expect(layered.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .rural, on: day("2024-10-01")).resolved?.layerName == "built-in")
        #expect(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day("2024-10-01")).resolved?.value == .money(Money(yuan: 829)))
    }
}

/// Temporal coverage (after Catala's tests_couverture_temporelle): these tests check that
/// every parameter resolves to exactly one value or to an explicit absence for every month
/// and place of the book. They assert no amounts; amount cases are in PolicyBookTests.
@Suite("Temporal coverage of the built-in book, 2020-01 to 2026-12")
struct TemporalCoverageTests {
    /// Every month's first and last day from 2020-01 to 2026-12.
    static let days: [Day] = {
        var result: [Day] = []
        var month = Month(year: 2020, month: 1)!
        while month <= Month(year: 2026, month: 12)! {
            result.append(month.firstDay)
            result.append(month.lastDay)
            month = month.adding(months: 1)
        }
        return result
    }()

    /// Every jurisdiction in the book, with a county under each league or city.
    static let places: [AdministrativeDivisionCode] = {
        var codes = Set(InnerMongoliaBook.entries.map(\.jurisdiction))
        codes.insert(code("152201"))
        codes.insert(code("150303"))
        return codes.sorted()
    }()

    /// The entries of one parameter at one place in force on `day`, computed naively: an
    /// entry covers its effective day up to the day before the next entry's effective day,
    /// or up to its end day.
    static func covering(_ entries: [ParameterEntry], on day: Day) -> [ParameterEntry] {
        entries.enumerated().filter { index, entry in
            guard entry.effective <= day else { return false }
            if let ends = entry.ends, ends < day { return false }
            if index + 1 < entries.count, entries[index + 1].effective <= day { return false }
            return true
        }.map(\.element)
    }

    @Test("Each parameter resolves to exactly one value or an explicit absence, matching a naive recomputation")
    func everyMonthEveryPlace() {
        let book = InnerMongoliaBook.book
        var checked = 0
        let grouped = Dictionary(grouping: InnerMongoliaBook.entries) { "\($0.parameter)|\($0.jurisdiction)|\($0.residence?.rawValue ?? "")" }
        for place in Self.places {
            for residence in Residence.allCases {
                for day in Self.days {
                    for definition in book.catalog.definitions {
                        let resolution = book.resolve(definition.id, jurisdiction: place, residence: residence, on: day)
                        // Recompute: walk the lineage and take the first level with exactly one covering entry.
                        var expected: ParameterEntry?
                        for level in place.lineage {
                            let residenceKey = definition.isResidenceSpecific ? residence.rawValue : ""
                            let entries = grouped["\(definition.id)|\(level)|\(residenceKey)"] ?? []
                            let covering = Self.covering(entries, on: day)
                            #expect(covering.count <= 1, "overlap: \(definition.id) \(level) \(day)")
                            if let only = covering.first {
                                // An entry recording the place's own value as unknown stops the walk: absent.
                                if case .unknown = only.value { break }
                                expected = only
                                break
                            }
                        }
                        #expect(resolution.resolved?.entry == expected, "\(definition.id) \(place) \(residence) \(day)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("No accidental gaps: an entry that ends is followed by the next one the next day, or by nothing")
    func noGaps() {
        let grouped = Dictionary(grouping: InnerMongoliaBook.entries) {
            "\($0.parameter)|\($0.jurisdiction)|\($0.residence?.rawValue ?? "")"
        }
        for (place, entries) in grouped {
            for (previous, next) in zip(entries, entries.dropFirst()) {
                if let ends = previous.ends {
                    #expect(ends.adding(days: 1) == next.effective, "gap in \(place) after \(ends)")
                }
            }
        }
    }
}

/// A policy file and the error it must give.
struct MalformedPolicyCase: CustomTestStringConvertible, Sendable {
    let name: String
    let values: String
    let path: String
    let code: InputError.Code
    var testDescription: String { name }
}

private let good = """
    {"parameter":"dibao.standard","jurisdiction":"150100","residence":"urban","effective":"2024-01-01","value":850,"unit":"yuan-per-person-per-month","status":"illustrative"}
    """
private let goodLater = """
    {"parameter":"dibao.standard","jurisdiction":"150100","residence":"urban","effective":"2025-01-01","value":880,"unit":"yuan-per-person-per-month","status":"illustrative"}
    """

private func swap(_ text: String, _ old: String, _ new: String) -> String {
    precondition(text.contains(old), "fixture lacks \(old)")
    return text.split(separator: old, maxSplits: 1, omittingEmptySubsequences: false).joined(separator: new)
}

private let malformedPolicies: [MalformedPolicyCase] = [
    MalformedPolicyCase(name: "unknown parameter (typo)", values: swap(good, "dibao.standard", "dibao.standrad"),
                        path: "values[0].parameter", code: .unknownReference),
    MalformedPolicyCase(name: "unit the parameter does not take", values: swap(good, "yuan-per-person-per-month", "ratio"),
                        path: "values[0].unit", code: .invalidValue),
    MalformedPolicyCase(name: "unknown unit", values: swap(good, "yuan-per-person-per-month", "yuan-per-moon"),
                        path: "values[0].unit", code: .invalidValue),
    MalformedPolicyCase(name: "unknown key in an entry", values: swap(good, "\"status\"", "\"state\""),
                        path: "values[0].state", code: .unknownKey),
    MalformedPolicyCase(name: "three decimals", values: swap(good, "850", "850.001"),
                        path: "values[0].value", code: .tooManyDecimals),
    MalformedPolicyCase(name: "negative amount", values: swap(good, "850", "-850"),
                        path: "values[0].value", code: .negativeAmount),
    MalformedPolicyCase(name: "string for an amount", values: swap(good, "850", "\"850\""),
                        path: "values[0].value", code: .wrongType),
    MalformedPolicyCase(name: "dates out of order", values: goodLater + "," + good,
                        path: "values[1].effective", code: .inconsistent),
    MalformedPolicyCase(name: "the same day twice", values: good + "," + good,
                        path: "values[1].effective", code: .duplicateID),
    MalformedPolicyCase(name: "an end that overlaps the next value", values: swap(good, "\"effective\"", "\"ends\":\"2025-01-01\",\"effective\"") + "," + goodLater,
                        path: "values[1].effective", code: .inconsistent),
    MalformedPolicyCase(name: "an end before the start", values: swap(good, "\"effective\"", "\"ends\":\"2023-01-01\",\"effective\""),
                        path: "values[0].ends", code: .inconsistent),
    MalformedPolicyCase(name: "sourced without a source", values: swap(good, "illustrative", "sourced"),
                        path: "values[0].source", code: .missingKey),
    MalformedPolicyCase(name: "residence missing for a residence-specific parameter", values: swap(good, "\"residence\":\"urban\",", ""),
                        path: "values[0].residence", code: .missingKey),
    MalformedPolicyCase(name: "residence on a parameter without one", values: """
        {"parameter":"marginal.income-multiple","jurisdiction":"150100","residence":"urban","effective":"2024-01-01","value":2,"unit":"ratio","status":"illustrative"}
        """, path: "values[0].residence", code: .inconsistent),
    MalformedPolicyCase(name: "a choice that is not offered", values: """
        {"parameter":"income.employment-cost.base","jurisdiction":"152200","effective":"2025-05-19","value":"wages","unit":"choice","status":"illustrative"}
        """, path: "values[0].value", code: .invalidValue),
    MalformedPolicyCase(name: "a fraction of a month", values: """
        {"parameter":"dibao.asset-limit.financial-months","jurisdiction":"150000","effective":"2024-01-01","value":2.5,"unit":"months","status":"illustrative"}
        """, path: "values[0].value", code: .invalidValue),
    MalformedPolicyCase(name: "missing status", values: swap(good, ",\"status\":\"illustrative\"", ""),
                        path: "values[0].status", code: .missingKey),
    MalformedPolicyCase(name: "bad jurisdiction", values: swap(good, "150100", "15010"),
                        path: "values[0].jurisdiction", code: .invalidValue),
    MalformedPolicyCase(name: "impossible effective day", values: swap(good, "2024-01-01", "2024-02-30"),
                        path: "values[0].effective", code: .invalidValue),
    MalformedPolicyCase(name: "an effective day before 1900", values: swap(good, "2024-01-01", "0001-01-01"),
                        path: "values[0].effective", code: .outOfRange),
    MalformedPolicyCase(name: "a million months", values: """
        {"parameter":"dibao.asset-limit.financial-months","jurisdiction":"150000","effective":"2024-01-01","value":1000000,"unit":"months","status":"illustrative"}
        """, path: "values[0].value", code: .invalidValue),
    MalformedPolicyCase(name: "unknown key in a source", values: swap(swap(good, "illustrative", "sourced"), "\"status\"",
                        "\"source\":{\"title\":\"t\",\"issuer\":\"i\",\"doc\":\"x\"},\"status\""),
                        path: "values[0].source.doc", code: .unknownKey),
]

@Suite("Policy-file loader: strict, with field paths")
struct PolicyFileLoaderTests {
    @Test("Each malformed policy file names the exact field", arguments: malformedPolicies)
    func malformed(testCase: MalformedPolicyCase) {
        let file = "{\"version\":1,\"title\":\"t\",\"values\":[\(testCase.values)]}"
        do {
            _ = try PolicyFileLoader.load(file, name: "test.json", catalog: .standard)
            Issue.record("expected an error at \(testCase.path)")
        } catch {
            #expect(error.path.description == testCase.path, "\(error)")
            #expect(error.code == testCase.code, "\(error)")
        }
    }

    @Test("A top-level typo is an error, never ignored")
    func topLevelTypo() {
        do {
            _ = try PolicyFileLoader.load("{\"version\":1,\"title\":\"t\",\"valeus\":[]}", name: "x", catalog: .standard)
            Issue.record("expected an error")
        } catch {
            #expect(error.path.description == "valeus")
            #expect(error.code == .unknownKey)
        }
    }

    @Test("The built-in book passes the same checks a policy file must pass")
    func builtInIsValid() throws {
        try PolicyBook.validate(InnerMongoliaBook.entries, catalog: .standard)
    }

    @Test("No parameter value is negative (the engine bounds a parameter without a value below by 0)",
          arguments: [(ParameterValue.money(Money(fen: -1)), ParameterUnit.yuanPerPersonPerMonth, ParameterID.dibaoStandard),
                      (.integer(-1), .months, ParameterID.dibaoAssetMonths)])
    func negativeValuesAreRefused(value: ParameterValue, unit: ParameterUnit, parameter: ParameterID) throws {
        let definition = try #require(book.catalog.definition(parameter))
        let entry = ParameterEntry(parameter: parameter, jurisdiction: ulanhot, residence: definition.isResidenceSpecific ? .urban : nil,
                                   effective: day("2024-01-01"), value: value, unit: unit, source: nil, status: .illustrative)
        #expect {
            try book.adding(PolicyBook.Layer(name: "negative", title: "negative", entries: [entry]))
        } throws: { error in
            (error as? InputError)?.message == "a parameter value is never negative" && (error as? InputError)?.path.description == "[0].value"
        }
    }
}
