using System.Text.Json;
using MesoSafe.Records;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Features.AdverseEvents;
using MesoSafe.Web.Features.CheckIns;
using MesoSafe.Web.Features.Plans;
using MesoSafe.Web.Features.Sessions;

namespace MesoSafe.Web.Features.Patients;

/// <summary>A patient as the API answers it: the entity's fields, never its navigation to the clinic.</summary>
internal sealed record PatientBody(
    Guid Id, Guid ClinicId, string GivenName, string FamilyName, DateOnly? BirthDate, string? Sex, string? Email, string? Phone,
    Guid? UserId, DateTimeOffset CreatedAt, long Version)
{
    public static PatientBody From(Patient p) =>
        new(p.Id, p.ClinicId, p.GivenName, p.FamilyName, p.BirthDate, p.Sex, p.Email, p.Phone, p.UserId, p.CreatedAt, p.Version);
}

internal sealed record IntakeBody(
    Guid Id, Guid PatientId, Guid ClinicId, DateTimeOffset RecordedAt, Guid? RecordedBy, IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Allergies, IReadOnlyList<string> Medications, bool Smoker, bool Alcohol, bool? PreviousMesotherapy)
{
    public static IntakeBody From(Intake i) =>
        new(i.Id, i.PatientId, i.ClinicId, i.RecordedAt, i.RecordedBy, i.Conditions, i.Allergies, i.Medications, i.Smoker, i.Alcohol, i.PreviousMesotherapy);
}

/// <summary>The answer to an intake: the intake's fields, plus <c>plan</c> and <c>screening</c>
/// (null when the body asked for neither).</summary>
internal sealed record IntakeRecordedBody(
    Guid Id, Guid PatientId, Guid ClinicId, DateTimeOffset RecordedAt, Guid? RecordedBy, IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Allergies, IReadOnlyList<string> Medications, bool Smoker, bool Alcohol, bool? PreviousMesotherapy,
    PlanBody? Plan, ScreeningBody? Screening)
{
    public static IntakeRecordedBody From(IntakeRecorded saved)
    {
        var i = saved.Intake;
        return new(i.Id, i.PatientId, i.ClinicId, i.RecordedAt, i.RecordedBy, i.Conditions, i.Allergies, i.Medications, i.Smoker, i.Alcohol,
            i.PreviousMesotherapy, saved.Plan is null ? null : PlanBody.From(saved.Plan), saved.Screening is null ? null : ScreeningBody.From(saved.Screening));
    }
}

/// <summary>A stored screening with its full result, read from the stored JSON.</summary>
internal sealed record ScreeningBody(
    Guid Id, Guid IntakeId, Guid PatientId, Guid ClinicId, DateOnly PlannedDate, Guid? PlanId, string Decision, JsonElement? Result,
    string KnowledgeBaseVersion, DateTimeOffset ScreenedAt)
{
    public static ScreeningBody From(ScreeningRecord s) =>
        new(s.Id, s.IntakeId, s.PatientId, s.ClinicId, s.PlannedDate, s.PlanId, RecordJson.Code(s.Decision), s.Result, s.KnowledgeBaseVersion, s.ScreenedAt);
}

/// <summary>A patient's full record.</summary>
internal sealed record PatientRecordBody(
    PatientBody Patient, IReadOnlyList<IntakeBody> Intakes, IReadOnlyList<ScreeningBody> Screenings, IReadOnlyList<PlanBody> Plans,
    IReadOnlyList<ConsentBody> Consents, IReadOnlyList<SessionBody> Sessions, IReadOnlyList<CheckInBody> CheckIns,
    IReadOnlyList<AdverseEventBody> AdverseEvents)
{
    public static PatientRecordBody From(PatientRecord r) => new(
        PatientBody.From(r.Patient),
        [.. r.Intakes.Select(IntakeBody.From)],
        [.. r.Screenings.Select(ScreeningBody.From)],
        [.. r.Plans.Select(PlanBody.From)],
        [.. r.Consents.Select(ConsentBody.From)],
        [.. r.Sessions.Select(SessionBody.From)],
        [.. r.CheckIns.Select(CheckInBody.From)],
        [.. r.AdverseEvents.Select(AdverseEventBody.From)]);
}
