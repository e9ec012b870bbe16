/// Reads rule files: JSON documents that add local rules and programs, or local variants
/// of built-in rules, using the same measures and condition algebra as the built-in
/// catalog. A league's local scheme needs no recompile.
///
/// ```json
/// { "version": 1, "title": "…",
///   "programs": [ { "id": "…", "titleZh": "…", "titleEn": "…", "scope": "household",
///                   "rules": ["…"], "jurisdictions": ["152200"], "from": "2023-06-29",
///                   "citations": [ { "document": "S15", "article": "第三类" } ] } ],
///   "rules": [ { "id": "…", "titleZh": "…", "titleEn": "…", "program": "…", "scope": "household",
///                "citations": [ { "document": "S15", "article": "第三类" } ],
///                "jurisdictions": ["152200"], "from": "2023-06-29", "refines": "…",
///                "condition": { "compare": { "left": { "measure": "spending.rigid-12m.xingan" }, "op": ">",
///                                            "right": { "parameter": "xingan.defacto.rigid-spending-threshold" } } } } ] }
/// ```
///
/// Conditions: `{"all": [...]}`, `{"any": [...]}`, `{"not": c}`,
/// `{"compare": {"left": o, "op": "<" | "<=" | ">" | ">=" | "==", "right": o}}`,
/// `{"isTrue": "measure.id"}`, `{"program": "dibao", "is": "eligible"}`,
/// `{"tier": ["dibao"]}`, `{"anyMember": c}`, `{"allMembers": c}`,
/// `{"label": {"zh": "…", "en": "…"}, "condition": c}`.
/// Operands: `{"measure": id}`, `{"parameter": id}`,
/// `{"constant": {"value": 1.5, "unit": "ratio" | "count" | "years" | "months" | "yuan" | "yuan-per-month" | "yuan-per-year"}}`
/// (the value is a JSON number),
/// `{"product": [o, o]}`, `{"sum": [o, o]}`, `{"label": {"zh": …, "en": …}, "operand": o}`.
///
/// Programs from files are entitlements, evaluated after the built-in programs; they carry
/// no amount formula. Citations name a built-in document by key (`S15`) or give one inline
/// (`title`, `issuer`, `number`, `url`, `published`, `article`).
public enum RuleFileLoader {
    /// The rule-file format version this loader reads.
    public static let formatVersion = "1"

    /// Adds the rules and programs of a rule file to `catalog`, checking the result.
    ///
    /// - Throws: ``InputError`` naming the field path (`rules[2].condition.all[1].compare.op`).
    public static func load(_ bytes: [UInt8], into catalog: RuleCatalog) throws(InputError) -> RuleCatalog {
        let document = try JSONValue.parse(bytes)
        let top = try Fields(document, path: FieldPath())
        try top.only(["version", "title", "programs", "rules"])
        guard case .number(let version) = try top.required("version"), version == formatVersion else {
            throw InputError(path: "version", code: .unsupportedVersion, message: "this library reads rule format version \(formatVersion)")
        }
        _ = try top.string("title")
        var programs: [Program] = []
        for (index, value) in try top.array("programs", optional: true).enumerated() {
            programs.append(try readProgram(value, path: FieldPath([.key("programs"), .index(index)]), documents: catalog.documents))
        }
        var rules: [Rule] = []
        for (index, value) in try top.array("rules", optional: false).enumerated() {
            rules.append(try readRule(value, path: FieldPath([.key("rules"), .index(index)]), documents: catalog.documents))
        }
        do {
            return try catalog.adding(rules: rules, programs: programs)
        } catch {
            if let index = rules.firstIndex(where: { $0.id.rawValue == error.subject }) {
                throw InputError(path: FieldPath([.key("rules"), .index(index)]), code: .inconsistent, message: error.message)
            }
            if let index = programs.firstIndex(where: { $0.id.rawValue == error.subject }) {
                throw InputError(path: FieldPath([.key("programs"), .index(index)]), code: .inconsistent, message: error.message)
            }
            throw InputError(code: .inconsistent, message: error.description)
        }
    }

    // MARK: Programs and rules

