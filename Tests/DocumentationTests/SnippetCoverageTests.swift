import Foundation
import Testing

/// Every ```swift block of the README and the DocC catalog appears, verbatim, in a test of
/// this target between `// doc: FILE #N` and `// end doc`, where it is compiled and run and
/// followed by checks of what the text around it says. Changing a snippet without changing
/// its test (or the reverse) fails here.
@Suite("Documentation snippets are compiled and run")
struct SnippetCoverageTests {
    /// A snippet with its indentation removed, trailing spaces and `import TieredAssistance`
    /// lines dropped (the test file imports the module once), and blank lines at its ends trimmed.
    static func normalized(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            while line.last == " " { line.removeLast() }
            return line
        }
        lines.removeAll { $0 == "import TieredAssistance" }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }.joined(separator: "\n")
    }

    /// The regions marked in this target's test files, by label (`GettingStarted.md #3`).
    static func regions() throws -> [String: String] {
        let folder = Repository.root.appendingPathComponent("Tests/DocumentationTests")
        var regions: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var label: String?
            var lines: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("// doc: ") {
                    label = String(trimmed.dropFirst("// doc: ".count))
                    lines = []
                } else if trimmed == "// end doc", let open = label {
                    regions[open] = normalized(lines.joined(separator: "\n"))
                    label = nil
                } else if label != nil {
                    lines.append(line)
                }
            }
        }
        return regions
    }

    @Test("Each Swift block of the README and the DocC articles is in a test, verbatim", arguments: Repository.documents)
    func covered(document: String) throws {
        let regions = try Self.regions()
        let name = document.split(separator: "/").last.map(String.init) ?? document
        let blocks = try Repository.blocks("swift", in: document)
        #expect(!blocks.isEmpty)
        for (index, block) in blocks.enumerated() {
            let label = "\(name) #\(index + 1)"
            guard let region = regions[label] else {
                Issue.record("\(label) has no test: mark it with // doc: \(label) … // end doc")
                continue
            }
            #expect(region == Self.normalized(block), "\(label) differs from its test")
        }
        let extra = regions.keys.filter { $0.hasPrefix("\(name) #") && Int($0.dropFirst("\(name) #".count)) ?? 0 > blocks.count }
        #expect(extra.isEmpty, "tests for blocks the document no longer has: \(extra.sorted())")
    }

    @Test("Each Swift example in a public doc comment is in a test, verbatim", arguments: Repository.documentedSources)
    func coveredInSource(file: String) throws {
        let regions = try Self.regions()
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let blocks = try Repository.docCommentBlocks(in: file)
        #expect(!blocks.isEmpty)
        for (index, block) in blocks.enumerated() {
            let label = "\(name) #\(index + 1)"
            guard let region = regions[label] else {
                Issue.record("\(label) has no test: mark it with // doc: \(label) … // end doc")
                continue
            }
            #expect(region == Self.normalized(block), "\(label) differs from its test")
        }
    }
}
