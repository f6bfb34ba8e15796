using MesoSafe.Records.Clinics;

namespace MesoSafe.Web.Features.Clinics;

/// <summary>A clinic as the API answers it.</summary>
internal sealed record ClinicBody(Guid Id, string Name, string? Telephone, DateTimeOffset CreatedAt, bool RequireAdminTwoFactor)
{
    public static ClinicBody From(Clinic c) => new(c.Id, c.Name, c.Telephone, c.CreatedAt, c.RequireAdminTwoFactor);
}

/// <summary>A clinic to open, or a clinic's new name (RecordBounds.ClinicName).</summary>
internal sealed record ClinicInput(string? Name);
