import Testing
import TieredAssistance

@Suite("Policy Parameters article")
struct PolicyParametersSnippets {
    @Test("Resolving a value, an absence, a layered file, a bad file, a layer in code, a calculator")
    func parameters() throws {
        // doc: PolicyParameters.md #1
        let ulanhot = AdministrativeDivisionCode("152201")!
        let day = Day(iso: "2024-10-01")!

        switch InnerMongoliaBook.book.resolve(.dibaoStandard, jurisdiction: ulanhot,
                                              residence: .urban, on: day) {
        case .value(let resolved):
            print(resolved.value)                   // 829.00
            print(resolved.entry.status)            // sourced
            print(resolved.entry.jurisdiction)      // 152201
            print(resolved.entry.source!)           // S11 《乌兰浩特市最低生活保障办事指南…》(内政字〔2024〕131号)
            print(resolved.layerName)               // built-in
        case .absent(let absence):
            print(absence)
        }
        // end doc
        let standard = try #require(InnerMongoliaBook.book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: day).resolved)
        #expect("\(standard.value)" == "829.00" && "\(standard.entry.status)" == "sourced")
        #expect(standard.entry.jurisdiction == ulanhot && standard.layerName == "built-in")
        #expect(standard.entry.source?.description.hasPrefix("S11 《乌兰浩特市最低生活保障办事指南") == true)
        #expect(standard.entry.source?.description.hasSuffix("(内政字〔2024〕131号)") == true)

        var printed: [String] = []
        // doc: PolicyParameters.md #2
        if case .absent(let absence) = InnerMongoliaBook.book.resolve(
            .dibaoAssetMonths, jurisdiction: ulanhot, residence: .urban, on: day) {
            print(absence)                      // no value for dibao.asset-limit.financial-months in 152201 (urban) on 2024-10-01
            print(absence.chineseDescription)   // 参数 dibao.asset-limit.financial-months 在 152201（城镇）2024-10-01 无值
        }
        // end doc
        if case .absent(let absence) = InnerMongoliaBook.book.resolve(.dibaoAssetMonths, jurisdiction: ulanhot, residence: .urban, on: day) {
            printed = [absence.description, absence.chineseDescription]
        }
        #expect(printed.first?.hasPrefix("no value for dibao.asset-limit.financial-months in 152201 (urban) on 2024-10-01") == true)
        #expect(printed.last?.hasPrefix("参数 dibao.asset-limit.financial-months 在 152201（城镇）2024-10-01 无值") == true)

        // doc: PolicyParameters.md #6
        switch MedicalAid.reimbursement(outOfPocket: Money(yuan: 20_000), tier: .dibao,
                                        jurisdiction: ulanhot, residence: .urban, on: day) {
        case .success(let reimbursement):
            print(reimbursement.amount, reimbursement.isCapped)
        case .failure(let failure):
            print(failure)   // no value for medical-aid.ratio.dibao in 152201 (urban) on 2024-10-01; …
        }
        // end doc
        if case .failure(let failure) = MedicalAid.reimbursement(outOfPocket: Money(yuan: 20_000), tier: .dibao,
                                                                 jurisdiction: ulanhot, residence: .urban, on: day) {
            #expect(failure.description.hasPrefix("no value for medical-aid.ratio.dibao in 152201 (urban) on 2024-10-01"))
        } else {
            Issue.record("the built-in book has no medical-aid ratios: the calculator must fail")
        }
    }

    @Test("A policy file from the article, layered on the built-in book")
    func layered() throws {
        let ulanhot = AdministrativeDivisionCode("152201")!
        let bytes = Array(try Repository.blocks("json", in: "Sources/TieredAssistance/TieredAssistance.docc/Articles/PolicyParameters.md")[0].utf8)
        // doc: PolicyParameters.md #3
        let layer = try PolicyFileLoader.load(bytes, name: "reform.json", catalog: .standard)
        let book = try InnerMongoliaBook.book.adding(layer)

        book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban,
                     on: Day(iso: "2025-03-01")!).resolved?.value   // 870.45
        book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban,
                     on: Day(iso: "2024-10-01")!).resolved?.value   // 829.00

        let evaluator = try Evaluator(catalog: .innerMongolia, book: book)
        // end doc
        #expect(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: Day(iso: "2025-03-01")!)
                .resolved.map { "\($0.value)" } == "870.45")
        #expect(book.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: Day(iso: "2024-10-01")!)
                .resolved.map { "\($0.value)" } == "829.00")
        #expect(evaluator.book.layers.count == 2)

        let badBytes = Array(#"{"version":1,"title":"bad","values":[{"parameter":"dibao.standard","units":"yuan"}]}"#.utf8)
        // doc: PolicyParameters.md #4
        do {
            _ = try PolicyFileLoader.load(badBytes, name: "bad.json", catalog: .standard)
        } catch {
            print(error)   // values[0].units: unknown key "units"
        }
        // end doc
        #expect {
            _ = try PolicyFileLoader.load(badBytes, name: "bad.json", catalog: .standard)
        } throws: { error in
            "\(error)".hasPrefix("values[0].units: unknown key \"units\"")
        }

        // doc: PolicyParameters.md #5
        let entry = ParameterEntry(
            parameter: .dibaoStandard, jurisdiction: ulanhot, residence: .urban,
            effective: Day(iso: "2025-01-01")!, value: .money(Money(yuan: 870, fen: 45)),
            unit: .yuanPerPersonPerMonth, source: nil, status: .illustrative,
            note: "829 × 1.05, a reform scenario")
        let scenario = try InnerMongoliaBook.book.adding(
            PolicyBook.Layer(name: "scenario", title: "Reform (illustrative)", entries: [entry]))
        // end doc
        #expect(scenario.resolve(.dibaoStandard, jurisdiction: ulanhot, residence: .urban, on: Day(iso: "2025-03-01")!)
                .resolved?.layerName == "scenario")
    }
}
