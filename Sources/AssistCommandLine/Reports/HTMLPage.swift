import TieredAssistance

/// One self-contained HTML page: inline CSS and SVG, no script or font from the network,
/// so a report opens from a USB stick on an offline office computer. Headings, tables with
/// captions and header cells, `<details>` trees and labelled charts keep it accessible; a
/// print style opens every tree and drops the colours that carry no meaning on paper.
struct HTMLPage {
    let language: Language
    private(set) var body = ""

    init(language: Language) {
        self.language = language
    }

    var zh: Bool { language == .chinese }

    /// `chinese` or `english`, by the page's language.
    func text(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    /// Appends raw markup (already escaped).
    mutating func raw(_ markup: String) { body += markup }

    /// Appends a figure: `svg` (already escaped) and, when given, its caption (escaped).
    mutating func figure(_ svg: String, caption: String? = nil) {
        body += "<figure>\n" + svg + (caption.map { "<figcaption>" + HTMLPage.escape($0) + "</figcaption>\n" } ?? "") + "</figure>\n"
    }

    /// Appends `content` escaped inside `<tag …>`.
    mutating func element(_ tag: String, _ content: String, attributes: String = "") {
        body += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>\(HTMLPage.escape(content))</\(tag)>\n"
    }

    /// A table with a caption, column headers and rows of cells (escaped); the first cell of
    /// each row is its row header. The `numeric` columns (by default every column after the
    /// first) are aligned right; `classes` gives a cell's class by its column and text.
    mutating func table(caption: String, headers: [String], rows: [[String]], numeric: Set<Int>? = nil,
                        classes: (Int, String) -> String? = { _, _ in nil }) {
        body += "<table>\n<caption>\(HTMLPage.escape(caption))</caption>\n<thead><tr>"
        for header in headers { body += "<th scope=\"col\">\(HTMLPage.escape(header))</th>" }
        body += "</tr></thead>\n<tbody>\n"
        for row in rows {
            body += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    body += "<th scope=\"row\">\(HTMLPage.escape(cell))</th>"
                } else {
                    let names = [numeric.map { $0.contains(index) } ?? true ? "num" : nil, classes(index, cell)].compactMap { $0 }
                    body += "<td\(names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\"")>\(HTMLPage.escape(cell))</td>"
                }
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
    }

    /// The whole document.
    func document(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLPage.escape(title))</title>
        <style>\(HTMLPage.style)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        <script>addEventListener("beforeprint", function () { document.querySelectorAll("details").forEach(function (d) { d.open = true; }); });</script>
        </body>
        </html>

        """
    }

    /// `text` with `& < > " '` escaped, and control characters (which a browser would show
    /// as nothing) written as `\u{…}`.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if TerminalText.isUnsafe(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Fonts that carry Chinese on Windows, macOS and Linux office computers, then the generic family.
    static let fontStack = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", "
        + "\"WenQuanYi Zen Hei\", \"WenQuanYi Micro Hei\", \"SimSun\", sans-serif"

    static let style = """
        :root { color: #1a1a1a; background: #fff; font-family: \(fontStack); font-size: 15px; line-height: 1.5; }
        main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #bbb; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
        p.meta { color: #444; margin: 0 0 1rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid #999; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #eceff3; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .eligible { color: #0b6b2b; }
        .not-eligible { color: #8a1c1c; }
        .undetermined { color: #7a5200; }
        .status { font-weight: bold; }
        details { margin: .25rem 0 .25rem .25rem; }
        details > summary { cursor: pointer; }
        ul.trace { margin: .25rem 0; padding-left: 1.25rem; }
        ul.trace li { margin: .1rem 0; }
        .cite { color: #333; font-size: .9rem; }
        .legend { font-size: .9rem; color: #333; }
        figure { margin: .5rem 0 1rem; }
        figcaption { font-size: .9rem; color: #333; }
        svg text { font-family: \(fontStack); }
        @media print {
          main { max-width: none; margin: 0; }
          details > summary { list-style: none; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          table, figure { break-inside: avoid; }
        }
        """
}
