/// A checked set of measures, rules and programs: what the engine evaluates.
///
/// Programs are evaluated in catalog order; a condition may refer only to programs
/// earlier in the order, and only entitlements after every tier may read the household's
/// tier. Every rule has at least one citation and belongs to exactly one program (local
/// variants belong to their base rule's program).
public struct RuleCatalog: Sendable {
    /// The catalog's contents, shared by copies: copying a catalog costs one reference
    /// count, which keeps the evaluation hot path free of copies.
    final class Storage: Sendable {
        let measures: [Measure]
        let rules: [Rule]
        let programs: [Program]
        let parameterCatalog: ParameterCatalog
        let placeNames: PlaceNames
        let documents: [PolicyDocument]
        let measureIndex: [MeasureID: Int]
        let ruleIndex: [RuleID: Int]
        let programIndex: [ProgramID: Int]
        let variants: [RuleID: [Int]]
        let compiled: CompiledCatalog
        let programParameters: [[Int]]

        init(measures: [Measure], rules: [Rule], programs: [Program], parameterCatalog: ParameterCatalog,
             placeNames: PlaceNames, documents: [PolicyDocument], measureIndex: [MeasureID: Int], ruleIndex: [RuleID: Int], programIndex: [ProgramID: Int],
             variants: [RuleID: [Int]], compiled: CompiledCatalog, programParameters: [[Int]]) {
            self.programParameters = programParameters
            self.measures = measures
            self.rules = rules
            self.programs = programs
            self.parameterCatalog = parameterCatalog
            self.placeNames = placeNames
            self.documents = documents
            self.measureIndex = measureIndex
            self.ruleIndex = ruleIndex
            self.programIndex = programIndex
            self.variants = variants
            self.compiled = compiled
        }
    }

    let storage: Storage

    /// The measures, in a fixed order.
    public var measures: [Measure] { _read { yield storage.measures } }
    /// The rules: base rules and local variants.
    public var rules: [Rule] { _read { yield storage.rules } }
    /// The programs, in evaluation order.
    public var programs: [Program] { _read { yield storage.programs } }
    /// The parameters rules may read.
    public var parameterCatalog: ParameterCatalog { _read { yield storage.parameterCatalog } }
    /// The parameters its programs read (their rules and local variants, their amounts, the
    /// measures those use, and through the tier and other programs they refer to), in the
    /// parameter catalog's order.
    public var parametersRead: [ParameterDefinition] {
        let read = Set(programParameters.joined())
        return parameterCatalog.definitions.indices.filter { read.contains($0) }.map { parameterCatalog.definitions[$0] }
    }

    /// The names of the places its rules apply to, for explanations and documentation.
    public var placeNames: PlaceNames { _read { yield storage.placeNames } }
    /// The policy documents a rule file may cite by key (`"document": "S2"`).
    public var documents: [PolicyDocument] { _read { yield storage.documents } }

    var measureIndex: [MeasureID: Int] { _read { yield storage.measureIndex } }
    var ruleIndex: [RuleID: Int] { _read { yield storage.ruleIndex } }
    var programIndex: [ProgramID: Int] { _read { yield storage.programIndex } }
    /// For each base rule, its variants (rule indexes), most specific first.
    var variants: [RuleID: [Int]] { _read { yield storage.variants } }
    /// The same catalog with ids replaced by positions, for evaluation.
    var compiled: CompiledCatalog { _read { yield storage.compiled } }
    /// For each program, the parameters (catalog positions) its rules, their variants, its
    /// amount and the measures they read may read, directly or through the tier and other
    /// programs they refer to: for provenance flags.
    var programParameters: [[Int]] { _read { yield storage.programParameters } }

    /// A problem in a catalog: the rule, program or measure and what is wrong.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// The rule, program or measure id.
        public let subject: String
        /// What is wrong.
        public let message: String

