using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Every page of a role, as a person reaches it: fixed paths plus the record, plan,
/// session, event pages found by following the links on the way.</summary>
public static class RoleSite
{
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyList<string> Roles = [Anonymous, "practitioner", "patient", "officer", "admin"];

    public static string Email(string role) => role switch
    {
        "practitioner" => "practitioner@demo.mesosafe.test",
        "patient" => "patient@demo.mesosafe.test",
        "officer" => "officer@demo.mesosafe.test",
        "admin" => "admin@demo.mesosafe.test",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no such demo role"),
    };

    public static async Task<IPage> OpenAsync(RunningApp app, string role) =>
        role == Anonymous ? await app.NewPageAsync() : await app.SignedInAsync(Email(role));

    public static async Task<IReadOnlyList<string>> PagesAsync(IPage page, string role)
    {
        switch (role)
        {
            case Anonymous:
                return ["/", "/Account/SignIn", "/Accessibility", "/Account/Denied", "/no-such-page"];
            case "practitioner":
                {
                    var record = await HrefAsync(page, "/Practitioner/Patients?Name=Keller", "#main table a[href^='/Practitioner/Patients/']");
                    await page.GotoAsync(record);
                    var plan = await HrefAsync(page, null, "a[href^='/Practitioner/Plan?']");
                    var session = await HrefAsync(page, null, "a[href^='/Practitioner/Session?']");
                    var adverse = await HrefAsync(page, null, "a[href^='/Practitioner/AdverseEvent?']");
                    return ["/Practitioner", "/Practitioner/Intake", "/Practitioner/Patients", "/Practitioner/Patients?Name=Keller", record, plan, session, adverse, "/Accessibility"];
                }

            case "patient":
                {
                    var session = await HrefAsync(page, "/Patient/History", "a[href^='/Patient/Sessions/']");
                    return ["/Patient", "/Patient/CheckIn", "/Patient/Consent", "/Patient/History", session];
                }

            case "officer":
                {
                    var adverseEvent = await HrefAsync(page, "/Safety/Events", "#events-table tbody a");
                    return ["/Safety/Events", adverseEvent, "/Safety/Rates", "/Safety/Lots", "/Safety/Signals"];
                }

            case "admin":
                return ["/Admin", "/Admin/Products", "/Admin/Knowledge"];
            default:
                throw new ArgumentOutOfRangeException(nameof(role), role, "no such role");
        }
    }

    private static async Task<string> HrefAsync(IPage page, string? path, string selector)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        return await page.Locator(selector).First.GetAttributeAsync("href") ?? throw new InvalidOperationException("no link " + selector + " on " + page.Url);
    }
}
