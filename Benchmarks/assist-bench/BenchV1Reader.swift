import TieredAssistance

/// Reads the bench-v1 population layout (one household per line, integer fields) with the
/// library's ``JSONReader`` into the library's ``Household`` model: region → jurisdiction
/// and residence, age → a birth date giving that age on the evaluation day, incomes,
/// financial assets, and the two 12-month rigid amounts as expenses on the evaluation day.
struct BenchV1Reader {
    let evaluationDay: Day

    /// Birth dates for ages 0...150 on the evaluation day.
    private let birthDates: [Day]

    init(evaluationDay: Day) {
        self.evaluationDay = evaluationDay
        birthDates = (0...150).map { age in
            Day(year: evaluationDay.year - age, month: evaluationDay.month, day: evaluationDay.day)!
        }
    }

    /// The most members a household may list.
    static let maximumMembers = 64

    /// The member ids, by position: m1, m2, …
    static let memberIDs: [Member.ID] = (1...maximumMembers).map { Member.ID("m\($0)") }

    func decode(_ bytes: UnsafeRawBufferPointer) throws(InputError) -> Household {
        var reader = JSONReader(bytes)
        var id: Int64 = 0
        var region = 0
        var assets = Money.zero
        var medical = Money.zero
        var education = Money.zero
        var members: [Member] = []
        var incomes: [Income] = []
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "id": id = try reader.readInt(in: 0...Int64.max)
            case "region": region = Int(try reader.readInt(in: 0...4))
            case "financial_assets_fen": assets = Money(fen: try reader.readInt(in: 0...Money.inputLimit.fen))
            case "rigid_medical_12m_fen": medical = Money(fen: try reader.readInt(in: 0...Money.inputLimit.fen))
            case "rigid_education_12m_fen": education = Money(fen: try reader.readInt(in: 0...Money.inputLimit.fen))
            case "members":
                try reader.beginArray()
                members.reserveCapacity(6)
                while try reader.nextElement() {
                    guard members.count < Self.memberIDs.count else {
                        throw InputError(path: "members", code: .limitExceeded, message: "more than 64 members")
                    }
                    let memberID = Self.memberIDs[members.count]
                    let (member, income) = try readMember(&reader, id: memberID, applicant: members.isEmpty)
                    members.append(member)
                    if let income { incomes.append(income) }
                }
            default:
                throw InputError(path: FieldPath([.key(key.text)]), code: .unknownKey, message: "unknown key")
            }
        }
        try reader.expectEnd()
        guard !members.isEmpty else { throw InputError(path: "members", code: .limitExceeded, message: "a household has at least one member") }
        var expenses: [Expense] = []
        if !medical.isZero {
            expenses.append(Expense(member: nil, category: .medical, day: evaluationDay, amount: medical))
        }
        if !education.isZero {
            expenses.append(Expense(member: nil, category: .education, day: evaluationDay, amount: education,
                                    comparablePublicSchoolFee: education))
        }
        var household = Household(id: Household.ID(String(id)), jurisdiction: BenchV1Book.regionCodes[region],
                                  residence: BenchV1Book.urban[region] ? .urban : .rural, members: members, incomes: incomes,
                                  assets: Assets(financial: [FinancialAsset(kind: .deposit, amount: assets)]), expenses: expenses,
                                  obligors: [])
        // Every amount, count and age was read within its range above; what is left is what
        // ties the records together, as the household decoder checks it.
        try household.checkInvariants()
        household.markValidated()
        return household
    }

    private func readMember(_ reader: inout JSONReader, id: Member.ID, applicant: Bool) throws(InputError) -> (Member, Income?) {
        var age = 0
        var capacity = false
        var illness = false
        var grade = 0
        var category = 0
        var income: Int64 = 0
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "age": age = Int(try reader.readInt(in: 0...150))
            case "labor_capacity": capacity = try reader.readBool()
            case "severe_illness": illness = try reader.readBool()
            case "disability_grade": grade = Int(try reader.readInt(in: 0...4))
            case "disability_category": category = Int(try reader.readInt(in: 0...7))
            case "monthly_income_fen": income = try reader.readInt(in: 0...Money.inputLimit.fen)
            default:
                throw InputError(path: FieldPath([.key(key.text)]), code: .unknownKey, message: "unknown key")
            }
        }
        if grade > 0 && category < 1 {
            throw InputError(path: "disability_category", code: .inconsistent, message: "a graded disability needs a category")
        }
        let disability = BenchV1Table.certificate(grade: Int64(grade), category: Int64(category))
        let member = Member(id: id, relationship: applicant ? .applicant : .other, birthDate: birthDates[age],
                            labourCapacity: capacity ? .full : LabourCapacity.unable, disability: disability,
                            majorIllness: illness ? MajorIllness() : nil)
        return (member, income > 0 ? Income(member: id, kind: .wage, monthlyAmount: Money(fen: income)) : nil)
    }
}

/// Writes bench-v1 result lines: `{"id":…,"tier":…,"defacto_hardship":…,"dibao_amount_fen":…,
/// "extreme_poverty_amount_fen":…,"single_person_amount_fen":…}`, from the engine's decision.
struct BenchV1Writer {
    let dibao: Int
    let extremePoverty: Int
    let singlePerson: Int
    let defacto: Int
    /// The tier names, one after the other: each program position's bench-v1 name (the
    /// program id for programs that are not tiers), then `none` and `undetermined`. Flat,
    /// so that writing one reads bytes without retaining an array per line.
    let tierBytes: [UInt8]
    /// Where each name is in ``tierBytes``: by program position, then ``noTier`` and ``undeterminedTier``.
    let tierRanges: [Range<Int>]
    let noTier: Int
    let undeterminedTier: Int
    let positions: [ProgramID: Int]

