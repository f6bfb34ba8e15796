using MesoSafe.Records.Plans;

namespace MesoSafe.Web.Features.Plans;

internal sealed record PlanBody(
    Guid Id, Guid PatientId, Guid ClinicId, string Indication, IReadOnlyList<string> Areas, IReadOnlyList<string> Substances,
    string Technique, double? DepthMm, string? Anesthetic, IReadOnlyList<string> CombinedWith, int Sessions, int IntervalDays,
    int Revision, DateTimeOffset CreatedAt, long Version)
{
    public static PlanBody From(TreatmentPlan p) => new(
        p.Id, p.PatientId, p.ClinicId, p.Indication, p.Areas, p.Substances, p.Technique, p.DepthMm, p.Anesthetic, p.CombinedWith,
        p.Sessions, p.IntervalDays, p.Revision, p.CreatedAt, p.Version);
}

internal sealed record ConsentBody(
    Guid Id, Guid PlanId, int PlanRevision, Guid PatientId, Guid ClinicId, IReadOnlyList<string> Risks, DateTimeOffset AcceptedAt, Guid? AcceptedBy)
{
    public static ConsentBody From(Consent c) => new(c.Id, c.PlanId, c.PlanRevision, c.PatientId, c.ClinicId, c.Risks, c.AcceptedAt, c.AcceptedBy);
}

internal sealed record ConsentFormBody(Guid PlanId, int PlanRevision, IReadOnlyList<PlanRisk> Risks, ConsentBody? Accepted, string KnowledgeBase)
{
    public static ConsentFormBody From(ConsentForm f) =>
        new(f.PlanId, f.PlanRevision, f.Risks, f.Accepted is null ? null : ConsentBody.From(f.Accepted), f.KnowledgeBase);
}