    private static func readProgram(_ value: JSONValue, path: FieldPath, documents: [PolicyDocument]) throws(InputError) -> Program {
        let fields = try Fields(value, path: path)
        try fields.only(["id", "titleZh", "titleEn", "scope", "rules", "jurisdictions", "from", "until", "citations"])
        let rules = try fields.array("rules", optional: false).enumerated().map { index, item throws(InputError) in
            guard case .string(let id) = item else {
                throw InputError(path: path.appending(key: "rules").appending(index: index), code: .wrongType, message: "a rule id is a string")
            }
            return RuleID(id)
        }
        return Program(id: ProgramID(try fields.string("id")), chineseTitle: try fields.string("titleZh"),
                       englishTitle: try fields.string("titleEn"), kind: .entitlement, scope: try fields.scope(),
                       rules: rules, amount: nil, applicability: try fields.applicability(),
                       citations: try fields.citations(documents: documents))
    }

    private static func readRule(_ value: JSONValue, path: FieldPath, documents: [PolicyDocument]) throws(InputError) -> Rule {
        let fields = try Fields(value, path: path)
        try fields.only(["id", "titleZh", "titleEn", "program", "scope", "citations", "jurisdictions", "from", "until",
                         "refines", "note", "condition"])
        let refines = try fields.optionalString("refines").map { RuleID($0) }
        return Rule(id: RuleID(try fields.string("id")), chineseTitle: try fields.string("titleZh"),
                    englishTitle: try fields.string("titleEn"), citations: try fields.citations(documents: documents),
                    scope: try fields.scope(), program: ProgramID(try fields.string("program")),
                    condition: try readCondition(try fields.required("condition"), path: path.appending(key: "condition")),
                    applicability: try fields.applicability(), refines: refines, note: try fields.optionalString("note"))
    }

    // MARK: Conditions

    static func readCondition(_ value: JSONValue, path: FieldPath) throws(InputError) -> Condition {
        let fields = try Fields(value, path: path)
        if fields.has("label") {
            try fields.only(["label", "condition"])
            return .labelled(try readCondition(try fields.required("condition"), path: path.appending(key: "condition")),
                             try fields.label())
        }
        if fields.has("program") {
            try fields.only(["program", "is"])
            let statusText = try fields.string("is")
            guard let status = ProgramStatus(rawValue: statusText) else {
                throw InputError(path: path.appending(key: "is"), code: .invalidValue,
                                 message: "a status is eligible, not-eligible, undetermined or not-applicable")
            }
            return .program(ProgramID(try fields.string("program")), is: status)
        }
        guard fields.count == 1, let (key, inner) = fields.first else {
            throw InputError(path: path, code: .invalidValue,
                             message: "a condition is one of all, any, not, compare, isTrue, program, tier, anyMember, allMembers, label")
        }
        let innerPath = path.appending(key: key)
        switch key {
        case "all", "any":
            guard case .array(let items) = inner else {
                throw InputError(path: innerPath, code: .wrongType, message: "\(key) takes an array of conditions")
            }
            var parts: [Condition] = []
            for (index, item) in items.enumerated() {
                parts.append(try readCondition(item, path: innerPath.appending(index: index)))
            }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return .not(try readCondition(inner, path: innerPath))
        case "anyMember":
            return .anyMember(try readCondition(inner, path: innerPath))
        case "allMembers":
            return .allMembers(try readCondition(inner, path: innerPath))
        case "isTrue":
            guard case .string(let id) = inner else {
                throw InputError(path: innerPath, code: .wrongType, message: "isTrue takes a measure id")
            }
            return .isTrue(MeasureID(id))
        case "tier":
            guard case .array(let items) = inner else {
                throw InputError(path: innerPath, code: .wrongType, message: "tier takes an array of program ids")
            }
            var ids: [ProgramID] = []
            for (index, item) in items.enumerated() {
                guard case .string(let id) = item else {
                    throw InputError(path: innerPath.appending(index: index), code: .wrongType, message: "a program id is a string")
                }
                ids.append(ProgramID(id))
            }
            return .tier(in: ids)
        case "compare":
            let compare = try Fields(inner, path: innerPath)
            try compare.only(["left", "op", "right"])
            let opText = try compare.string("op")
            guard let comparison = Comparison(rawValue: opText) else {
                throw InputError(path: innerPath.appending(key: "op"), code: .invalidValue,
                                 message: "op is one of <, <=, >, >=, ==")
            }
            return .compare(try readOperand(try compare.required("left"), path: innerPath.appending(key: "left")), comparison,
                            try readOperand(try compare.required("right"), path: innerPath.appending(key: "right")))
        default:
            throw InputError(path: innerPath, code: .unknownKey,
                             message: "unknown condition \(InputError.echo(key)); use all, any, not, compare, isTrue, program, tier, anyMember, allMembers or label")
        }
    }

