namespace MesoSafe.Records.Clinics;

/// <summary>The four roles, as stored in ASP.NET Core Identity.</summary>
public static class ClinicRoles
{
    public const string Practitioner = "practitioner";
    public const string Patient = "patient";
    public const string SafetyOfficer = "safety-officer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Practitioner, Patient, SafetyOfficer, Admin];
}
