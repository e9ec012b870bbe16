/// Writes a household in the household JSON format, version 1, with keys in a fixed order,
/// so that the same household always gives the same bytes and reading the output gives
/// the same household back.
///
/// Optional facts that are `nil` are left out (absent means unknown or none, exactly as
/// the reader interprets it).
public enum HouseholdEncoder {
    /// Whether personal data is written in full or left out.
    public enum PersonalData: Sendable, Hashable {
        /// Names and ID numbers in full, diagnoses included: the household's own file.
        case include
        /// Names, ID numbers and diagnoses left out: for sharing and logs.
        case omit
    }

    /// The household as compact JSON (one line, no trailing newline).
    public static func encode(_ household: Household, personalData: PersonalData) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 512)
        write(household, personalData: personalData, to: &writer)
        return writer.bytes
    }

    /// Writes the household as one JSON object.
    package static func write(_ household: Household, personalData: PersonalData, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("version"); writer.int(HouseholdDecoder.formatVersion)
        writer.key("id"); writer.string(household.id.rawValue)
        writer.key("jurisdiction"); writer.string(household.jurisdiction.description)
        writer.key("residence"); writer.string(household.residence.rawValue)
        if let community = household.community {
            writer.key("community"); writer.string(community)
        }
        if let asOf = household.asOf {
            writer.key("asOf"); writer.day(asOf)
        }
        writer.key("members")
        writer.beginArray()
        for member in household.members { write(member, personalData: personalData, to: &writer) }
        writer.endArray()
        writer.key("incomes")
        writer.beginArray()
        for income in household.incomes {
            writer.beginObject()
            if let member = income.member { writer.key("member"); writer.string(member.rawValue) }
            writer.key("kind"); writer.string(income.kind.rawValue)
            writer.key("monthlyAmount"); writer.money(income.monthlyAmount)
            writer.endObject()
        }
        writer.endArray()
        if let assets = household.assets { write(assets, to: &writer) }
        writer.key("expenses")
        writer.beginArray()
        for expense in household.expenses {
            writer.beginObject()
            if let member = expense.member { writer.key("member"); writer.string(member.rawValue) }
            writer.key("category"); writer.string(expense.category.rawValue)
            writer.key("day"); writer.day(expense.day)
            writer.key("amount"); writer.money(expense.amount)
            if let cap = expense.comparablePublicSchoolFee { writer.key("comparablePublicSchoolFee"); writer.money(cap) }
            writer.endObject()
        }
        writer.endArray()
        if let obligors = household.obligors {
            writer.key("obligors")
            writer.beginArray()
            for obligor in obligors { write(obligor, to: &writer) }
            writer.endArray()
        }
        if let history = household.dibaoHistory {
            writer.key("dibaoHistory")
            writer.beginObject()
            if let day = history.receivingSince { writer.key("receivingSince"); writer.day(day) }
            if let day = history.employmentIncomeRoseOn { writer.key("employmentIncomeRoseOn"); writer.day(day) }
            writer.endObject()
        }
        if !household.temporaryAidGrants.isEmpty {
            writer.key("temporaryAidGrants")
            writer.beginArray()
            for grant in household.temporaryAidGrants {
                writer.beginObject()
                writer.key("cause"); writer.string(grant.cause?.rawValue ?? "expenditure")
                writer.key("day"); writer.day(grant.day)
                if let amount = grant.amount { writer.key("amount"); writer.money(amount) }
                writer.endObject()
            }
            writer.endArray()
        }
        if let union = household.unionWorker {
            writer.key("unionWorker")
            writer.beginObject()
            writer.key("member"); writer.string(union.member.rawValue)
            writer.key("isUnionMember"); writer.bool(union.isUnionMember)
            if let value = union.isMigrantWorker { writer.key("isMigrantWorker"); writer.bool(value) }
            if let value = union.employmentMonths { writer.key("employmentMonths"); writer.int(value) }
            writer.key("fileStatus"); writer.string(union.fileStatus.rawValue)
            if let day = union.filedOn { writer.key("filedOn"); writer.day(day) }
            if let day = union.lastReviewedOn { writer.key("lastReviewedOn"); writer.day(day) }
            if let value = union.annualDisposableIncome { writer.key("annualDisposableIncome"); writer.money(value) }
            if let value = union.annualHardshipCosts { writer.key("annualHardshipCosts"); writer.money(value) }
            if let value = union.monthsBelowDibaoStandard { writer.key("monthsBelowDibaoStandard"); writer.int(value) }
            writer.endObject()
        }
        if let finding = household.specialHardshipFinding {
            writer.key("specialHardshipFinding"); writer.bool(finding)
        }
        if let finding = household.housingHardshipFinding {
            writer.key("housingHardshipFinding"); writer.bool(finding)
        }
        if let finding = household.assetsCannotRelieveFinding {
            writer.key("assetsCannotRelieveFinding"); writer.bool(finding)
        }
        if let enrolments = household.enrolments {
            writer.key("enrolments")
            writer.beginArray()
            for record in enrolments {
                writer.beginObject()
                writer.key("program"); writer.string(record.program.rawValue)
                if let member = record.member { writer.key("member"); writer.string(member.rawValue) }
                writer.key("since"); writer.day(record.since)
                if let day = record.until { writer.key("until"); writer.day(day) }
                if let day = record.lastReviewedOn { writer.key("lastReviewedOn"); writer.day(day) }
                if let day = record.validUntil { writer.key("validUntil"); writer.day(day) }
                writer.endObject()
            }
            writer.endArray()
        }
        if !household.events.isEmpty {
            writer.key("events")
            writer.beginArray()
            for event in household.events {
                writer.beginObject()
                writer.key("kind"); writer.string(event.kind.rawValue)
                writer.key("day"); writer.day(event.day)
                if let member = event.member { writer.key("member"); writer.string(member.rawValue) }
                if let cost = event.cost { writer.key("cost"); writer.money(cost) }
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    private static func write(_ member: Member, personalData: PersonalData, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.string(member.id.rawValue)
        if personalData == .include {
            if let name = member.name { writer.key("name"); writer.string(name.unmaskedValue) }
            if let id = member.residentID { writer.key("residentId"); writer.string(id.unmaskedValue) }
        }
        writer.key("relationship"); writer.string(member.relationship.rawValue)
        writer.key("birthDate"); writer.day(member.birthDate)
        if let value = member.labourCapacity { writer.key("labourCapacity"); writer.string(value.rawValue) }
        if let value = member.employment { writer.key("employment"); writer.string(value.rawValue) }
        if let value = member.schooling { writer.key("schooling"); writer.string(value.rawValue) }
        if let disability = member.disability {
            writer.key("disability")
            write(disability, to: &writer)
        }
        if let illness = member.majorIllness {
            writer.key("majorIllness")
            writer.beginObject()
            if let day = illness.recognisedOn { writer.key("recognisedOn"); writer.day(day) }
            if personalData == .include, let diagnosis = illness.diagnosis {
                writer.key("diagnosis"); writer.string(diagnosis)
            }
            writer.endObject()
        }
        if let value = member.dailyLivingActivitiesUnable { writer.key("dailyLivingActivitiesUnable"); writer.int(value) }
        if let value = member.needsLongTermCare { writer.key("needsLongTermCare"); writer.bool(value) }
        if let value = member.consecutiveJobRefusals { writer.key("consecutiveJobRefusals"); writer.int(value) }
        if let day = member.proofOfLifeOn { writer.key("proofOfLifeOn"); writer.day(day) }
        if let occupation = member.occupation { writer.key("occupation"); writer.string(occupation.rawValue) }
        if let setting = member.supportSetting { writer.key("supportSetting"); writer.string(setting.rawValue) }
        writer.endObject()
    }

    private static func write(_ disability: DisabilityCertificate, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("category"); writer.string(disability.category.rawValue)
        writer.key("grade"); writer.int(disability.grade.rawValue)
        if let day = disability.certifiedOn { writer.key("certifiedOn"); writer.day(day) }
        writer.endObject()
    }

    private static func write(_ assets: Assets, to writer: inout JSONWriter) {
        writer.key("assets")
        writer.beginObject()
        writer.key("financial")
        writer.beginArray()
        for asset in assets.financial {
            writer.beginObject()
            if let owner = asset.owner { writer.key("owner"); writer.string(owner.rawValue) }
            writer.key("kind"); writer.string(asset.kind.rawValue)
            writer.key("amount"); writer.money(asset.amount)
            writer.endObject()
        }
        writer.endArray()
        writer.key("vehicles")
        writer.beginArray()
        for vehicle in assets.vehicles {
            writer.beginObject()
            if let owner = vehicle.owner { writer.key("owner"); writer.string(owner.rawValue) }
            writer.key("value"); writer.money(vehicle.value)
            writer.key("use"); writer.string(vehicle.use.rawValue)
            writer.endObject()
        }
        writer.endArray()
        writer.key("homes")
        writer.beginArray()
        for home in assets.homes {
            writer.beginObject()
            writer.key("use"); writer.string(home.use.rawValue)
            if let area = home.floorAreaHundredthsSquareMetre {
                writer.key("floorArea"); writer.money(Money(fen: area))
            }
            writer.endObject()
        }
        writer.endArray()
        writer.key("businesses")
        writer.beginArray()
        for business in assets.businesses {
            writer.beginObject()
            if let owner = business.owner { writer.key("owner"); writer.string(owner.rawValue) }
            writer.key("registeredCapital"); writer.money(business.registeredCapital)
            writer.key("hasEmployees"); writer.bool(business.hasEmployees)
            writer.endObject()
        }
        writer.endArray()
        if let verification = assets.verification {
            writer.key("verification")
            writer.beginObject()
            writer.key("finding"); writer.string(verification.finding.rawValue)
            writer.key("verifiedOn"); writer.day(verification.verifiedOn)
            writer.key("checkedFor"); writer.string(verification.checkedFor.rawValue)
            writer.endObject()
        }
        writer.endObject()
    }

    private static func write(_ obligor: Obligor, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.string(obligor.id.rawValue)
        if let supports = obligor.supports { writer.key("supports"); writer.string(supports.rawValue) }
        writer.key("relationship"); writer.string(obligor.relationship.rawValue)
        if let day = obligor.birthDate { writer.key("birthDate"); writer.day(day) }
        if !obligor.situations.isEmpty {
            writer.key("situations")
            writer.beginArray()
            for situation in ObligorSituation.allCases where obligor.situations.contains(situation) {
                writer.string(situation.rawValue)
            }
            writer.endArray()
        }
        if let income = obligor.annualIncome { writer.key("annualIncome"); writer.money(income) }
        if let within = obligor.assetsWithinLowIncomeLimits {
            writer.key("assetsWithinLowIncomeLimits"); writer.bool(within)
        }
        if let disability = obligor.disability {
            writer.key("disability")
            write(disability, to: &writer)
        }
        writer.endObject()
    }
}
