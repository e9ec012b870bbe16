/// A horizontal bar chart as inline SVG: one row per category, its series side by side or
/// stacked. Labelled for screen readers (`role="img"`, a title, a `<title>` on every bar
/// with its figure); the report always shows the same figures in a table beside it.
struct BarChart {
    /// A series: its name in the legend and its colour.
    struct Series {
        let name: String
        let color: String
    }

    let title: String
    let categories: [String]
    let series: [Series]
    /// `values[category][series]`, never negative.
    let values: [[Int128]]
    let stacked: Bool
    /// How a value reads in a bar's tooltip and at the end of the row.
    let valueText: (Int128) -> String

    var svg: String {
        let labelWidth = 210
        let plotWidth = 440
        let valueWidth = 150
        let width = labelWidth + plotWidth + valueWidth
        let barHeight = 16
        let rowHeight = stacked ? barHeight + 10 : barHeight * series.count + 10
        let legendHeight = 28
        let height = legendHeight + rowHeight * max(categories.count, 1) + 8
        let largest = max(1, values.map { stacked ? $0.reduce(0, +) : ($0.max() ?? 0) }.max() ?? 1)
        func length(_ value: Int128) -> Int { Int(value * Int128(plotWidth) / largest) }

        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLPage.escape(title))\" "
                     + "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-size=\"12\">",
                     "<title>\(HTMLPage.escape(title))</title>"]
        // The legend.
        var x = labelWidth
        for item in series {
            parts.append("<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(item.color)\"/>"
                         + "<text x=\"\(x + 16)\" y=\"16\">\(HTMLPage.escape(item.name))</text>")
            x += 24 + item.name.count * 13
        }
        for (row, category) in categories.enumerated() {
            let top = legendHeight + row * rowHeight
            parts.append("<text x=\"\(labelWidth - 6)\" y=\"\(top + barHeight - 3)\" text-anchor=\"end\">\(HTMLPage.escape(category))</text>")
            var offset = labelWidth
            for (index, item) in series.enumerated() {
                let value = values[row][index]
                let barWidth = length(value)
                let y = stacked ? top : top + index * barHeight
                let tooltip = "\(category) · \(item.name) · \(valueText(value))"
                parts.append("<rect x=\"\(offset)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight - 2)\" fill=\"\(item.color)\">"
                             + "<title>\(HTMLPage.escape(tooltip))</title></rect>")
                if stacked {
                    offset += barWidth
                } else {
                    parts.append("<text x=\"\(labelWidth + barWidth + 4)\" y=\"\(y + barHeight - 4)\">\(HTMLPage.escape(valueText(value)))</text>")
                }
            }
            if stacked {
                parts.append("<text x=\"\(offset + 4)\" y=\"\(top + barHeight - 3)\">\(HTMLPage.escape(valueText(values[row].reduce(0, +))))</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }
}
