namespace MesoSafe.Web.Pages;

/// <summary>The role names the identity store uses (kept in step with the records seed).</summary>
public static class ClinicRoles
{
    public const string Practitioner = "practitioner";
    public const string Patient = "patient";
    public const string SafetyOfficer = "safety-officer";
    public const string Administrator = "admin";
}
