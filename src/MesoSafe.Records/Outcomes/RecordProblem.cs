namespace MesoSafe.Records.Outcomes;

/// <summary>Why a request was not carried out: a stable kebab-case code and the field it is about.</summary>
public sealed record RecordProblem(ProblemKind Kind, string Code, string Field, string Message)
{
    public static RecordProblem Invalid(string field, string code, string message) => new(ProblemKind.Invalid, code, field, message);

    public static RecordProblem Refused(string field, string code, string message) => new(ProblemKind.Refused, code, field, message);

    public static RecordProblem NotFound(string field) => new(ProblemKind.NotFound, RecordProblemCodes.NotFound, field, "No such record.");

    public static RecordProblem Conflict(string field, string message) => new(ProblemKind.Conflict, RecordProblemCodes.VersionConflict, field, message);
}
