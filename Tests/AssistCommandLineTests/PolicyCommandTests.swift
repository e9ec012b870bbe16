import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

@Suite("assist policy template")
struct PolicyCommandTests {
    static let arguments = ["policy", "template", "--jurisdiction", "152201", "--from", "2026-11-01"]

    /// The template with each value the book last knew carried forward, as an analyst who
    /// confirms that the old figures still hold would fill it in, and each choice the book
    /// never had made (the first option the note lists).
    static func carriedForward(_ template: String) throws -> String {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(template.utf8)) as? [String: Any])
        let entries = try #require(object["values"] as? [[String: Any]])
        let items = PolicyTemplate.items(catalog: .innerMongolia, book: InnerMongoliaBook.book,
                                         jurisdiction: AdministrativeDivisionCode(152201)!, on: Day(iso: "2026-11-01")!)
        #expect(items.count == entries.count)
        var lines = template.components(separatedBy: "\n")
        var entry = 0
        for (index, line) in lines.enumerated() where line.contains("\"value\":null") {
            defer { entry += 1 }
            guard let last = items[entry].absence.lastKnown else {
                if items[entry].unit == .choice, let option = items[entry].definition.choices.first {
                    lines[index] = line.replacingOccurrences(of: "\"value\":null", with: "\"value\":\"\(option)\"")
                }
                continue
            }
            let text: String
            switch last.value {
            case .money(let money): text = money.decimalText
            case .rate(let rate): text = rate.description
            case .integer(let value): text = String(value)
            case .choice(let option): text = "\"\(option)\""
            case .unknown: continue
            }
            lines[index] = line.replacingOccurrences(of: "\"value\":null", with: "\"value\":\(text)")
        }
        return lines.joined(separator: "\n")
    }

    @Test("The template lists every parameter Ulanhot lacks on 2026-11-01, each with its last known value, and loads")
    func template() throws {
        let result = runAssist(Self.arguments)
        #expect(result.status == .success)
        #expect(result.error.hasSuffix("parameters without a value at 152201 on 2026-11-01\n"))
        let layer = try PolicyFileLoader.load(result.output, name: "template.json", catalog: .standard)
        #expect(!layer.entries.isEmpty && layer.entries.allSatisfy { $0.value == .unknown && $0.status == .illustrative })
        let standard = try #require(result.output.components(separatedBy: "\n").first {
            $0.contains("\"parameter\":\"dibao.standard\"") && $0.contains("\"residence\":\"urban\"")
        })
        #expect(standard.contains("the last known value, 829.00 yuan/person/month (S11), in force from 2024-01-01 [I], ended on 2024-12-31"))
    }

    @Test("Unfilled, the template changes no decision; filled in, the 2026 evaluation of the Ulanhot household decides")
    func filledTemplateDecides() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = runAssist(Self.arguments).output
        let unfilled = directory.appendingPathComponent("template.json").path
        let filled = directory.appendingPathComponent("filled.json").path
        try template.write(toFile: unfilled, atomically: true, encoding: .utf8)
        try Self.carriedForward(template).write(toFile: filled, atomically: true, encoding: .utf8)

        let household = sample("dibao-ulanhot-urban.json")
        let plain = runAssist(["evaluate", household, "--as-of", "2026-11-01", "--format", "json"])
        let withTemplate = runAssist(["evaluate", household, "--as-of", "2026-11-01", "--format", "json", "--policy", unfilled])
        let withValues = runAssist(["evaluate", household, "--as-of", "2026-11-01", "--format", "json", "--policy", filled])
        func tier(_ output: String) throws -> String? {
            try (JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["tier"] as? String
        }
        #expect(try tier(plain.output) == "undetermined")
        #expect(try tier(withTemplate.output) == "undetermined")
        #expect(try tier(withValues.output) == "dibao")
    }

    @Test("check: each value against the one it replaces, in %, the gap before it, and what is left to fill in")
    func check() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = runAssist(Self.arguments).output
        let raised = template.replacingOccurrences(
            of: #"{"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2026-11-01","value":null"#,
            with: #"{"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2026-11-01","value":900.00"#)
        #expect(raised != template)
        let file = directory.appendingPathComponent("raised.json").path
        try raised.write(toFile: file, atomically: true, encoding: .utf8)
        let result = runAssist(["policy", "check", file])
        #expect(result.status == .success)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("\(file): ") == true && lines.first?.contains("illustrative") == true)
        #expect(lines.contains { $0.contains("dibao.standard 152201 urban from 2026-11-01: 900.00 yuan/person/month, +8.56 % against 829.00 yuan/person/month (S11); no value from 2025-01-01 to 2026-10-31 [illustrative]") })
        #expect(lines.contains { $0.contains("dibao.standard 152201 rural from 2026-11-01: not filled in (null)") })

        // A second value in the same file is compared with the first, not with the book.
        let twice = directory.appendingPathComponent("twice.json").path
        try #"""
            {"version": 1, "title": "t", "values": [
              {"parameter": "dibao.standard", "jurisdiction": "152201", "residence": "urban", "effective": "2025-01-01", "value": 900.00,
               "unit": "yuan-per-person-per-month", "status": "illustrative"},
              {"parameter": "dibao.standard", "jurisdiction": "152201", "residence": "urban", "effective": "2025-07-01", "value": 950.00,
               "unit": "yuan-per-person-per-month", "status": "illustrative"}]}
            """#.write(toFile: twice, atomically: true, encoding: .utf8)
        let second = runAssist(["policy", "check", twice]).output
        #expect(second.contains("from 2025-01-01: 900.00 yuan/person/month, +8.56 % against 829.00 yuan/person/month (S11) [illustrative]"))
        #expect(second.contains("from 2025-07-01: 950.00 yuan/person/month, +5.56 % against 900.00 yuan/person/month [illustrative]"))

        let bad = directory.appendingPathComponent("bad.json").path
        try #"{"version":1,"title":"t","values":[{"parameter":"dibao.standard","jurisdiction":"152201","effective":"2026-01-01","value":"x","unit":"yuan-per-person-per-month","status":"illustrative"}]}"#
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = runAssist(["policy", "check", sample("policy-illustrative-im.json"), bad])
        #expect(refused.status == .failure)
        #expect(refused.output.contains("error: \(bad): values[0].value: a yuan-per-person-per-month value is a number, not a string [wrong-type]"))
        #expect(refused.output.contains("policy-illustrative-im.json: 62 values (0 sourced, 62 illustrative, 0 not filled in)"))
    }

    @Test("Usage errors: no subcommand, an unknown one, a bad code, no day", arguments: [
        (["policy"], "give a subcommand: template or check"),
        (["policy", "lint"], "unknown subcommand 'lint'"),
        (["policy", "template", "--jurisdiction", "15220", "--from", "2026-11-01"], "six-digit administrative-division code"),
        (["policy", "template", "--jurisdiction", "152201"], "--from is required"),
    ])
    func usage(arguments: [String], message: String) {
        let result = runAssist(arguments)
        #expect(result.status == .usage)
        #expect(result.error.contains(message))
    }
}
