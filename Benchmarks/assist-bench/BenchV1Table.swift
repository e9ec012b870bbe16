import TieredAssistance

/// The bench-v1 population as a ``HouseholdTable`` for ``ColumnarEvaluator``: the file's
/// integer fields as columns (ages as birth days, `yyyymmdd`, giving that age on the
/// evaluation day, as ``BenchV1Reader`` does), regions as places 0-4.
enum BenchV1Table {
    static let id = "id"
    static let assets = "financial_assets_fen"
    static let medical = "rigid_medical_12m_fen"
    static let education = "rigid_education_12m_fen"
    static let birth = "birth"
    static let labourCapacity = "labor_capacity"
    static let severeIllness = "severe_illness"
    static let disabilityGrade = "disability_grade"
    static let disabilityCategory = "disability_category"
    static let income = "monthly_income_fen"

    /// An empty table whose place positions are the regions.
    static func empty() -> HouseholdTable {
        var table = HouseholdTable(householdColumns: [id, assets, medical, education],
                                   memberColumns: [birth, labourCapacity, severeIllness, disabilityGrade, disabilityCategory, income])
        for region in 0..<5 {
            _ = table.place(HouseholdTable.Place(jurisdiction: BenchV1Book.regionCodes[region],
                                                 residence: BenchV1Book.urban[region] ? .urban : .rural))
        }
        return table
    }

    private static let categories: [DisabilityCategory] = [.visual, .hearing, .speech, .physical, .intellectual, .mental, .multiple]

    /// The certificate of a bench-v1 grade (0 none, 1-4) and category (0 none, 1-7); `nil`
    /// without a grade or when the pair is not one (grade without category).
    static func certificate(grade: Int64, category: Int64) -> DisabilityCertificate? {
        guard grade > 0, category >= 1, category <= 7, let grade = DisabilityGrade(rawValue: Int(grade)) else { return nil }
        return DisabilityCertificate(category: categories[Int(category) - 1], grade: grade)
    }
}

/// Reads bench-v1 lines with the library's ``JSONReader`` straight into a table's columns,
/// with the same checks as ``BenchV1Reader``.
struct BenchV1TableReader {
    let evaluationDay: Day
    private static let householdKeys: [StaticString] = ["id", "region", "financial_assets_fen", "rigid_medical_12m_fen",
                                                        "rigid_education_12m_fen", "members"]
    private static let memberKeys: [StaticString] = ["age", "labor_capacity", "severe_illness", "disability_grade",
                                                     "disability_category", "monthly_income_fen"]
    private let birthNumbers: [Int64]

    /// The position in `keys` of the current object's next key, or `nil` at its end. The
    /// documented order is tried first (`keys[expected]` in one comparison); any other order
    /// goes through ``JSONReader/nextKey()``.
    @inline(__always)
    private static func nextField(_ reader: inout JSONReader, _ keys: [StaticString], expected: Int) throws(InputError) -> Int? {
        if expected < keys.count && reader.nextKeyIfEqual(keys[expected]) { return expected }
        guard let key = try reader.nextKey() else { return nil }
        guard let field = keys.firstIndex(where: { $0 ~= key }) else {
            throw InputError(path: FieldPath([.key(key.text)]), code: .unknownKey, message: "unknown key")
        }
        return field
    }
    /// The range of an amount in fen (``Money/inputLimit`` is computed on every read).
    private static let amounts: ClosedRange<Int64> = 0...Money.inputLimit.fen

    init(evaluationDay: Day) {
        self.evaluationDay = evaluationDay
        birthNumbers = (0...150).map { age in
            Int64(Day(year: evaluationDay.year - age, month: evaluationDay.month, day: evaluationDay.day)!.number)
        }
    }

    /// Appends the household on `bytes` to `table`; on an error the table is left as it was.
    func append(_ bytes: UnsafeRawBufferPointer, to table: inout HouseholdTable) throws(InputError) {
        do {
            try read(bytes, into: &table)
        } catch {
            table.discardPartialHousehold()
            throw error
        }
    }

