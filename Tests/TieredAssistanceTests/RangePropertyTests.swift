import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Removing what is not known never changes a decided answer; it can only leave it
/// undetermined. Over 10,000 generated households: the full household under the full book
/// is the reference; the same household with facts whose absence means "not known" removed
/// at random, under a book where random numeric parameters have no value at the place, must
/// agree with it wherever it decides, with ranges (the engine) and without them (the engine
/// before ranges), and the ranges must decide more.
@Suite("Ranges over 10,000 generated households with facts and parameters removed")
struct RangePropertyTests {
    static let count = 10_000

    /// A book where `parameters` have no value (the place's own values, not found) in Ulanhot
    /// from 2024-01-01, both residences.
    static func book(without parameters: [ParameterDefinition]) throws -> PolicyBook {
        let entries = parameters.flatMap { definition -> [ParameterEntry] in
            let residences: [Residence?] = definition.isResidenceSpecific ? [.urban, .rural] : [nil]
            return residences.map { residence in
                ParameterEntry(parameter: definition.id, jurisdiction: Fixture.ulanhot, residence: residence,
                               effective: Fixture.day("2024-01-01"), value: .unknown, unit: definition.units[0],
                               source: nil, status: .illustrative)
            }
        }
        return try Fixture.illustrativeBook.adding(PolicyBook.Layer(name: "removed", title: "values removed", entries: entries))
    }

    /// The household with each not-known fact removed with probability 1/4: assessments,
    /// assets, obligors, caseworker findings and comparable school fees.
    static func removingFacts(from household: Household, random: inout SplitMix64) -> Household {
        var reduced = household
        func drop() -> Bool { random.below(4) == 0 }
        for index in reduced.members.indices {
            if drop() { reduced.members[index].labourCapacity = nil }
            if drop() { reduced.members[index].employment = nil }
            if drop() { reduced.members[index].schooling = nil }
            if drop() { reduced.members[index].dailyLivingActivitiesUnable = nil }
            if drop() { reduced.members[index].needsLongTermCare = nil }
        }
        for index in reduced.expenses.indices where drop() { reduced.expenses[index].comparablePublicSchoolFee = nil }
        if drop() { reduced.assets = nil }
        if drop() { reduced.obligors = nil }
        if drop() { reduced.housingHardshipFinding = nil }
        if drop() { reduced.assetsCannotRelieveFinding = nil }
        if drop() { reduced.specialHardshipFinding = nil }
        return reduced
    }

    /// Every status slot of a decision (household, then each member, per program) and the tier.
    static func slots(_ decision: Decision) -> (tier: TierOutcome, statuses: [ProgramStatus?], amounts: [Money?]) {
        var statuses: [ProgramStatus?] = []
        var amounts: [Money?] = []
        for program in 0..<(decision.catalog?.programs.count ?? 0) {
            for member in [nil] + (0..<decision.memberCount).map(Optional.some) {
                statuses.append(decision.status(ofProgramAt: program, member: member))
                amounts.append(decision.amount(ofProgramAt: program, member: member))
            }
        }
        return (decision.tier, statuses, amounts)
    }

