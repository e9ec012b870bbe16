import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// What the catalog leaves to the caseworker is said wherever a decision is read.
@Suite("Open conditions: what the sources require and the catalog does not test")
struct OpenConditionTests {
    @Test("Every program states its open conditions (the yearly file review has none: its one condition is tested), each cited, Chinese in Chinese")
    func everyProgramStatesThem() {
        let catalog = RuleCatalog.innerMongolia
        let documents = Set(catalog.documents.map(\.key))
        for program in catalog.programs {
            if program.id == ProgramID("union.file-review") {
                #expect(program.openConditions.isEmpty)
                continue
            }
            #expect(!program.openConditions.isEmpty, "\(program.id)")
            for condition in program.openConditions {
                #expect(documents.contains(condition.citation.document.key), "\(program.id): \(condition.citation)")
                #expect(!condition.text.chinese.contains(where: { $0.isASCII && $0.isLetter }), "\(program.id): \(condition.text.chinese)")
                #expect(!condition.text.english.isEmpty)
            }
        }
    }

    @Test("An eligible or undetermined determination carries its program's open conditions; a refused one does not; explanations show them")
    func determinationsCarryThem() throws {
        let household = Fixture.household(size: 3, income: Money(yuan: 1_200), enrolments: Fixture.enrolledInDibao)
        let evaluation = try Fixture.illustrativeEvaluator.evaluate(household, on: Fixture.evaluationDay)
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.status == .eligible)
        #expect(dibao.openConditions == RuleCatalog.innerMongolia.program(.dibao)?.openConditions)
        for determination in evaluation.determinations {
            switch determination.status {
            case .notEligible, .notApplicable: #expect(determination.openConditions.isEmpty, "\(determination.program)")
            case .eligible, .undetermined:
                #expect(determination.openConditions == RuleCatalog.innerMongolia.program(determination.program)?.openConditions)
            }
        }
        let summary = ExplanationRenderer(language: .chinese).renderSummary(evaluation)
        #expect(summary.contains("待经办人员核查（本工具未检验）："))
        #expect(summary.contains("☐ 核实申请家庭具有当地户籍（依据：S1 《社会救助暂行办法》(国务院令第649号) 第九条）"))
        let english = ExplanationRenderer(language: .english).render(evaluation)
        #expect(english.contains("Left to the caseworker (not checked here):"))
        let json = String(decoding: EvaluationJSON.encode(evaluation, detail: .full, language: .chinese), as: UTF8.self)
        #expect(json.contains("\"openConditions\":[{\"text\":\"核实申请家庭具有当地户籍\""))
    }
}