    private func read(_ bytes: UnsafeRawBufferPointer, into table: inout HouseholdTable) throws(InputError) {
        var reader = JSONReader(bytes)
        var id: Int64 = 0
        var region: Int32 = 0
        var assets: Int64 = 0
        var medical: Int64 = 0
        var education: Int64 = 0
        var members = 0
        try reader.beginObject()
        var next = 0
        while let field = try Self.nextField(&reader, Self.householdKeys, expected: next) {
            next = field + 1
            switch field {
            case 0: id = try reader.readInt(in: 0...Int64.max)
            case 1: region = Int32(try reader.readInt(in: 0...4))
            case 2: assets = try reader.readInt(in: Self.amounts)
            case 3: medical = try reader.readInt(in: Self.amounts)
            case 4: education = try reader.readInt(in: Self.amounts)
            default:
                try reader.beginArray()
                while try reader.nextElement() {
                    guard members < BenchV1Reader.maximumMembers else {
                        throw InputError(path: "members", code: .limitExceeded, message: "more than \(BenchV1Reader.maximumMembers) members")
                    }
                    try readMember(&reader, into: &table)
                    members += 1
                }
            }
        }
        try reader.expectEnd()
        guard members > 0 else { throw InputError(path: "members", code: .limitExceeded, message: "a household has at least one member") }
        table.appendHouseholdValue(id, column: 0)
        table.appendHouseholdValue(assets, column: 1)
        table.appendHouseholdValue(medical, column: 2)
        table.appendHouseholdValue(education, column: 3)
        do {
            try table.endHousehold(place: region)
        } catch {
            throw InputError(path: "", code: .inconsistent, message: error.description)
        }
    }

    private func readMember(_ reader: inout JSONReader, into table: inout HouseholdTable) throws(InputError) {
        var age = 0
        var capacity = false
        var illness = false
        var grade: Int64 = 0
        var category: Int64 = 0
        var income: Int64 = 0
        try reader.beginObject()
        var next = 0
        while let field = try Self.nextField(&reader, Self.memberKeys, expected: next) {
            next = field + 1
            switch field {
            case 0: age = Int(try reader.readInt(in: 0...150))
            case 1: capacity = try reader.readBool()
            case 2: illness = try reader.readBool()
            case 3: grade = try reader.readInt(in: 0...4)
            case 4: category = try reader.readInt(in: 0...7)
            default: income = try reader.readInt(in: Self.amounts)
            }
        }
        if grade > 0 && category < 1 {
            throw InputError(path: "disability_category", code: .inconsistent, message: "a graded disability needs a category")
        }
        table.appendMemberValue(birthNumbers[age], column: 0)
        table.appendMemberValue(capacity ? 1 : 0, column: 1)
        table.appendMemberValue(illness ? 1 : 0, column: 2)
        table.appendMemberValue(grade, column: 3)
        table.appendMemberValue(category, column: 4)
        table.appendMemberValue(income, column: 5)
    }
}

extension BenchV1Writer {
    /// Writes the result line of `household` from columnar decisions, as ``write(_:into:)``
    /// does from a ``Decision``.
    func write(_ decisions: TableDecisions, household: Int, id: Int64, into output: inout [UInt8]) {
        var amountProgram = -1
        let tier: Int
        if let position = decisions.tierPosition(ofHousehold: household) {
            tier = position
            if position == dibao || position == extremePoverty || position == singlePerson { amountProgram = position }
        } else {
            tier = decisions.isTierUndetermined(ofHousehold: household) ? undeterminedTier : noTier
        }
        let amount = amountProgram >= 0 ? decisions.amount(ofProgramAt: amountProgram, household: household)?.fen ?? 0 : 0
        let defacto = decisions.status(ofProgramAt: defacto, household: household) == .eligible
        LineBuilder.append(to: &output, reserving: tierRanges[tier].count) { line in
            line.literal("{\"id\":")
            line.int(id)
            writeRest(tier: tier, defacto: defacto, amountProgram: amountProgram, amount: amount, into: &line)
        }
    }
}
