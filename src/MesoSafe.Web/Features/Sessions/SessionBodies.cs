using MesoSafe.Records.Sessions;

namespace MesoSafe.Web.Features.Sessions;

internal sealed record SessionBody(
    Guid Id, Guid PatientId, Guid ClinicId, Guid PlanId, DateOnly Date, Guid PractitionerId, IReadOnlyList<string> Areas,
    string Technique, double? DepthMm, string? Anesthetic, IReadOnlyList<string> Asepsis, string? SensitivityTest,
    IReadOnlyList<string> ImmediateReactions, IReadOnlyList<string> Flags, IReadOnlyList<SessionProductBody> Products,
    DateTimeOffset ChartedAt, long Version)
{
    public static SessionBody From(TreatmentSession s) => new(
        s.Id, s.PatientId, s.ClinicId, s.PlanId, s.Date, s.PractitionerId, s.Areas, s.Technique, s.DepthMm, s.Anesthetic, s.Asepsis,
        s.SensitivityTest, s.ImmediateReactions, s.Flags, [.. s.Products.Select(SessionProductBody.From)], s.ChartedAt, s.Version);
}

internal sealed record SessionProductBody(Guid Id, Guid SessionId, Guid ProductId, Guid LotId, double? VolumeMl)
{
    public static SessionProductBody From(SessionProduct p) => new(p.Id, p.SessionId, p.ProductId, p.LotId, p.VolumeMl);
}