        public var description: String { "\(subject): \(message)" }
    }

    /// Creates a catalog after checking it.
    ///
    /// - Throws: ``Problem`` naming the first inconsistent rule, program or measure.
    /// Checks and builds a catalog.
    ///
    /// - Parameters:
    ///   - placeNames: names of the places its rules apply to, for display (none: codes alone).
    ///   - documents: the documents a rule file may cite by key (none: rule files give the
    ///     title and issuer of each document).
    /// - Throws: ``Problem`` naming the measure, rule or program that does not fit.
    public init(measures: [Measure], rules: [Rule], programs: [Program], parameters: ParameterCatalog,
                placeNames: PlaceNames = PlaceNames(), documents: [PolicyDocument] = []) throws(Problem) {
        var measureIndex: [MeasureID: Int] = [:]
        for (index, measure) in measures.enumerated() {
            if measureIndex[measure.id] != nil { throw Problem(subject: measure.id.rawValue, message: "measure defined twice") }
            measureIndex[measure.id] = index
        }
        var ruleIndex: [RuleID: Int] = [:]
        for (index, rule) in rules.enumerated() {
            if ruleIndex[rule.id] != nil { throw Problem(subject: rule.id.rawValue, message: "rule defined twice") }
            ruleIndex[rule.id] = index
        }
        var programIndex: [ProgramID: Int] = [:]
        for (index, program) in programs.enumerated() {
            if programIndex[program.id] != nil { throw Problem(subject: program.id.rawValue, message: "program defined twice") }
            programIndex[program.id] = index
        }

        var variants: [RuleID: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            guard let base = rule.refines else { continue }
            guard let baseIndex = ruleIndex[base] else {
                throw Problem(subject: rule.id.rawValue, message: "refines \(base), which is not a rule")
            }
            let baseRule = rules[baseIndex]
            if baseRule.refines != nil {
                throw Problem(subject: rule.id.rawValue, message: "refines \(base), which is itself a variant; refine the base rule")
            }
            if baseRule.program != rule.program || baseRule.scope != rule.scope {
                throw Problem(subject: rule.id.rawValue, message: "a variant keeps its base rule's program and scope")
            }
            if rule.applicability.jurisdictions.isEmpty && rule.applicability.from == nil && rule.applicability.until == nil {
                throw Problem(subject: rule.id.rawValue, message: "a variant says where or when it applies")
            }
            variants[base, default: []].append(index)
        }
        for key in variants.keys {
            variants[key]?.sort { rules[$0].applicability.specificity > rules[$1].applicability.specificity }
        }

        // Rules: citations, program membership, references.
        var owner: [RuleID: ProgramID] = [:]
        for program in programs {
            for ruleID in program.rules {
                guard let index = ruleIndex[ruleID] else {
                    throw Problem(subject: program.id.rawValue, message: "requires rule \(ruleID), which is not defined")
                }
                let rule = rules[index]
                if rule.refines != nil {
                    throw Problem(subject: program.id.rawValue, message: "lists the variant \(ruleID); list its base rule")
                }
                if rule.program != program.id {
                    throw Problem(subject: program.id.rawValue, message: "lists \(ruleID), which belongs to \(rule.program)")
                }
                if rule.scope != program.scope {
                    throw Problem(subject: ruleID.rawValue, message: "is \(rule.scope.rawValue)-scope but its program is \(program.scope.rawValue)-scope")
                }
                if let other = owner[ruleID] {
                    throw Problem(subject: ruleID.rawValue, message: "listed by both \(other) and \(program.id)")
                }
                owner[ruleID] = program.id
            }
        }
        let firstEntitlement = programs.firstIndex { $0.tierRank == nil } ?? programs.count
        if programs.dropFirst(firstEntitlement).contains(where: { $0.tierRank != nil }) {
            throw Problem(subject: "programs", message: "every tier comes before the first entitlement")
        }
        for rule in rules {
            if rule.citations.isEmpty { throw Problem(subject: rule.id.rawValue, message: "a rule cites at least one policy article") }
            guard let programPosition = programIndex[rule.program] else {
                throw Problem(subject: rule.id.rawValue, message: "belongs to program \(rule.program), which is not defined")
            }
            if rule.refines == nil && owner[rule.id] == nil {
                throw Problem(subject: rule.id.rawValue, message: "is not listed by its program \(rule.program)")
            }
            try RuleCatalog.check(rule.condition, scope: rule.scope, subject: rule.id.rawValue, programPosition: programPosition,
                                  firstEntitlement: firstEntitlement, measures: measures, measureIndex: measureIndex,
                                  programIndex: programIndex, programs: programs, parameters: parameters)
        }
        for (position, program) in programs.enumerated() {
            guard let formula = program.amount else { continue }
            let units = try RuleCatalog.check(formula.expression, scope: program.scope, subject: program.id.rawValue,
                                              programPosition: position, firstEntitlement: firstEntitlement, measures: measures,
                                              measureIndex: measureIndex, programIndex: programIndex, programs: programs,
                                              parameters: parameters)
            for unit in units.sorted(by: { $0.description < $1.description }) {
                let fits: Bool
                switch (formula.period, unit) {
                case (.monthly, .money(let months)): fits = months == 1 || months == 12
                case (.oneOff, .money(let months)): fits = months == 0
                default: fits = false
                }
                if !fits {
                    throw Problem(subject: program.id.rawValue,
                                  message: "its \(formula.period.rawValue) amount comes out in \(unit); a monthly amount is money per month or year, a one-off amount a sum of money")
                }
            }
        }
        for measure in measures {
            for parameter in measure.parameters where parameters.index(of: parameter) == nil {
                throw Problem(subject: measure.id.rawValue, message: "reads parameter \(parameter), which is not defined")
            }
        }
        let compiled = CompiledCatalog(measures: measures, measureIndex: measureIndex, rules: rules, ruleIndex: ruleIndex,
                                       programs: programs, programIndex: programIndex, parameters: parameters,
                                       variants: variants)
        // The parameters each program may read: its own rules, variants, amount and the
        // measures they read, and, through conditions on other programs or on the tier, those
        // programs' parameters (programs refer only to earlier ones, so one pass suffices).
        var programParameters: [[Int]] = []
        let tierPositions = programs.indices.filter { programs[$0].tierRank != nil }
        for program in programs {
            var conditions: [Condition] = []
            for ruleID in program.rules {
                guard let index = ruleIndex[ruleID] else { continue }
                conditions.append(rules[index].condition)
                conditions += (variants[ruleID] ?? []).map { rules[$0].condition }
            }
            conditions += program.amount.map { RuleCatalog.conditions(in: $0.expression) } ?? []
            var ids = conditions.flatMap(\.parameters) + (program.amount?.expression.parameters ?? [])
            let measureIDs = conditions.flatMap(\.measures) + (program.amount.map { RuleCatalog.measures(in: $0.expression) } ?? [])
            ids += measureIDs.compactMap { measureIndex[$0] }.flatMap { measures[$0].parameters }
            var positions = ids.compactMap { parameters.index(of: $0) }
            var referenced = conditions.flatMap(\.programs).compactMap { programIndex[$0] }
            if conditions.contains(where: \.readsTier) { referenced += tierPositions }
            for other in referenced where other < programParameters.count { positions += programParameters[other] }
            var seen = Set<Int>()
            programParameters.append(positions.filter { seen.insert($0).inserted })
        }
        self.storage = Storage(measures: measures, rules: rules, programs: programs, parameterCatalog: parameters,
                               placeNames: placeNames, documents: documents,
                               measureIndex: measureIndex, ruleIndex: ruleIndex, programIndex: programIndex,
                               variants: variants, compiled: compiled, programParameters: programParameters)
    }

    /// Every condition inside an amount expression.
    private static func conditions(in expression: AmountExpression) -> [Condition] {
        switch expression {
        case .operand: return []
        case .sum(let parts, _), .maximum(let parts, _), .minimum(let parts, _): return parts.flatMap(conditions(in:))
        case .difference(let a, let b, _): return conditions(in: a) + conditions(in: b)
        case .sumOverMembers(let condition, let each, _): return [condition] + conditions(in: each)
        case .when(let condition, let a, let b, _): return [condition] + conditions(in: a) + conditions(in: b)
        case .scaled(let part, _, _): return conditions(in: part)
        }
    }

    /// Every measure an amount expression reads.
    private static func measures(in expression: AmountExpression) -> [MeasureID] {
        switch expression {
        case .operand(let operand, _): return operand.measures
        case .sum(let parts, _), .maximum(let parts, _), .minimum(let parts, _): return parts.flatMap(measures(in:))
        case .difference(let a, let b, _): return measures(in: a) + measures(in: b)
        case .sumOverMembers(let condition, let each, _): return condition.measures + measures(in: each)
        case .when(let condition, let a, let b, _): return condition.measures + measures(in: a) + measures(in: b)
        case .scaled(let part, let operand, _): return measures(in: part) + operand.measures
        }
    }

    // MARK: Checks

    private static func check(
        _ condition: Condition, scope: Scope, subject: String, programPosition: Int, firstEntitlement: Int,
        measures: [Measure], measureIndex: [MeasureID: Int], programIndex: [ProgramID: Int], programs: [Program],
        parameters: ParameterCatalog
    ) throws(Problem) {
        func recurse(_ part: Condition, _ scope: Scope) throws(Problem) {
            try check(part, scope: scope, subject: subject, programPosition: programPosition,
                      firstEntitlement: firstEntitlement, measures: measures, measureIndex: measureIndex,
                      programIndex: programIndex, programs: programs, parameters: parameters)
        }
        switch condition {
        case .compare(let left, _, let right):
            let leftUnits = try check(left, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex,
                                      parameters: parameters)
            let rightUnits = try check(right, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex,
                                       parameters: parameters)
            try requireCommon(leftUnits, rightUnits, subject: subject, operation: "compares \(left.summary) with \(right.summary)")
        case .isTrue(let id):
            _ = try check(Operand.measure(id), scope: scope, subject: subject, measures: measures, measureIndex: measureIndex,
                          parameters: parameters)
            if let index = measureIndex[id], measures[index].unit != .flag {
                throw Problem(subject: subject, message: "isTrue needs a yes/no measure; \(id) is \(measures[index].unit)")
            }
        case .all(let parts), .any(let parts):
            for part in parts { try recurse(part, scope) }
        case .not(let part), .labelled(let part, _):
            try recurse(part, scope)
        case .anyMember(let part), .allMembers(let part):
            if scope != .household {
                throw Problem(subject: subject, message: "anyMember/allMembers are for household-scope conditions")
            }
            try recurse(part, .member)
        case .program(let id, _):
            guard let position = programIndex[id] else {
                throw Problem(subject: subject, message: "refers to program \(id), which is not defined")
            }
            if position >= programPosition {
                throw Problem(subject: subject, message: "refers to program \(id), which is evaluated later; reorder the programs")
            }
            if programs[position].scope == .member && scope == .household {
                throw Problem(subject: subject, message: "a household-scope condition reads member program \(id) through anyMember/allMembers")
            }
        case .tier(let ids):
            for id in ids {
                guard let position = programIndex[id], programs[position].tierRank != nil else {
                    throw Problem(subject: subject, message: "tier \(id) is not a tier program")
                }
            }
            if programPosition < firstEntitlement {
                throw Problem(subject: subject, message: "only entitlements (after every tier) may read the household's tier")
            }
        }
    }

    /// Checks an operand's references and returns the units its value can have (a
    /// parameter may allow several, such as per month or per year).
    @discardableResult
    private static func check(
        _ operand: Operand, scope: Scope, subject: String, measures: [Measure], measureIndex: [MeasureID: Int],
        parameters: ParameterCatalog
    ) throws(Problem) -> Set<QuantityUnit> {
        switch operand {
        case .measure(let id):
            guard let index = measureIndex[id] else {
                throw Problem(subject: subject, message: "reads measure \(id), which is not defined")
            }
            if measures[index].scope == .member && scope == .household {
                throw Problem(subject: subject, message: "reads member measure \(id) outside anyMember/allMembers")
            }
            guard measures[index].unit.isValid else {
                throw Problem(subject: subject, message: "measure \(id) has unit \(measures[index].unit); money is per 0, 1 or 12 months")
            }
            return [measures[index].unit]
        case .parameter(let id):
            guard let definition = parameters.definition(id) else {
                throw Problem(subject: subject, message: "reads parameter \(id), which is not defined")
            }
            let units = Set(definition.units.compactMap(\.quantityUnit))
            if units.count != definition.units.count {
                throw Problem(subject: subject, message: "reads parameter \(id) as a number, but it is a choice")
            }
            return units
        case .constant(let quantity):
            guard quantity.unit.isValid else {
                throw Problem(subject: subject, message: "a constant has unit \(quantity.unit); money is per 0, 1 or 12 months")
            }
            return [quantity.unit]
        case .product(let a, let b):
            let left = try check(a, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex, parameters: parameters)
            let right = try check(b, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex, parameters: parameters)
            var units: Set<QuantityUnit> = []
            for l in left.sorted(by: { $0.description < $1.description }) {
                for r in right.sorted(by: { $0.description < $1.description }) {
                    guard let unit = QuantityUnit.product(l, r) else {
                        throw Problem(subject: subject, message: "multiplies \(a.summary) (\(l)) by \(b.summary) (\(r)), which does not fit")
                    }
                    units.insert(unit)
                }
            }
            return units
        case .sum(let a, let b):
            let left = try check(a, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex, parameters: parameters)
            let right = try check(b, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex, parameters: parameters)
            return try requireCommon(left, right, subject: subject, operation: "adds \(a.summary) to \(b.summary)")
        case .labelled(let inner, _):
            return try check(inner, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex, parameters: parameters)
        }
    }

    /// The common units of every pairing of `left` and `right`, or a problem naming the
    /// first pair that does not fit together (a sum of money with an amount per year).
    @discardableResult
    private static func requireCommon(_ left: Set<QuantityUnit>, _ right: Set<QuantityUnit>, subject: String,
                                      operation: @autoclosure () -> String) throws(Problem) -> Set<QuantityUnit> {
        var units: Set<QuantityUnit> = []
        for l in left.sorted(by: { $0.description < $1.description }) {
            for r in right.sorted(by: { $0.description < $1.description }) {
                guard let unit = QuantityUnit.common(l, r) else {
                    throw Problem(subject: subject, message: "\(operation()): \(l) and \(r) do not fit together")
                }
                units.insert(unit)
            }
        }
        return units
    }

    /// Whether `condition` reads the household's tier anywhere.
    private static func readsTier(_ condition: Condition) -> Bool {
        switch condition {
        case .tier: return true
        case .compare, .isTrue, .program: return false
        case .all(let parts), .any(let parts): return parts.contains(where: readsTier)
        case .not(let part), .labelled(let part, _), .anyMember(let part), .allMembers(let part): return readsTier(part)
        }
    }

    /// Checks an amount expression's references and returns the units its value can have.
    @discardableResult
    private static func check(
        _ expression: AmountExpression, scope: Scope, subject: String, programPosition: Int, firstEntitlement: Int,
        measures: [Measure], measureIndex: [MeasureID: Int], programIndex: [ProgramID: Int], programs: [Program],
        parameters: ParameterCatalog
    ) throws(Problem) -> Set<QuantityUnit> {
        func recurse(_ part: AmountExpression, _ scope: Scope) throws(Problem) -> Set<QuantityUnit> {
            try check(part, scope: scope, subject: subject, programPosition: programPosition,
                      firstEntitlement: firstEntitlement, measures: measures, measureIndex: measureIndex,
                      programIndex: programIndex, programs: programs, parameters: parameters)
        }
        func condition(_ part: Condition, _ scope: Scope) throws(Problem) {
            // An amount may read its own program (decided before its amount), but a tier's
            // amount is computed before the tiers are settled, so it may not read the tier.
            if programPosition < firstEntitlement && readsTier(part) {
                throw Problem(subject: subject, message: "only entitlements (after every tier) may read the household's tier")
            }
            try check(part, scope: scope, subject: subject, programPosition: programPosition + 1,
                      firstEntitlement: firstEntitlement, measures: measures, measureIndex: measureIndex,
                      programIndex: programIndex, programs: programs, parameters: parameters)
        }
        func combined(_ parts: [AmountExpression], _ label: Label, _ verb: String) throws(Problem) -> Set<QuantityUnit> {
            var units: Set<QuantityUnit>?
            for part in parts {
                let next = try recurse(part, scope)
                units = try units.map { (current) throws(Problem) in
                    try requireCommon(current, next, subject: subject, operation: "\(verb) in \(label.english)")
                } ?? next
            }
            return units ?? []
        }
        switch expression {
        case .operand(let operand, _):
            return try check(operand, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex,
                             parameters: parameters)
        case .sum(let parts, let label):
            return try combined(parts, label, "adds")
        case .maximum(let parts, let label):
            return try combined(parts, label, "takes the larger")
        case .minimum(let parts, let label):
            return try combined(parts, label, "takes the smaller")
        case .difference(let a, let b, let label):
            return try combined([a, b], label, "subtracts")
        case .sumOverMembers(let filter, let each, _):
            if scope != .household { throw Problem(subject: subject, message: "sumOverMembers is for household amounts") }
            try condition(filter, .member)
            return try recurse(each, .member)
        case .when(let filter, let a, let b, let label):
            try condition(filter, scope)
            return try combined([a, b], label, "chooses")
        case .scaled(let part, let factor, let label):
            let parts = try recurse(part, scope)
            let factors = try check(factor, scope: scope, subject: subject, measures: measures, measureIndex: measureIndex,
                                    parameters: parameters)
            var units: Set<QuantityUnit> = []
            for p in parts.sorted(by: { $0.description < $1.description }) {
                for f in factors.sorted(by: { $0.description < $1.description }) {
                    guard let unit = QuantityUnit.product(p, f) else {
                        throw Problem(subject: subject, message: "scales \(label.english) (\(p)) by \(factor.summary) (\(f)), which does not fit")
                    }
                    units.insert(unit)
                }
            }
            return units
        }
    }

    // MARK: Lookup

    /// The measure with `id`, if defined.
    public func measure(_ id: MeasureID) -> Measure? {
        measureIndex[id].map { measures[$0] }
    }

    /// The rule with `id`, if defined.
    public func rule(_ id: RuleID) -> Rule? {
        ruleIndex[id].map { rules[$0] }
    }

    /// The program with `id`, if defined.
    public func program(_ id: ProgramID) -> Program? {
        programIndex[id].map { programs[$0] }
    }

    /// The position of program `id` in ``programs``, if defined: the index a ``Decision``
    /// is read by (`decision.status(ofProgramAt:)`), looked up once before a bulk run.
    public func position(ofProgram id: ProgramID) -> Int? {
        programIndex[id]
    }

    /// The local variants of a base rule, most specific first.
    public func variants(of id: RuleID) -> [Rule] {
        (variants[id] ?? []).map { rules[$0] }
    }

    /// The version of base rule `id` that applies to `jurisdiction` on `day`: the most
    /// specific applicable variant, else the base rule if it applies, else `nil`.
    public func applicableRule(_ id: RuleID, jurisdiction: AdministrativeDivisionCode, on day: Day) -> Rule? {
        guard let base = ruleIndex[id] else { return nil }
        return compiled.applicableRule(base, jurisdiction: jurisdiction, on: day).map { rules[$0] }
    }

    /// Checks what a household refers to in this catalog: every status on record
    /// (``Household/enrolments``) names a program of the catalog, with a `member` exactly
    /// when the program is decided per member (特困 is a member's status, dibao the
    /// household's). A typo in a program id would otherwise read as "not on record".
    ///
    /// The command-line tool runs this on every household it evaluates; a service that
    /// decodes households itself should too.
    ///
    /// - Throws: ``InputError`` at `enrolments[i].program` or `enrolments[i].member`.
    public func checkReferences(of household: Household) throws(InputError) {
        for (index, record) in (household.enrolments ?? []).enumerated() {
            func path(_ key: String) -> FieldPath { FieldPath([.key("enrolments"), .index(index), .key(key)]) }
            guard let program = program(record.program) else {
                throw InputError(path: path("program"), code: .unknownReference,
                                 message: "no program is called \(InputError.echo(record.program.rawValue)) in the rule catalog")
            }
            if program.scope == .member && record.member == nil {
                throw InputError(path: path("member"), code: .missingKey,
                                 message: "\(program.id) is a member's status: give the member")
            }
            if program.scope == .household && record.member != nil {
                throw InputError(path: path("member"), code: .inconsistent,
                                 message: "\(program.id) is the household's status: leave out the member")
            }
        }
    }

    /// This catalog with more measures, rules and programs (programs appended at the end of
    /// the order, after the built-in entitlements), checked again.
    public func adding(measures newMeasures: [Measure] = [], rules newRules: [Rule] = [], programs newPrograms: [Program] = [],
                       parameters: ParameterCatalog? = nil) throws(Problem) -> RuleCatalog {
        try RuleCatalog(measures: measures + newMeasures, rules: rules + newRules, programs: programs + newPrograms,
                        parameters: parameters ?? parameterCatalog, placeNames: placeNames, documents: documents)
    }
}

extension RuleCatalog.Problem: AssistanceError {
    /// ``ErrorCode/inconsistentCatalog``.
    public var code: ErrorCode { .inconsistentCatalog }
    /// The root: the problem is about the rule, program or measure ``subject``.
    public var path: FieldPath { .root }
}
