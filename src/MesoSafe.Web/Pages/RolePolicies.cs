namespace MesoSafe.Web.Pages;

/// <summary>Authorization policy names: one per role, so each page folder serves one role.</summary>
public static class RolePolicies
{
    public const string Practitioner = "pages-practitioner";
    public const string Patient = "pages-patient";
    public const string SafetyOfficer = "pages-safety-officer";
    public const string Administrator = "pages-administrator";
}
