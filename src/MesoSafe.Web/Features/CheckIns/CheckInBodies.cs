using System.Text.Json;
using System.Text.Json.Serialization;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Readings;

namespace MesoSafe.Web.Features.CheckIns;

/// <summary>A check-in as the API answers it: the request and result read from their stored JSON
/// (the raw columns are not part of the answer); <c>answer</c> only when the check-in is sent.</summary>
internal sealed record CheckInBody(
    Guid Id, Guid SessionId, Guid PatientId, Guid ClinicId, int? DayAfterSession, DateOnly DueOn, DateTimeOffset? SubmittedAt,
    DateOnly? ReportedOn, long Version, JsonElement? Request, string? TriageLevel, JsonElement? Result,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PatientAnswer? Answer)
{
    public static CheckInBody From(CheckIn c) => new(
        c.Id, c.SessionId, c.PatientId, c.ClinicId, c.DayAfterSession, c.DueOn, c.SubmittedAt, c.ReportedOn, c.Version,
        c.Request, c.TriageLevel, c.Result, c.Answer);
}

internal sealed record ReadingBody(
    Guid Id, Guid CheckInId, Guid ClinicId, Guid PatientId, Guid PractitionerId, DateTimeOffset RecordedAt, IReadOnlyList<string> Words,
    string? Language, IReadOnlyList<string> ReadAs, string? Level, string Action, string KnowledgeBase)
{
    public static ReadingBody From(CheckInReading r) => new(
        r.Id, r.CheckInId, r.ClinicId, r.PatientId, r.PractitionerId, r.RecordedAt, r.Words, r.Language, r.ReadAs, r.Level, r.Action, r.KnowledgeBase);
}
