/// Renders a rule catalog as Markdown (RULES.md is exactly this output for the built-in
/// catalog) or JSON: every program and rule with its ids, titles, citations, the condition
/// in readable form, the parameters and measures it reads and what it yields.
public enum CatalogDocumentation {
    /// The catalog as Markdown, with the catalog's choices where its sources are silent
    /// ([I]) and, when a book is given, the parameters it holds no value for ([U]).
    public static func markdown(_ catalog: RuleCatalog, choices: [CatalogChoice] = [], book: PolicyBook? = nil) -> String {
        var out: [String] = []
        out.append("# Rule catalog")
        out.append("")
        out.append("Generated from the code by `swift run assist rules --format markdown > RULES.md`; do not edit by hand. "
                   + "A test fails when this file and the catalog differ.")
        out.append("")
        out.append("Comparisons keep the policy wording: 低于 `<`, 不高于 `<=`, 超过 `>`, 不低于 `>=`. Values are compared exactly "
                   + "(per-person figures are never divided before comparing). A condition whose fact or parameter is missing is "
                   + "undetermined, never false. Citations S1–S33 refer to the source table of POLICY.md.")
        out.append("")
        out.append("## Programs")
        out.append("")
        out.append("Evaluated in this order. Tiers are exclusive (the eligible tier with the lowest rank wins); entitlements stack.")
        out.append("")
        out.append("| program | 名称 | name | kind | scope | requirements | applies |")
        out.append("|---|---|---|---|---|---|---|")
        for program in catalog.programs {
            let kind = program.tierRank.map { "tier \($0)" } ?? "entitlement"
            out.append("| `\(program.id)` | \(program.chineseTitle) | \(program.englishTitle) | \(kind) | \(program.scope.rawValue) | "
                       + program.rules.map { "`\($0)`" }.joined(separator: ", ") + " | \(program.applicability.summary(placeNames: catalog.placeNames)) |")
        }
        out.append("")
        for program in catalog.programs {
            out.append("## \(program.chineseTitle) — \(program.englishTitle) (`\(program.id)`)")
            out.append("")
            let kind = program.tierRank.map { "exclusive tier, rank \($0)" } ?? "stacking entitlement"
            out.append("- Kind: \(kind); scope: \(program.scope.rawValue); applies: \(program.applicability.summary(placeNames: catalog.placeNames))")
            out.append("- Basis: " + program.citations.map(\.description).joined(separator: "; "))
            if !program.openConditions.isEmpty {
                out.append("- Left to the caseworker (open conditions, not tested; an eligible or undetermined decision lists them):")
                for condition in program.openConditions {
                    var line = "  - ☐ \(condition.text.chinese) / \(condition.text.english) — \(condition.citation)"
                    if let quote = condition.quote { line += " 「\(quote)」" }
                    out.append(line)
                }
            }
            if let amount = program.amount {
                out.append("- Yields \(amount.period == .monthly ? "a monthly amount" : "a one-off amount"), rounded once (\(amount.rounding.rawValue)):")
                out += expressionLines(amount.expression, depth: 1, catalog: catalog)
                out.append("  - Amount basis: " + amount.citations.map(\.description).joined(separator: "; "))
                if let note = amount.note { out.append("  - Note: \(note)") }
                let parameters = unique(amount.expression.parameters)
                if !parameters.isEmpty { out.append("  - Parameters: " + parameters.map { "`\($0)`" }.joined(separator: ", ")) }
            } else {
                out.append("- Yields a status (eligible, not eligible, undetermined); no amount.")
            }
            out.append("")
            for ruleID in program.rules {
                guard let rule = catalog.rule(ruleID) else { continue }
                out += ruleSection(rule, catalog: catalog, heading: "###")
                for variant in catalog.variants(of: ruleID) {
                    out += ruleSection(variant, catalog: catalog, heading: "####")
                }
            }
        }
        if !choices.isEmpty {
            out.append("## Choices where the sources are silent [I]")
            out.append("")
            out.append("Each reading the catalog takes where its sources are silent or ambiguous, with the words of the source it rests on "
                       + "and what carries it. Inferred effective days of single values are flagged in the policy book.")
            out.append("")
            out.append("| choice | what the catalog decides | source words | source | carried by |")
            out.append("|---|---|---|---|---|")
            for choice in choices {
                out.append("| `\(choice.id)` | \(choice.choice.replacingOccurrences(of: "|", with: "\\|")) | 「\(choice.sourceWords)」 | "
                           + choice.citations.map(\.description).joined(separator: "; ") + " | "
                           + choice.affects.map { "`\($0)`" }.joined(separator: ", ") + " |")
            }
            out.append("")
        }
        if let book {
            let unvalued = catalog.parameterCatalog.definitions.filter { book.places(of: $0.id).isEmpty }
            out.append("## Parameters with no built-in value [U]")
            out.append("")
            out.append("The sources give no value for these (POLICY.md marks them [U]); rules that read them are undetermined "
                       + "until a policy file supplies one (`--policy FILE`). Start from the source words in each row.")
            out.append("")
            out.append("| parameter | 名称 | what the sources say |")
            out.append("|---|---|---|")
            for definition in unvalued {
                out.append("| `\(definition.id)` | \(definition.chineseTitle) | \(definition.summary) |")
            }
            out.append("")
        }
        out.append("## Measures")
        out.append("")
        out.append("| measure | 名称 | name | scope | unit | definition |")
        out.append("|---|---|---|---|---|---|")
        for measure in catalog.measures {
            out.append("| `\(measure.id)` | \(measure.chineseTitle) | \(measure.englishTitle) | \(measure.scope.rawValue) | "
                       + "\(measure.unit) | \(measure.definition.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        out.append("")
        out.append("## Parameters")
        out.append("")
        out.append("Values, sources and dates are in the policy book: `swift run assist parameters --jurisdiction CODE --on DAY`.")
        out.append("")
        out.append("| parameter | 名称 | name | units | urban/rural | purpose |")
        out.append("|---|---|---|---|---|---|")
        for definition in catalog.parameterCatalog.definitions {
            out.append("| `\(definition.id)` | \(definition.chineseTitle) | \(definition.englishTitle) | "
                       + definition.units.map(\.rawValue).joined(separator: ", ")
                       + " | \(definition.isResidenceSpecific ? "separate" : "same") | \(definition.summary) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func ruleSection(_ rule: Rule, catalog: RuleCatalog, heading: String) -> [String] {
        var out: [String] = []
        out.append("\(heading) `\(rule.id)` — \(rule.chineseTitle) / \(rule.englishTitle)")
        out.append("")
        if let base = rule.refines {
            out.append("- Local variant of `\(base)`: replaces it \(rule.applicability.summary(placeNames: catalog.placeNames))")
        }
        out.append("- Citations: " + rule.citations.map(\.description).joined(separator: "; "))
        out.append("- Scope: \(rule.scope.rawValue); program: `\(rule.program)`; applies: \(rule.applicability.summary(placeNames: catalog.placeNames))")
        out.append("- Condition:")
        out += conditionLines(rule.condition, depth: 1, catalog: catalog)
        let parameters = unique(rule.condition.parameters)
        out.append("- Parameters: " + (parameters.isEmpty ? "none" : parameters.map { "`\($0)`" }.joined(separator: ", ")))
        let measures = unique(rule.condition.measures)
        out.append("- Measures: " + (measures.isEmpty ? "none" : measures.map { "`\($0)`" }.joined(separator: ", ")))
        if let note = rule.note { out.append("- Note: \(note)") }
        out.append("")
        return out
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    /// A condition as nested Markdown bullets.
    static func conditionLines(_ condition: Condition, depth: Int, catalog: RuleCatalog) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        switch condition {
        case .compare(let left, let comparison, let right):
            return [indent + "- \(operandText(left, catalog)) \(comparison.rawValue) \(operandText(right, catalog))"
                    + " (\(operandChinese(left, catalog)) \(comparison.chineseWord) \(operandChinese(right, catalog)))"]
        case .isTrue(let id):
            return [indent + "- `\(id)` is yes (\(catalog.measure(id)?.chineseTitle ?? id.rawValue))"]
        case .all(let parts):
            return [indent + "- all of:"] + parts.flatMap { conditionLines($0, depth: depth + 1, catalog: catalog) }
        case .any(let parts):
            return [indent + "- any of:"] + parts.flatMap { conditionLines($0, depth: depth + 1, catalog: catalog) }
        case .not(let part):
            return [indent + "- not:"] + conditionLines(part, depth: depth + 1, catalog: catalog)
        case .program(let id, let status):
            return [indent + "- program `\(id)` is \(status.rawValue)"]
        case .tier(let ids):
            return [indent + "- the household's tier is " + ids.map { "`\($0)`" }.joined(separator: " or ")]
        case .anyMember(let part):
            return [indent + "- some member:"] + conditionLines(part, depth: depth + 1, catalog: catalog)
        case .allMembers(let part):
            return [indent + "- every member:"] + conditionLines(part, depth: depth + 1, catalog: catalog)
        case .labelled(let part, let label):
            return [indent + "- \(label.chinese) / \(label.english):"] + conditionLines(part, depth: depth + 1, catalog: catalog)
        }
    }

    private static func operandText(_ operand: Operand, _ catalog: RuleCatalog) -> String {
        switch operand {
        case .measure(let id): return "`\(id)`"
        case .parameter(let id): return "`\(id)`"
        case .constant(let quantity):
            switch quantity.unit {
            case .ratio, .count: return Quantity.decimal(quantity.numerator, quantity.denominator, maximumDecimals: 4)
            case .money, .years, .months: return "\(quantity) \(quantity.unit)"
            case .flag: return quantity.description
            }
        case .product(let a, let b): return "\(operandText(a, catalog)) × \(operandText(b, catalog))"
        case .sum(let a, let b): return "\(operandText(a, catalog)) + \(operandText(b, catalog))"
        case .labelled(let inner, _): return operandText(inner, catalog)
        }
    }

    private static func operandChinese(_ operand: Operand, _ catalog: RuleCatalog) -> String {
        switch operand {
        case .measure(let id): return catalog.measure(id)?.chineseTitle ?? id.rawValue
        case .parameter(let id): return catalog.parameterCatalog.definition(id)?.chineseTitle ?? id.rawValue
        case .constant(let quantity):
            switch quantity.unit {
            case .ratio, .count: return Quantity.decimal(quantity.numerator, quantity.denominator, maximumDecimals: 4)
            case .money: return "\(quantity) 元"
            case .years: return "\(quantity) 岁"
            case .months: return "\(quantity) 个月"
            case .flag: return quantity.isTrue ? "是" : "否"
            }
        case .product(let a, let b): return "\(operandChinese(a, catalog)) × \(operandChinese(b, catalog))"
        case .sum(let a, let b): return "\(operandChinese(a, catalog)) + \(operandChinese(b, catalog))"
        case .labelled(_, let label): return label.chinese
        }
    }

    private static func expressionLines(_ expression: AmountExpression, depth: Int, catalog: RuleCatalog) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        let label = "\(expression.label.chinese) / \(expression.label.english)"
        switch expression {
        case .operand(let operand, _):
            return [indent + "- \(label) = \(operandText(operand, catalog))"]
        case .sum(let parts, _):
            return [indent + "- \(label) = sum of:"] + parts.flatMap { expressionLines($0, depth: depth + 1, catalog: catalog) }
        case .difference(let a, let b, _):
            return [indent + "- \(label) = the first minus the second:"]
                + expressionLines(a, depth: depth + 1, catalog: catalog) + expressionLines(b, depth: depth + 1, catalog: catalog)
        case .maximum(let parts, _):
            return [indent + "- \(label) = the largest of:"] + parts.flatMap { expressionLines($0, depth: depth + 1, catalog: catalog) }
        case .minimum(let parts, _):
            return [indent + "- \(label) = the smallest of:"] + parts.flatMap { expressionLines($0, depth: depth + 1, catalog: catalog) }
        case .sumOverMembers(let filter, let each, _):
            return [indent + "- \(label) = for each member where:"] + conditionLines(filter, depth: depth + 1, catalog: catalog)
                + [indent + "  - add:"] + expressionLines(each, depth: depth + 2, catalog: catalog)
        case .scaled(let part, let factor, _):
            return [indent + "- \(label) = times \(operandText(factor, catalog)):"] + expressionLines(part, depth: depth + 1, catalog: catalog)
        case .when(let filter, let a, let b, _):
            return [indent + "- \(label) = if:"] + conditionLines(filter, depth: depth + 1, catalog: catalog)
                + [indent + "  - then:"] + expressionLines(a, depth: depth + 2, catalog: catalog)
                + [indent + "  - otherwise:"] + expressionLines(b, depth: depth + 2, catalog: catalog)
        }
    }

    /// The catalog as JSON for tooling: programs, rules (with readable conditions), measures
    /// and parameter definitions.
    public static func json(_ catalog: RuleCatalog) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("programs")
        writer.beginArray()
        for program in catalog.programs {
            writer.beginObject()
            writer.key("id"); writer.string(program.id.rawValue)
            writer.key("titleZh"); writer.string(program.chineseTitle)
            writer.key("titleEn"); writer.string(program.englishTitle)
            writer.key("kind"); writer.string(program.tierRank == nil ? "entitlement" : "tier")
            writer.key("tierRank"); if let rank = program.tierRank { writer.int(rank) } else { writer.null() }
            writer.key("scope"); writer.string(program.scope.rawValue)
            writer.key("rules"); writer.beginArray(); for rule in program.rules { writer.string(rule.rawValue) }; writer.endArray()
            writer.key("applies"); writer.string(program.applicability.summary(placeNames: catalog.placeNames))
            writer.key("citations"); writer.beginArray(); for citation in program.citations { writer.string(citation.description) }; writer.endArray()
            writer.key("amount"); writer.bool(program.amount != nil)
            writer.endObject()
        }
        writer.endArray()
        writer.key("rules")
        writer.beginArray()
        for rule in catalog.rules {
            writer.beginObject()
            writer.key("id"); writer.string(rule.id.rawValue)
            writer.key("titleZh"); writer.string(rule.chineseTitle)
            writer.key("titleEn"); writer.string(rule.englishTitle)
            writer.key("program"); writer.string(rule.program.rawValue)
            writer.key("scope"); writer.string(rule.scope.rawValue)
            writer.key("refines"); if let base = rule.refines { writer.string(base.rawValue) } else { writer.null() }
            writer.key("applies"); writer.string(rule.applicability.summary(placeNames: catalog.placeNames))
            writer.key("citations"); writer.beginArray(); for citation in rule.citations { writer.string(citation.description) }; writer.endArray()
            writer.key("condition"); writer.string(conditionLines(rule.condition, depth: 0, catalog: catalog).joined(separator: "\n"))
            writer.key("parameters"); writer.beginArray(); for id in unique(rule.condition.parameters) { writer.string(id.rawValue) }; writer.endArray()
            writer.key("measures"); writer.beginArray(); for id in unique(rule.condition.measures) { writer.string(id.rawValue) }; writer.endArray()
            writer.key("note"); if let note = rule.note { writer.string(note) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.key("measures")
        writer.beginArray()
        for measure in catalog.measures {
            writer.beginObject()
            writer.key("id"); writer.string(measure.id.rawValue)
            writer.key("titleZh"); writer.string(measure.chineseTitle)
            writer.key("titleEn"); writer.string(measure.englishTitle)
            writer.key("scope"); writer.string(measure.scope.rawValue)
            writer.key("unit"); writer.string(measure.unit.description)
            writer.key("definition"); writer.string(measure.definition)
            writer.endObject()
        }
        writer.endArray()
        writer.key("parameters")
        writer.beginArray()
        for definition in catalog.parameterCatalog.definitions {
            writer.beginObject()
            writer.key("id"); writer.string(definition.id.rawValue)
            writer.key("titleZh"); writer.string(definition.chineseTitle)
            writer.key("titleEn"); writer.string(definition.englishTitle)
            writer.key("units"); writer.beginArray(); for unit in definition.units { writer.string(unit.rawValue) }; writer.endArray()
            writer.key("residenceSpecific"); writer.bool(definition.isResidenceSpecific)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}

extension String {
    /// The text with every occurrence of `target` replaced (no Foundation needed).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