    static func readOperand(_ value: JSONValue, path: FieldPath) throws(InputError) -> Operand {
        let fields = try Fields(value, path: path)
        if fields.has("label") {
            try fields.only(["label", "operand"])
            return .labelled(try readOperand(try fields.required("operand"), path: path.appending(key: "operand")), try fields.label())
        }
        guard fields.count == 1, let (key, inner) = fields.first else {
            throw InputError(path: path, code: .invalidValue, message: "an operand is one of measure, parameter, constant, product, sum, label")
        }
        let innerPath = path.appending(key: key)
        switch key {
        case "measure":
            guard case .string(let id) = inner else { throw InputError(path: innerPath, code: .wrongType, message: "a measure id is a string") }
            return .measure(MeasureID(id))
        case "parameter":
            guard case .string(let id) = inner else { throw InputError(path: innerPath, code: .wrongType, message: "a parameter id is a string") }
            return .parameter(ParameterID(id))
        case "product", "sum":
            guard case .array(let items) = inner, items.count == 2 else {
                throw InputError(path: innerPath, code: .wrongType, message: "\(key) takes an array of two operands")
            }
            let a = try readOperand(items[0], path: innerPath.appending(index: 0))
            let b = try readOperand(items[1], path: innerPath.appending(index: 1))
            return key == "product" ? .product(a, b) : .sum(a, b)
        case "constant":
            let constant = try Fields(inner, path: innerPath)
            try constant.only(["value", "unit"])
            guard case .number(let text) = try constant.required("value") else {
                throw InputError(path: innerPath.appending(key: "value"), code: .wrongType, message: "a constant's value is a number")
            }
            let unitText = try constant.string("unit")
            return .constant(try constantQuantity(text, unit: unitText, path: innerPath))
        default:
            throw InputError(path: innerPath, code: .unknownKey,
                             message: "unknown operand \(InputError.echo(key)); use measure, parameter, constant, product, sum or label")
        }
    }

    private static func constantQuantity(_ text: String, unit: String, path: FieldPath) throws(InputError) -> Quantity {
        let valuePath = path.appending(key: "value")
        switch unit {
        case "ratio":
            guard let rate = Rate(decimal: text) else {
                throw InputError(path: valuePath, code: .invalidValue, message: "a ratio is a plain decimal such as 1.5")
            }
            return .ratio(rate)
        case "count", "years", "months":
            guard let value = Int(text), value >= 0 else {
                throw InputError(path: valuePath, code: .invalidValue, message: "\(unit) are a whole number")
            }
            return Quantity(Int128(value), unit: unit == "count" ? .count : unit == "years" ? .years : .months)
        case "yuan", "yuan-per-month", "yuan-per-year":
            guard let money = Money(yuanText: text) else {
                throw InputError(path: valuePath, code: .invalidValue, message: "an amount has at most 2 decimals and no sign")
            }
            return .money(money, periodMonths: unit == "yuan" ? 0 : unit == "yuan-per-month" ? 1 : 12)
        default:
            throw InputError(path: path.appending(key: "unit"), code: .invalidValue,
                             message: "unit is ratio, count, years, months, yuan, yuan-per-month or yuan-per-year")
        }
    }
}

/// The members of a JSON object being read, with strict key checks and path-naming errors.
struct Fields {
    let members: [(key: String, value: JSONValue)]
    let path: FieldPath

