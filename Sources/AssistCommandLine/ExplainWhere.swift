import TieredAssistance

/// `assist batch --explain-where SPEC`: which households get a full explanation.
///
/// - `STATUS` (`eligible`, `not-eligible`, `undetermined`, `not-applicable`): a household
///   with any program (of the household or of a member) in that status;
/// - `PROGRAM` (a program id of the catalog): a household where that program is eligible or
///   undetermined, for the household or a member (the cases a caseworker opens);
/// - `PROGRAM=STATUS`: a household where that program is in that status.
struct ExplainWhere: Sendable {
    /// The program, or `nil` for any program.
    let program: Int?
    /// The statuses that match.
    let statuses: [ProgramStatus]

    /// Parses `spec` against `catalog`.
    ///
    /// - Throws: ``UsageError`` naming what is not a status or a program of the catalog.
    init(_ spec: String, catalog: RuleCatalog) throws {
        let parts = spec.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        func program(_ text: String) throws -> Int {
            guard let position = catalog.position(ofProgram: ProgramID(text)) else {
                throw UsageError(message: "--explain-where: \(InputError.echo(text)) is neither a status "
                                 + "(eligible, not-eligible, undetermined, not-applicable) nor a program of the catalog (assist rules lists them)")
            }
            return position
        }
        func status(_ text: String) throws -> ProgramStatus {
            guard let status = ProgramStatus(rawValue: text) else {
                throw UsageError(message: "--explain-where: \(InputError.echo(text)) is not a status "
                                 + "(eligible, not-eligible, undetermined, not-applicable)")
            }
            return status
        }
        if parts.count == 2 {
            self.program = try program(parts[0])
            statuses = [try status(parts[1])]
        } else if let status = ProgramStatus(rawValue: spec) {
            self.program = nil
            statuses = [status]
        } else {
            self.program = try program(spec)
            statuses = [.eligible, .undetermined]
        }
    }

    /// Whether `decision`'s household matches.
    func matches(_ decision: Decision) -> Bool {
        var found = false
        decision.forEachDetermination { program, member in
            guard !found, self.program == nil || self.program == program,
                  let status = decision.status(ofProgramAt: program, member: member) else { return }
            found = statuses.contains(status)
        }
        return found
    }

    /// Whether `evaluation`'s household matches.
    func matches(_ evaluation: Evaluation, catalog: RuleCatalog) -> Bool {
        let id = program.map { catalog.programs[$0].id }
        return evaluation.determinations.contains { determination in
            (id == nil || determination.program == id) && statuses.contains(determination.status)
        }
    }
}
