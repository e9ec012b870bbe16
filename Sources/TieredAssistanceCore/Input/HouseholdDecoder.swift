/// Reads the household JSON format, version 1 (documented in README.md, "Household
/// format"), strictly: unknown keys, duplicate keys, wrong types, missing required keys,
/// amounts with more than 2 decimals or below zero, impossible days, out-of-range grades,
/// duplicate member ids and references to unknown members are all errors naming the
/// field path.
///
/// What absence means is fixed by the format, never guessed: record lists (`disability`,
/// `majorIllness`, `events`) that are absent mean none are recorded; assessments
/// (`labourCapacity`, `employment`, `schooling`, `dailyLivingActivitiesUnable`,
/// `needsLongTermCare`), `assets` and `obligors` that are absent mean *not known*, and
/// rules that need them are undetermined.
public enum HouseholdDecoder {
    /// The format version this decoder reads.
    public static let formatVersion: Int64 = 1

    /// Decodes one household from a complete JSON document.
    ///
    /// - Throws: ``InputError`` naming the field path and the reason.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(InputError) -> Household {
        if bytes.count > HouseholdLimits.recordBytes {
            throw InputError(code: .limitExceeded,
                             message: "record longer than \(HouseholdLimits.recordBytes) bytes")
        }
        var reader = JSONReader(bytes)
        var household = try readHousehold(&reader)
        try reader.expectEnd()
        try household.checkInvariants()
        household.markValidated()
        return household
    }

    /// Decodes one household from JSON bytes.
    public static func decode(_ bytes: [UInt8]) throws(InputError) -> Household {
        do {
            return try bytes.withUnsafeBytes { buffer in try decode(buffer) }
        } catch let error as InputError {
            throw error
        } catch {
            preconditionFailure("only InputError is thrown")
        }
    }

    /// Decodes one household from JSON text.
    public static func decode(_ text: String) throws(InputError) -> Household {
        try decode(Array(text.utf8))
    }

    // MARK: Household

    private static func readHousehold(_ reader: inout JSONReader) throws(InputError) -> Household {
        var seen = SeenKeys()
        var id: Household.ID?
        var jurisdiction: AdministrativeDivisionCode?
        var residence: Residence?
        var community: String?
        var asOf: Day?
        var members: [Member]?
        var incomes: [Income]?
        var assets: Assets?
        var expenses: [Expense]?
        var obligors: [Obligor]?
        var events: [LifeEvent] = []
        var dibaoHistory: DibaoHistory?
        var grants: [TemporaryAidGrant] = []
        var unionWorker: UnionWorkerRecord?
        var specialHardship: Bool?
        var enrolments: [Enrolment]?
        var housingHardship: Bool?
        var assetsCannotRelieve: Bool?
        var version: Int64?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "version":
                try seen.mark(0, key)
                version = try field("version") { () throws(InputError) in
                    let value = try reader.readInt(in: 0...1_000_000)
                    guard value == formatVersion else {
                        throw InputError(code: .unsupportedVersion,
                                         message: "this library reads household format version \(formatVersion), found \(value)")
                    }
                    return value
                }
            case "id":
                try seen.mark(1, key)
                id = try field("id") { () throws(InputError) in Household.ID(try readIdentifier(&reader)) }
            case "jurisdiction":
                try seen.mark(2, key)
                jurisdiction = try field("jurisdiction") { () throws(InputError) in
                    let code = try readDivisionCode(&reader)
                    guard code != .national else {
                        throw InputError(code: .invalidValue, message: "a household is registered in a county, league, city or region, not 100000")
                    }
                    return code
                }
            case "residence":
                try seen.mark(3, key)
                residence = try field("residence") { () throws(InputError) in try reader.readEnum(Residence.self) }
            case "community":
                try seen.mark(4, key)
                community = try field("community") { () throws(InputError) in try reader.readString() }
            case "asOf":
                try seen.mark(11, key)
                asOf = try field("asOf") { () throws(InputError) in try reader.readDay() }
            case "members":
                try seen.mark(5, key)
                members = try field("members") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.members, what: "members", readMember)
                }
            case "incomes":
                try seen.mark(6, key)
                incomes = try field("incomes") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.incomes, what: "incomes", readIncome)
                }
            case "assets":
                try seen.mark(7, key)
                assets = try field("assets") { () throws(InputError) in try readAssets(&reader) }
            case "expenses":
                try seen.mark(8, key)
                expenses = try field("expenses") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.expenses, what: "expenses", readExpense)
                }
            case "obligors":
                try seen.mark(9, key)
                obligors = try field("obligors") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.obligors, what: "obligors", readObligor)
                }
            case "events":
                try seen.mark(10, key)
                events = try field("events") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.events, what: "events", readEvent)
                }
            case "dibaoHistory":
                try seen.mark(12, key)
                dibaoHistory = try field("dibaoHistory") { () throws(InputError) in try readDibaoHistory(&reader) }
            case "temporaryAidGrants":
                try seen.mark(13, key)
                grants = try field("temporaryAidGrants") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.events, what: "grants", readGrant)
                }
            case "unionWorker":
                try seen.mark(14, key)
                unionWorker = try field("unionWorker") { () throws(InputError) in try readUnionWorker(&reader) }
            case "specialHardshipFinding":
                try seen.mark(15, key)
                specialHardship = try field("specialHardshipFinding") { () throws(InputError) in try reader.readBool() }
            case "housingHardshipFinding":
                try seen.mark(17, key)
                housingHardship = try field("housingHardshipFinding") { () throws(InputError) in try reader.readBool() }
            case "assetsCannotRelieveFinding":
                try seen.mark(18, key)
                assetsCannotRelieve = try field("assetsCannotRelieveFinding") { () throws(InputError) in try reader.readBool() }
            case "enrolments":
                try seen.mark(16, key)
                enrolments = try field("enrolments") { () throws(InputError) in
                    try readList(&reader, limit: HouseholdLimits.enrolments, what: "enrolments", readEnrolment)
                }
            default:
                throw unknownKey(key)
            }
        }
        guard version != nil else { throw missing("version") }
        guard let id else { throw missing("id") }
        guard let jurisdiction else { throw missing("jurisdiction") }
        guard let residence else { throw missing("residence") }
        guard let members else { throw missing("members") }
        guard let incomes else { throw missing("incomes") }
        guard let expenses else { throw missing("expenses") }
        return Household(id: id, jurisdiction: jurisdiction, residence: residence, community: community, asOf: asOf,
                         members: members, incomes: incomes, assets: assets, expenses: expenses,
                         obligors: obligors, events: events, dibaoHistory: dibaoHistory, temporaryAidGrants: grants,
                         unionWorker: unionWorker, specialHardshipFinding: specialHardship, enrolments: enrolments,
                         housingHardshipFinding: housingHardship, assetsCannotRelieveFinding: assetsCannotRelieve)
    }

    // MARK: Members

    private static func readMember(_ reader: inout JSONReader) throws(InputError) -> Member {
        var seen = SeenKeys()
        var id: Member.ID?
        var name: PersonName?
        var residentID: ResidentIDNumber?
        var relationship: Relationship?
        var birthDate: Day?
        var labourCapacity: LabourCapacity?
        var employment: EmploymentStatus?
        var schooling: SchoolingLevel?
        var disability: DisabilityCertificate?
        var majorIllness: MajorIllness?
        var activities: Int?
        var longTermCare: Bool?
        var refusals: Int?
        var proofOfLife: Day?
        var occupation: Occupation?
        var supportSetting: SupportSetting?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "id":
                try seen.mark(0, key)
                id = try field("id") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "name":
                try seen.mark(1, key)
                name = try field("name") { () throws(InputError) in PersonName(try reader.readString(maximumBytes: 64)) }
            case "residentId":
                try seen.mark(2, key)
                residentID = try field("residentId") { () throws(InputError) in
                    let text = try reader.readString(maximumBytes: 18)
                    do {
                        return try ResidentIDNumber(validating: text)
                    } catch {
                        throw InputError(code: .invalidResidentID, message: "resident ID number \(error)")
                    }
                }
            case "relationship":
                try seen.mark(3, key)
                relationship = try field("relationship") { () throws(InputError) in try reader.readEnum(Relationship.self) }
            case "birthDate":
                try seen.mark(4, key)
                birthDate = try field("birthDate") { () throws(InputError) in try reader.readDay() }
            case "labourCapacity":
                try seen.mark(5, key)
                labourCapacity = try field("labourCapacity") { () throws(InputError) in try reader.readEnum(LabourCapacity.self) }
            case "employment":
                try seen.mark(6, key)
                employment = try field("employment") { () throws(InputError) in try reader.readEnum(EmploymentStatus.self) }
            case "schooling":
                try seen.mark(7, key)
                schooling = try field("schooling") { () throws(InputError) in try reader.readEnum(SchoolingLevel.self) }
            case "disability":
                try seen.mark(8, key)
                disability = try field("disability") { () throws(InputError) in try readDisability(&reader) }
            case "majorIllness":
                try seen.mark(9, key)
                majorIllness = try field("majorIllness") { () throws(InputError) in try readMajorIllness(&reader) }
            case "dailyLivingActivitiesUnable":
                try seen.mark(10, key)
                activities = try field("dailyLivingActivitiesUnable") { () throws(InputError) in
                    Int(try reader.readInt(in: 0...6))
                }
            case "needsLongTermCare":
                try seen.mark(11, key)
                longTermCare = try field("needsLongTermCare") { () throws(InputError) in try reader.readBool() }
            case "consecutiveJobRefusals":
                try seen.mark(12, key)
                refusals = try field("consecutiveJobRefusals") { () throws(InputError) in
                    Int(try reader.readInt(in: 0...1_000))
                }
            case "proofOfLifeOn":
                try seen.mark(13, key)
                proofOfLife = try field("proofOfLifeOn") { () throws(InputError) in try reader.readDay() }
            case "occupation":
                try seen.mark(14, key)
                occupation = try field("occupation") { () throws(InputError) in try reader.readEnum(Occupation.self) }
            case "supportSetting":
                try seen.mark(15, key)
                supportSetting = try field("supportSetting") { () throws(InputError) in try reader.readEnum(SupportSetting.self) }
            default:
                throw unknownKey(key)
            }
        }
        guard let id else { throw missing("id") }
        guard let relationship else { throw missing("relationship") }
        guard let birthDate else { throw missing("birthDate") }
        if let residentID, residentID.birthDate != birthDate {
            throw InputError(path: "residentId", code: .inconsistent,
                             message: "the birth date in the resident ID number differs from birthDate")
        }
        return Member(id: id, name: name, residentID: residentID, relationship: relationship, birthDate: birthDate,
                      labourCapacity: labourCapacity, employment: employment, schooling: schooling,
                      disability: disability, majorIllness: majorIllness, dailyLivingActivitiesUnable: activities,
                      needsLongTermCare: longTermCare, consecutiveJobRefusals: refusals, proofOfLifeOn: proofOfLife, occupation: occupation,
                      supportSetting: supportSetting)
    }

    private static func readDisability(_ reader: inout JSONReader) throws(InputError) -> DisabilityCertificate {
        var seen = SeenKeys()
        var category: DisabilityCategory?
        var grade: DisabilityGrade?
        var certifiedOn: Day?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "category":
                try seen.mark(0, key)
                category = try field("category") { () throws(InputError) in try reader.readEnum(DisabilityCategory.self) }
            case "grade":
                try seen.mark(1, key)
                grade = try field("grade") { () throws(InputError) in
                    guard let grade = DisabilityGrade(rawValue: Int(try reader.readInt(in: 1...4))) else {
                        preconditionFailure("1...4 are grades")
                    }
                    return grade
                }
            case "certifiedOn":
                try seen.mark(2, key)
                certifiedOn = try field("certifiedOn") { () throws(InputError) in try reader.readDay() }
            default:
                throw unknownKey(key)
            }
        }
        guard let category else { throw missing("category") }
        guard let grade else { throw missing("grade") }
        return DisabilityCertificate(category: category, grade: grade, certifiedOn: certifiedOn)
    }

    private static func readMajorIllness(_ reader: inout JSONReader) throws(InputError) -> MajorIllness {
        var seen = SeenKeys()
        var illness = MajorIllness()
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "recognisedOn":
                try seen.mark(0, key)
                illness.recognisedOn = try field("recognisedOn") { () throws(InputError) in try reader.readDay() }
            case "diagnosis":
                try seen.mark(1, key)
                illness.diagnosis = try field("diagnosis") { () throws(InputError) in try reader.readString() }
            default:
                throw unknownKey(key)
            }
        }
        return illness
    }

    // MARK: Incomes, expenses, events

    private static func readIncome(_ reader: inout JSONReader) throws(InputError) -> Income {
        var seen = SeenKeys()
        var member: Member.ID?
        var kind: IncomeKind?
        var amount: Money?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "member":
                try seen.mark(0, key)
                member = try field("member") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "kind":
                try seen.mark(1, key)
                kind = try field("kind") { () throws(InputError) in try reader.readEnum(IncomeKind.self) }
            case "monthlyAmount":
                try seen.mark(2, key)
                amount = try field("monthlyAmount") { () throws(InputError) in try reader.readMoney() }
            default:
                throw unknownKey(key)
            }
        }
        guard let kind else { throw missing("kind") }
        guard let amount else { throw missing("monthlyAmount") }
        return Income(member: member, kind: kind, monthlyAmount: amount)
    }

    private static func readExpense(_ reader: inout JSONReader) throws(InputError) -> Expense {
        var seen = SeenKeys()
        var member: Member.ID?
        var category: ExpenseCategory?
        var day: Day?
        var amount: Money?
        var cap: Money?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "member":
                try seen.mark(0, key)
                member = try field("member") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "category":
                try seen.mark(1, key)
                category = try field("category") { () throws(InputError) in try reader.readEnum(ExpenseCategory.self) }
            case "day":
                try seen.mark(2, key)
                day = try field("day") { () throws(InputError) in try reader.readDay() }
            case "amount":
                try seen.mark(3, key)
                amount = try field("amount") { () throws(InputError) in try reader.readMoney() }
            case "comparablePublicSchoolFee":
                try seen.mark(4, key)
                cap = try field("comparablePublicSchoolFee") { () throws(InputError) in try reader.readMoney() }
            default:
                throw unknownKey(key)
            }
        }
        guard let category else { throw missing("category") }
        guard let day else { throw missing("day") }
        guard let amount else { throw missing("amount") }
        if cap != nil && category != .education {
            throw InputError(path: "comparablePublicSchoolFee", code: .inconsistent,
                             message: "only education expenses have a comparable public-school fee")
        }
        return Expense(member: member, category: category, day: day, amount: amount, comparablePublicSchoolFee: cap)
    }

    private static func readEvent(_ reader: inout JSONReader) throws(InputError) -> LifeEvent {
        var seen = SeenKeys()
        var kind: LifeEventKind?
        var day: Day?
        var member: Member.ID?
        var cost: Money?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "kind":
                try seen.mark(0, key)
                kind = try field("kind") { () throws(InputError) in try reader.readEnum(LifeEventKind.self) }
            case "day":
                try seen.mark(1, key)
                day = try field("day") { () throws(InputError) in try reader.readDay() }
            case "member":
                try seen.mark(2, key)
                member = try field("member") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "cost":
                try seen.mark(3, key)
                cost = try field("cost") { () throws(InputError) in try reader.readMoney() }
            default:
                throw unknownKey(key)
            }
        }
        guard let kind else { throw missing("kind") }
        guard let day else { throw missing("day") }
        return LifeEvent(kind: kind, day: day, member: member, cost: cost)
    }

    // MARK: History and union

    private static func readDibaoHistory(_ reader: inout JSONReader) throws(InputError) -> DibaoHistory {
        var seen = SeenKeys()
        var history = DibaoHistory()
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "receivingSince":
                try seen.mark(0, key)
                history.receivingSince = try field("receivingSince") { () throws(InputError) in try reader.readDay() }
            case "employmentIncomeRoseOn":
                try seen.mark(1, key)
                history.employmentIncomeRoseOn = try field("employmentIncomeRoseOn") { () throws(InputError) in try reader.readDay() }
            default:
                throw unknownKey(key)
            }
        }
        return history
    }

    private static func readEnrolment(_ reader: inout JSONReader) throws(InputError) -> Enrolment {
        var seen = SeenKeys()
        var program: ProgramID?
        var member: Member.ID?
        var since: Day?
        var until: Day?
        var reviewed: Day?
        var validUntil: Day?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "program":
                try seen.mark(0, key)
                program = try field("program") { () throws(InputError) in
                    let text = try readIdentifier(&reader)
                    guard text.utf8.allSatisfy({ byte in
                        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                    }) else {
                        throw InputError(code: .invalidValue,
                                         message: "a program id is lower-case letters, digits, \"-\" and \".\" (dibao, tekun, rigid-expenditure), not \(InputError.echo(text))")
                    }
                    return ProgramID(text)
                }
            case "member":
                try seen.mark(1, key)
                member = try field("member") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "since":
                try seen.mark(2, key)
                since = try field("since") { () throws(InputError) in try reader.readDay() }
            case "until":
                try seen.mark(3, key)
                until = try field("until") { () throws(InputError) in try reader.readDay() }
            case "lastReviewedOn":
                try seen.mark(4, key)
                reviewed = try field("lastReviewedOn") { () throws(InputError) in try reader.readDay() }
            case "validUntil":
                try seen.mark(5, key)
                validUntil = try field("validUntil") { () throws(InputError) in try reader.readDay() }
            default:
                throw unknownKey(key)
            }
        }
        guard let program else { throw missing("program") }
        guard let since else { throw missing("since") }
        return Enrolment(program: program, member: member, since: since, until: until, lastReviewedOn: reviewed,
                         validUntil: validUntil)
    }

    private static func readGrant(_ reader: inout JSONReader) throws(InputError) -> TemporaryAidGrant {
        var seen = SeenKeys()
        var cause: LifeEventKind??
        var day: Day?
        var amount: Money?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "cause":
                try seen.mark(0, key)
                cause = try field("cause") { () throws(InputError) in
                    let text = try reader.readString()
                    if text == "expenditure" { return LifeEventKind?.none }
                    guard let kind = LifeEventKind(rawValue: text) else {
                        let allowed = (LifeEventKind.allCases.map(\.rawValue) + ["expenditure"]).map { "\"\($0)\"" }
                        throw InputError(code: .invalidValue,
                                         message: "\(InputError.echo(text)) is not one of \(allowed.joined(separator: ", "))")
                    }
                    return kind
                }
            case "day":
                try seen.mark(1, key)
                day = try field("day") { () throws(InputError) in try reader.readDay() }
            case "amount":
                try seen.mark(2, key)
                amount = try field("amount") { () throws(InputError) in try reader.readMoney() }
            default:
                throw unknownKey(key)
            }
        }
        guard let cause else { throw missing("cause") }
        guard let day else { throw missing("day") }
        return TemporaryAidGrant(cause: cause, day: day, amount: amount)
    }

    private static func readUnionWorker(_ reader: inout JSONReader) throws(InputError) -> UnionWorkerRecord {
        var seen = SeenKeys()
        var member: Member.ID?
        var isUnionMember: Bool?
        var record = UnionWorkerRecord(member: Member.ID(""), isUnionMember: false, fileStatus: .none)
        var status: UnionFileStatus?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "member":
                try seen.mark(0, key)
                member = try field("member") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "isUnionMember":
                try seen.mark(1, key)
                isUnionMember = try field("isUnionMember") { () throws(InputError) in try reader.readBool() }
            case "isMigrantWorker":
                try seen.mark(2, key)
                record.isMigrantWorker = try field("isMigrantWorker") { () throws(InputError) in try reader.readBool() }
            case "employmentMonths":
                try seen.mark(3, key)
                record.employmentMonths = try field("employmentMonths") { () throws(InputError) in Int(try reader.readInt(in: 0...1_200)) }
            case "fileStatus":
                try seen.mark(4, key)
                status = try field("fileStatus") { () throws(InputError) in try reader.readEnum(UnionFileStatus.self) }
            case "filedOn":
                try seen.mark(5, key)
                record.filedOn = try field("filedOn") { () throws(InputError) in try reader.readDay() }
            case "lastReviewedOn":
                try seen.mark(6, key)
                record.lastReviewedOn = try field("lastReviewedOn") { () throws(InputError) in try reader.readDay() }
            case "annualDisposableIncome":
                try seen.mark(7, key)
                record.annualDisposableIncome = try field("annualDisposableIncome") { () throws(InputError) in try reader.readMoney() }
            case "annualHardshipCosts":
                try seen.mark(8, key)
                record.annualHardshipCosts = try field("annualHardshipCosts") { () throws(InputError) in try reader.readMoney() }
            case "monthsBelowDibaoStandard":
                try seen.mark(9, key)
                record.monthsBelowDibaoStandard = try field("monthsBelowDibaoStandard") { () throws(InputError) in
                    Int(try reader.readInt(in: 0...1_200))
                }
            default:
                throw unknownKey(key)
            }
        }
        guard let member else { throw missing("member") }
        guard let isUnionMember else { throw missing("isUnionMember") }
        guard let status else { throw missing("fileStatus") }
        record.member = member
        record.isUnionMember = isUnionMember
        record.fileStatus = status
        if status == .filed && record.filedOn == nil { throw missing("filedOn") }
        return record
    }

    // MARK: Assets

    private static func readAssets(_ reader: inout JSONReader) throws(InputError) -> Assets {
        var seen = SeenKeys()
        var assets = Assets()
        let limit = HouseholdLimits.assetsPerList
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "financial":
                try seen.mark(0, key)
                assets.financial = try field("financial") { () throws(InputError) in
                    try readList(&reader, limit: limit, what: "financial assets", readFinancialAsset)
                }
            case "vehicles":
                try seen.mark(1, key)
                assets.vehicles = try field("vehicles") { () throws(InputError) in
                    try readList(&reader, limit: limit, what: "vehicles", readVehicle)
                }
            case "homes":
                try seen.mark(2, key)
                assets.homes = try field("homes") { () throws(InputError) in
                    try readList(&reader, limit: limit, what: "homes", readHome)
                }
            case "businesses":
                try seen.mark(3, key)
                assets.businesses = try field("businesses") { () throws(InputError) in
                    try readList(&reader, limit: limit, what: "businesses", readBusiness)
                }
            case "verification":
                try seen.mark(4, key)
                assets.verification = try field("verification") { () throws(InputError) in try readVerification(&reader) }
            default:
                throw unknownKey(key)
            }
        }
        return assets
    }

    private static func readFinancialAsset(_ reader: inout JSONReader) throws(InputError) -> FinancialAsset {
        var seen = SeenKeys()
        var owner: Member.ID?
        var kind: FinancialAssetKind?
        var amount: Money?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "owner":
                try seen.mark(0, key)
                owner = try field("owner") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "kind":
                try seen.mark(1, key)
                kind = try field("kind") { () throws(InputError) in try reader.readEnum(FinancialAssetKind.self) }
            case "amount":
                try seen.mark(2, key)
                amount = try field("amount") { () throws(InputError) in try reader.readMoney() }
            default:
                throw unknownKey(key)
            }
        }
        guard let kind else { throw missing("kind") }
        guard let amount else { throw missing("amount") }
        return FinancialAsset(owner: owner, kind: kind, amount: amount)
    }

    private static func readVehicle(_ reader: inout JSONReader) throws(InputError) -> Vehicle {
        var seen = SeenKeys()
        var owner: Member.ID?
        var value: Money?
        var use: VehicleUse?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "owner":
                try seen.mark(0, key)
                owner = try field("owner") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "value":
                try seen.mark(1, key)
                value = try field("value") { () throws(InputError) in try reader.readMoney() }
            case "use":
                try seen.mark(2, key)
                use = try field("use") { () throws(InputError) in try reader.readEnum(VehicleUse.self) }
            default:
                throw unknownKey(key)
            }
        }
        guard let value else { throw missing("value") }
        guard let use else { throw missing("use") }
        return Vehicle(owner: owner, value: value, use: use)
    }

    private static func readHome(_ reader: inout JSONReader) throws(InputError) -> Home {
        var seen = SeenKeys()
        var use: HomeUse?
        var area: Int64?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "use":
                try seen.mark(0, key)
                use = try field("use") { () throws(InputError) in try reader.readEnum(HomeUse.self) }
            case "floorArea":
                try seen.mark(1, key)
                area = try field("floorArea") { () throws(InputError) in
                    try reader.readScaledDecimal(scale: 2, limit: 100_000_000)
                }
            default:
                throw unknownKey(key)
            }
        }
        guard let use else { throw missing("use") }
        return Home(use: use, floorAreaHundredthsSquareMetre: area)
    }

    private static func readBusiness(_ reader: inout JSONReader) throws(InputError) -> Business {
        var seen = SeenKeys()
        var owner: Member.ID?
        var capital: Money?
        var hasEmployees: Bool?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "owner":
                try seen.mark(0, key)
                owner = try field("owner") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "registeredCapital":
                try seen.mark(1, key)
                capital = try field("registeredCapital") { () throws(InputError) in try reader.readMoney() }
            case "hasEmployees":
                try seen.mark(2, key)
                hasEmployees = try field("hasEmployees") { () throws(InputError) in try reader.readBool() }
            default:
                throw unknownKey(key)
            }
        }
        guard let capital else { throw missing("registeredCapital") }
        guard let hasEmployees else { throw missing("hasEmployees") }
        return Business(owner: owner, registeredCapital: capital, hasEmployees: hasEmployees)
    }

    private static func readVerification(_ reader: inout JSONReader) throws(InputError) -> AssetVerification {
        var seen = SeenKeys()
        var finding: AssetFinding?
        var verifiedOn: Day?
        var checkedFor: AssetCheckTier?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "finding":
                try seen.mark(0, key)
                finding = try field("finding") { () throws(InputError) in try reader.readEnum(AssetFinding.self) }
            case "verifiedOn":
                try seen.mark(1, key)
                verifiedOn = try field("verifiedOn") { () throws(InputError) in try reader.readDay() }
            case "checkedFor":
                try seen.mark(2, key)
                checkedFor = try field("checkedFor") { () throws(InputError) in try reader.readEnum(AssetCheckTier.self) }
            default:
                throw unknownKey(key)
            }
        }
        guard let finding else { throw missing("finding") }
        guard let verifiedOn else { throw missing("verifiedOn") }
        guard let checkedFor else { throw missing("checkedFor") }
        return AssetVerification(finding: finding, verifiedOn: verifiedOn, checkedFor: checkedFor)
    }

    // MARK: Obligors

    private static func readObligor(_ reader: inout JSONReader) throws(InputError) -> Obligor {
        var seen = SeenKeys()
        var id: Obligor.ID?
        var supports: Member.ID?
        var relationship: ObligorRelationship?
        var birthDate: Day?
        var situations = Set<ObligorSituation>()
        var income: Money?
        var assetsWithin: Bool?
        var disability: DisabilityCertificate?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "id":
                try seen.mark(0, key)
                id = try field("id") { () throws(InputError) in Obligor.ID(try readIdentifier(&reader)) }
            case "supports":
                try seen.mark(1, key)
                supports = try field("supports") { () throws(InputError) in Member.ID(try readIdentifier(&reader)) }
            case "relationship":
                try seen.mark(2, key)
                relationship = try field("relationship") { () throws(InputError) in
                    try reader.readEnum(ObligorRelationship.self)
                }
            case "birthDate":
                try seen.mark(3, key)
                birthDate = try field("birthDate") { () throws(InputError) in try reader.readDay() }
            case "situations":
                try seen.mark(4, key)
                situations = try field("situations") { () throws(InputError) in
                    var result = Set<ObligorSituation>()
                    let list = try readList(&reader, limit: ObligorSituation.allCases.count, what: "situations") {
                        (reader: inout JSONReader) throws(InputError) in try reader.readEnum(ObligorSituation.self)
                    }
                    for (index, situation) in list.enumerated() where !result.insert(situation).inserted {
                        throw InputError(path: FieldPath([.index(index)]), code: .duplicateID,
                                         message: "situation \"\(situation.rawValue)\" listed twice")
                    }
                    return result
                }
            case "annualIncome":
                try seen.mark(5, key)
                income = try field("annualIncome") { () throws(InputError) in try reader.readMoney() }
            case "assetsWithinLowIncomeLimits":
                try seen.mark(6, key)
                assetsWithin = try field("assetsWithinLowIncomeLimits") { () throws(InputError) in try reader.readBool() }
            case "disability":
                try seen.mark(7, key)
                disability = try field("disability") { () throws(InputError) in try readDisability(&reader) }
            default:
                throw unknownKey(key)
            }
        }
        guard let id else { throw missing("id") }
        guard let relationship else { throw missing("relationship") }
        return Obligor(id: id, supports: supports, relationship: relationship, birthDate: birthDate,
                       situations: situations, annualIncome: income, assetsWithinLowIncomeLimits: assetsWithin,
                       disability: disability)
    }

    // MARK: Helpers

    /// Runs `body`, adding `key` to the front of the path of any error it throws.
    @inline(__always)
    static func field<Value>(_ key: String, _ body: () throws(InputError) -> Value) throws(InputError) -> Value {
        do {
            return try body()
        } catch {
            throw error.prefixed(by: .key(key))
        }
    }

    /// Reads an array of at most `limit` elements, adding each element's index to the
    /// path of its errors.
    static func readList<Element>(
        _ reader: inout JSONReader, limit: Int, what: String,
        _ readElement: (inout JSONReader) throws(InputError) -> Element
    ) throws(InputError) -> [Element] {
        var result: [Element] = []
        try reader.beginArray()
        var index = 0
        while try reader.nextElement() {
            guard index < limit else {
                throw InputError(code: .limitExceeded, message: "more than \(limit) \(what)")
            }
            do {
                result.append(try readElement(&reader))
            } catch {
                throw error.prefixed(by: .index(index))
            }
            index += 1
        }
        return result
    }

    /// Reads an identifier: a non-empty string of at most 64 bytes. Identifiers appear in
    /// outputs and logs, so text that may be a resident ID number (15 or more digits in a
    /// row, valid or not) is refused as an identifier, and not echoed.
    static func readIdentifier(_ reader: inout JSONReader) throws(InputError) -> String {
        let text = try reader.readString(maximumBytes: 64)
        if let problem = Identifier<Household>.problem(with: text) { throw InputError(code: .invalidValue, message: problem) }
        return text
    }

    /// Reads a six-digit administrative-division code written as a string.
    static func readDivisionCode(_ reader: inout JSONReader) throws(InputError) -> AdministrativeDivisionCode {
        let text = try reader.readString(maximumBytes: 16)
        guard let code = AdministrativeDivisionCode(text) else {
            throw InputError(code: .invalidValue,
                             message: "not a six-digit administrative-division code: \(InputError.echo(text))")
        }
        return code
    }

    static func unknownKey(_ key: JSONKey) -> InputError {
        let shown = InputError.maskedKey(key.text)
        return InputError(path: FieldPath([.key(shown)]), code: .unknownKey, message: "unknown key \"\(shown)\"")
    }

    static func missing(_ key: String) -> InputError {
        InputError(path: FieldPath([.key(key)]), code: .missingKey, message: "required key \"\(key)\" is missing")
    }
}

/// Tracks which keys of an object have been read, to reject duplicates.
struct SeenKeys {
    private var bits: UInt64 = 0

    /// Records key number `bit`; throws if it was already seen.
    @inline(__always)
    mutating func mark(_ bit: Int, _ key: JSONKey) throws(InputError) {
        let mask: UInt64 = 1 << UInt64(bit)
        if bits & mask != 0 {
            throw InputError(path: FieldPath([.key(key.text)]), code: .duplicateKey,
                             message: "key \(InputError.echo(key.text)) appears twice")
        }
        bits |= mask
    }
}