    init(catalog: RuleCatalog) {
        func position(_ id: ProgramID) -> Int {
            guard let position = catalog.position(ofProgram: id) else { preconditionFailure("bench-v1 has no \(id)") }
            return position
        }
        dibao = position(BenchV1Catalog.dibao)
        extremePoverty = position(BenchV1Catalog.extremePoverty)
        singlePerson = position(BenchV1Catalog.singlePerson)
        defacto = position(BenchV1Catalog.defacto)
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for name in catalog.programs.map({ BenchV1Catalog.tierNames[$0.id] ?? $0.id.rawValue }) + ["none", "undetermined"] {
            ranges.append(bytes.count..<(bytes.count + name.utf8.count))
            bytes += Array(name.utf8)
        }
        tierBytes = bytes
        tierRanges = ranges
        noTier = catalog.programs.count
        undeterminedTier = catalog.programs.count + 1
        positions = Dictionary(uniqueKeysWithValues: catalog.programs.enumerated().map { ($1.id, $0) })
    }

    func write(_ decision: Decision, into output: inout [UInt8]) {
        var tier = noTier
        var amountProgram = -1
        switch decision.tier {
        case .tier(let id):
            guard let position = positions[id] else { preconditionFailure("the tier \(id) is not a program of the catalog") }
            tier = position
            if position == dibao || position == extremePoverty || position == singlePerson { amountProgram = position }
        case .undetermined: tier = undeterminedTier
        case .none: break
        }
        let amount = amountProgram >= 0 ? decision.amount(ofProgramAt: amountProgram)?.fen ?? 0 : 0
        let defacto = decision.status(ofProgramAt: defacto) == .eligible
        var id = decision.household.rawValue
        id.withUTF8 { id in
            LineBuilder.append(to: &output, reserving: id.count + tierRanges[tier].count) { line in
                line.literal("{\"id\":")
                line.bytes(id)
                writeRest(tier: tier, defacto: defacto, amountProgram: amountProgram, amount: amount, into: &line)
            }
        }
    }

    /// Writes a line's fields after the id; `tier` indexes ``tierRanges``.
    func writeRest(tier: Int, defacto: Bool, amountProgram: Int, amount: Int64, into line: inout LineBuilder) {
        line.literal(",\"tier\":\"")
        let range = tierRanges[tier]
        tierBytes.withUnsafeBufferPointer { line.bytes(UnsafeBufferPointer(rebasing: $0[range])) }
        line.literal(defacto ? "\",\"defacto_hardship\":true,\"dibao_amount_fen\":" : "\",\"defacto_hardship\":false,\"dibao_amount_fen\":")
        line.int(amountProgram == dibao ? amount : 0)
        line.literal(",\"extreme_poverty_amount_fen\":")
        line.int(amountProgram == extremePoverty ? amount : 0)
        line.literal(",\"single_person_amount_fen\":")
        line.int(amountProgram == singlePerson ? amount : 0)
        line.literal("}\n")
    }
}

/// One output line written into scratch memory with plain stores and then appended to the
/// output at once: appending each field to the array checked its uniqueness and capacity
/// every time, about a tenth of the JSON Lines run's CPU time.
struct LineBuilder {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    /// The stack buffer's size: room for the fixed parts of a bench-v1 line with three
    /// 20-character integers (about 130 bytes) and an id and a tier name of up to 256 bytes
    /// together. A constant, so that the buffer is on the stack (with a computed size it was
    /// allocated on the heap, and the run was slower than appending field by field).
    static let stackBytes = 512

    /// Builds a line with `body` in stack memory and appends it to `output`; `extra` is
    /// the length of the id and tier name, checked against the room.
    @inline(__always)
    static func append(to output: inout [UInt8], reserving extra: Int, _ body: (inout LineBuilder) -> Void) {
        precondition(extra <= 256, "a bench-v1 id and tier name longer than 256 bytes")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackBytes) { buffer in
            var line = LineBuilder(base: buffer.baseAddress!, capacity: buffer.count)
            body(&line)
            output.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: line.count))
        }
    }

    @inline(__always)
    mutating func literal(_ text: StaticString) {
        bytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(count + bytes.count <= capacity, "a bench-v1 line outgrew its buffer")
        if let source = bytes.baseAddress { (base + count).update(from: source, count: bytes.count) }
        count += bytes.count
    }

    /// The decimal digits of `value`.
    @inline(__always)
    mutating func int(_ value: Int64) {
        precondition(count + 20 <= capacity, "a bench-v1 line outgrew its buffer")
        if value < 0 {
            base[count] = 0x2D
            count += 1
        }
        var remaining = value.magnitude
        var digits = 1
        var scale: UInt64 = 10
        while digits < 20 && remaining >= scale {
            digits += 1
            scale = scale &* 10
        }
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(0x30 + remaining % 10)
            remaining /= 10
            index -= 1
        } while remaining > 0
        count += digits
    }
}