    @Test("Every decided result with facts and parameters removed equals the full household's; ranges decide more")
    func removingNeverChangesADecidedAnswer() throws {
        var generator = HouseholdGenerator(seed: 19)
        var random = SplitMix64(state: 20_261_205)
        let numeric = RuleCatalog.innerMongolia.parametersRead.filter { definition in
            definition.units.allSatisfy { $0.quantityUnit != nil }
        }
        // Eight books: the full one, and seven with 1 to 7 random numeric parameters removed.
        var books = [Fixture.illustrativeBook]
        for size in 1...7 {
            var chosen: [ParameterDefinition] = []
            while chosen.count < size {
                let candidate = numeric[random.below(numeric.count)]
                if !chosen.contains(where: { $0.id == candidate.id }) { chosen.append(candidate) }
            }
            books.append(try Self.book(without: chosen))
        }
        let full = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        let wide = try books.map { try Evaluator(catalog: .innerMongolia, book: $0) }
        let narrow = wide.map { evaluator -> Evaluator in
            var copy = evaluator
            copy.decidesOverRanges = false
            return copy
        }
        let day = Fixture.evaluationDay
        // Every generated household is in Ulanhot: parameters resolved once per book and residence.
        let parameters = books.map { book in
            [Residence.urban, .rural].map { book.resolveAll(jurisdiction: Fixture.ulanhot, residence: $0, on: day) }
        }
        var reference = Decision()
        var withRanges = Decision()
        var withoutRanges = Decision()
        var decided = (withRanges: 0, withoutRanges: 0, slots: 0)
        var changed: [String] = []
        for index in 0..<Self.count {
            var household = generator.household(index)
            // Education bills, some with the comparable public fee that caps them.
            if random.below(3) == 0 {
                household.expenses.append(Expense(member: household.members.last!.id, category: .education,
                                                  day: day.adding(days: -random.below(300)), amount: Money(fen: Int64(random.below(2_000_000))),
                                                  comparablePublicSchoolFee: random.below(2) == 0 ? Money(fen: Int64(random.below(1_000_000))) : nil))
            }
            let reduced = Self.removingFacts(from: household, random: &random)
            let bookIndex = random.below(books.count)
            let residence = household.residence == .urban ? 0 : 1
            try full.decide(household, on: day, parameters: parameters[0][residence], into: &reference)
            try wide[bookIndex].decide(reduced, on: day, parameters: parameters[bookIndex][residence], into: &withRanges)
            try narrow[bookIndex].decide(reduced, on: day, parameters: parameters[bookIndex][residence], into: &withoutRanges)
            let truth = Self.slots(reference)
            let wideSlots = Self.slots(withRanges)
            let narrowSlots = Self.slots(withoutRanges)
            for (name, outcome) in [("with ranges", wideSlots), ("without ranges", narrowSlots)] {
                if case .undetermined = outcome.tier {} else if outcome.tier != truth.tier {
                    changed.append("household \(index) \(name): tier \(outcome.tier), full \(truth.tier)")
                }
                for (slot, status) in outcome.statuses.enumerated() where status == .eligible || status == .notEligible {
                    if status != truth.statuses[slot] {
                        changed.append("household \(index) \(name): slot \(slot) \(status!), full \(truth.statuses[slot].map(\.rawValue) ?? "none")")
                    }
                }
                // A known amount is the full household's amount.
                for (slot, amount) in outcome.amounts.enumerated() where amount != nil && amount != truth.amounts[slot] {
                    changed.append("household \(index) \(name): slot \(slot) amount \(amount!), full \(truth.amounts[slot].map(\.description) ?? "none")")
                }
            }
            for (slot, status) in wideSlots.statuses.enumerated() where status != nil && status != .notApplicable {
                decided.slots += 1
                if status != .undetermined { decided.withRanges += 1 }
                if narrowSlots.statuses[slot] != .undetermined { decided.withoutRanges += 1 }
                // Ranges only ever decide more.
                if narrowSlots.statuses[slot] != .undetermined && narrowSlots.statuses[slot] != status {
                    changed.append("household \(index): slot \(slot) without ranges \(narrowSlots.statuses[slot]!), with \(status!)")
                }
            }
        }
        #expect(changed.isEmpty, "\(changed.count) decided answers changed; the first: \(changed.prefix(10).joined(separator: "\n"))")
        #expect(decided.withRanges > decided.withoutRanges)
        let share = { (part: Int) in String(format: "%.2f %%", Double(part) * 100 / Double(max(decided.slots, 1))) }
        print("ranges: \(decided.slots) applicable statuses over \(Self.count) reduced households; decided with ranges "
              + "\(decided.withRanges) (\(share(decided.withRanges))), without \(decided.withoutRanges) (\(share(decided.withoutRanges)))")
    }
}
