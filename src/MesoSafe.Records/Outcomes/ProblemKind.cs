namespace MesoSafe.Records.Outcomes;

/// <summary>How the host should answer: 400, 404, 409 or 422.</summary>
public enum ProblemKind
{
    Invalid,
    NotFound,
    Conflict,
    Refused,
}
