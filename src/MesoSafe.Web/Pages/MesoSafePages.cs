using MesoSafe.Records.Clinics;

namespace MesoSafe.Web.Pages;

/// <summary>Wires the server-rendered pages into the host: two lines in Program.cs.</summary>
public static class MesoSafePages
{
    public static WebApplicationBuilder AddMesoSafePages(this WebApplicationBuilder builder)
    {
        // The knowledge base, the engines and the clock come from AddClinicalCore and
        // AddMesoSafeRecords (Program.cs): each service is registered in one place.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Shared.PageCaller>();
        builder.Services.AddSingleton<Practitioner.IntakeChoices>();
        builder.Services.AddScoped<Patient.MyRecord>();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.AccessDeniedPath = "/Account/Denied";
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RolePolicies.Practitioner, p => p.RequireRole(ClinicRoles.Practitioner))
            .AddPolicy(RolePolicies.Patient, p => p.RequireRole(ClinicRoles.Patient))
            .AddPolicy(RolePolicies.SafetyOfficer, p => p.RequireRole(ClinicRoles.SafetyOfficer))
            .AddPolicy(RolePolicies.Administrator, p => p.RequireRole(ClinicRoles.Admin));

        // Serve wwwroot from the build output in every environment (a no-op once published), so the
        // browser tests and `dotnet bin/.../MesoSafe.Web.dll` get the stylesheet without Development mode.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Practitioner", RolePolicies.Practitioner);
            options.Conventions.AuthorizeFolder("/Patient", RolePolicies.Patient);
            options.Conventions.AuthorizeFolder("/Safety", RolePolicies.SafetyOfficer);
            options.Conventions.AuthorizeFolder("/Admin", RolePolicies.Administrator);
            Hosting.AnonymousAccess.OpenPages(options.Conventions);
        });
        return builder;
    }

    public static WebApplication MapMesoSafePages(this WebApplication app)
    {
        // People get an HTML page for 403/404; API clients keep their problem+json (ADR 0206).
        app.UseWhen(
            context => !Features.Problems.ApiRequests.WantsProblem(context),
            pages => pages.UseStatusCodePages(Shared.StatusPage.WriteAsync));
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