    init(_ value: JSONValue, path: FieldPath) throws(InputError) {
        guard case .object(let members) = value else {
            throw InputError(path: path, code: .wrongType, message: "expected an object")
        }
        self.members = members
        self.path = path
    }

    var count: Int { members.count }
    var first: (String, JSONValue)? { members.first.map { ($0.key, $0.value) } }

    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    func only(_ allowed: Set<String>) throws(InputError) {
        for member in members where !allowed.contains(member.key) {
            throw InputError(path: path.appending(key: member.key), code: .unknownKey,
                             message: "unknown key \(InputError.echo(member.key))")
        }
    }

    func required(_ key: String) throws(InputError) -> JSONValue {
        guard let value = members.first(where: { $0.key == key })?.value else {
            throw InputError(path: path.appending(key: key), code: .missingKey, message: "required key \"\(key)\" is missing")
        }
        return value
    }

    func string(_ key: String) throws(InputError) -> String {
        guard case .string(let text) = try required(key) else {
            throw InputError(path: path.appending(key: key), code: .wrongType, message: "expected a string")
        }
        return text
    }

    func optionalString(_ key: String) throws(InputError) -> String? {
        guard has(key) else { return nil }
        return try string(key)
    }

    func array(_ key: String, optional: Bool) throws(InputError) -> [JSONValue] {
        guard has(key) || !optional else { return [] }
        guard case .array(let items) = try required(key) else {
            throw InputError(path: path.appending(key: key), code: .wrongType, message: "expected an array")
        }
        return items
    }

    func day(_ key: String) throws(InputError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        guard let day = Day(iso: text), Day.supportedInputRange.contains(day) else {
            throw InputError(path: path.appending(key: key), code: .invalidValue,
                             message: "not a real day YYYY-MM-DD from 1900-01-01 to 2199-12-31")
        }
        return day
    }

    func scope() throws(InputError) -> Scope {
        let text = try string("scope")
        guard let scope = Scope(rawValue: text) else {
            throw InputError(path: path.appending(key: "scope"), code: .invalidValue, message: "scope is household or member")
        }
        return scope
    }

    func label() throws(InputError) -> Label {
        let fields = try Fields(try required("label"), path: path.appending(key: "label"))
        try fields.only(["zh", "en"])
        return Label(try fields.string("zh"), try fields.string("en"))
    }

    func applicability() throws(InputError) -> Applicability {
        var codes: [AdministrativeDivisionCode] = []
        for (index, item) in try array("jurisdictions", optional: true).enumerated() {
            guard case .string(let text) = item, let code = AdministrativeDivisionCode(text) else {
                throw InputError(path: path.appending(key: "jurisdictions").appending(index: index), code: .invalidValue,
                                 message: "a jurisdiction is a six-digit code as a string")
            }
            codes.append(code)
        }
        let from = try day("from")
        let until = try day("until")
        if let from, let until, until < from {
            throw InputError(path: path.appending(key: "until"), code: .inconsistent, message: "until \(until) is before from \(from)")
        }
        return Applicability(jurisdictions: codes, from: from, until: until)
    }

    /// The citations; a `document` key names one of `documents` (the catalog's).
    func citations(documents: [PolicyDocument]) throws(InputError) -> [Citation] {
        var result: [Citation] = []
        for (index, item) in try array("citations", optional: false).enumerated() {
            let citation = try Fields(item, path: path.appending(key: "citations").appending(index: index))
            let article = try citation.optionalString("article")
            if citation.has("document") {
                try citation.only(["document", "article"])
                let key = try citation.string("document")
                guard let document = documents.first(where: { $0.key == key }) else {
                    throw InputError(path: citation.path.appending(key: "document"), code: .unknownReference,
                                     message: "no built-in document \(InputError.echo(key)); give title and issuer instead")
                }
                result.append(Citation(document, article: article))
            } else {
                try citation.only(["title", "issuer", "number", "url", "published", "article"])
                let title = try citation.string("title")
                let number = try citation.optionalString("number")
                result.append(Citation(PolicyDocument(key: number ?? title, title: title, issuer: try citation.string("issuer"),
                                                      number: number, published: try citation.day("published"),
                                                      url: try citation.optionalString("url")), article: article))
            }
        }
        return result
    }
}
