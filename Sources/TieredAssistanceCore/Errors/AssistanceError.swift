/// What every error this library throws tells: a stable ``code``, the ``path`` of the field
/// it is about (the root when it is about no one field), and a ``message`` for people
/// that never repeats personal data.
///
/// Catch one type where a function declares it (`throws(InputError)`), or any of them as
/// `any AssistanceError`:
///
/// ```swift
/// do {
///     let evaluation = try evaluator.evaluate(household, on: day)
/// } catch {
///     print(error.code, error.path, error.message)   // invalid-value members[0].id …
/// }
/// ```
public protocol AssistanceError: Error, Sendable, CustomStringConvertible {
    /// What kind of error it is.
    var code: ErrorCode { get }
    /// The field the error is about, as a JSON path (`members[2].disability.grade`), or
    /// ``FieldPath/root``.
    var path: FieldPath { get }
    /// A sentence describing the problem.
    var message: String { get }
}
