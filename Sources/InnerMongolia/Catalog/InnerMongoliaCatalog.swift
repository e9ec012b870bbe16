import TieredAssistanceCore

extension RuleCatalog {
    /// The Inner Mongolia catalog: every tier and entitlement this library encodes, with
    /// national rules where IM has no text and local variants layered on them.
    public static let innerMongolia: RuleCatalog = {
        let measures = HouseholdMeasures.all + SpendingMeasures.all + MemberMeasures.all + CatalogMeasures.all
            + EnrolmentMeasures.all
            + [XinganDefactoHardshipPrograms.specialHardship, UnionPrograms.hardshipTiers, UnionPrograms.accidentEvent]
        let rules = TekunProgram.rules + DibaoProgram.rules + MarginalProgram.rules + RigidExpenditureProgram.rules
            + SinglePersonDibaoProgram.rules + DibaoSupplementPrograms.rules + TemporaryAidPrograms.rules
            + SpecialAidPrograms.rules + XinganDefactoHardshipPrograms.rules + DisabilitySubsidyPrograms.rules
            + OldAgeAllowanceProgram.rules + UnionPrograms.rules
        let programs = [TekunProgram.program, DibaoProgram.program, MarginalProgram.program, RigidExpenditureProgram.program]
            + [SinglePersonDibaoProgram.program] + DibaoSupplementPrograms.programs + TemporaryAidPrograms.programs
            + SpecialAidPrograms.programs + XinganDefactoHardshipPrograms.programs + DisabilitySubsidyPrograms.programs
            + [OldAgeAllowanceProgram.program] + UnionPrograms.programs
        do {
            return try RuleCatalog(measures: measures, rules: rules, programs: programs.map(OpenConditions.attach), parameters: .standard,
                                   placeNames: JurisdictionDirectory.placeNames, documents: PolicyDocuments.all)
        } catch {
            preconditionFailure("the built-in catalog is inconsistent: \(error)")
        }
    }()
}

extension Evaluator {
    /// An evaluator for the Inner Mongolia catalog and built-in book.
    public static let innerMongolia: Evaluator = {
        do {
            return try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
        } catch {
            preconditionFailure("the built-in catalog and book share the standard parameters: \(error)")
        }
    }()
}
