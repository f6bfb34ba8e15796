using MesoSafe.Records;
using MesoSafe.Records.Accounts;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Demo;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Features.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesoSafe.Web.Hosting;

/// <summary>Database, Identity, sign-in and the record services: the composition of issue 4.</summary>
internal static class RecordsHosting
{
    public static WebApplicationBuilder AddMesoSafeRecords(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = configuration["Database:Provider"];
        var connectionString = configuration.GetConnectionString("MesoSafe");
        var services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddScoped<AuditActor>();
        services.AddScoped<ClinicAccounts>();
        services.AddScoped<ClinicDirectory>();
        services.AddDbContext<MesoSafeDbContext>(options => options.UseRecordsDatabase(provider, connectionString));
        services.AddSingleton<PlanRiskCatalog>();
        services.AddSingleton<SessionRules>();
        services.AddScoped<PatientRecords>();
        services.AddScoped<TreatmentPlans>();
        services.AddScoped<SessionCharting>();
        services.AddScoped<MesoSafe.Records.Aftercare.CheckIns>();
        services.AddScoped<AttentionQueue>();
        services.AddScoped<MesoSafe.Records.Readings.CheckInReadings>();
        services.AddScoped<ProductCatalog>();
        services.AddScoped<LotRecalls>();
        services.AddScoped<AdverseEventRegistry>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<MesoSafe.Records.Privacy.PatientPrivacy>();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(
            "v1", options => options.AddSchemaTransformer<Features.Records.RecordBoundsSchemaTransformer>());

        services.AddIdentity<ClinicUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, not composition; the rest is PasswordPolicy (ADR 0411).
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<MesoSafeDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();
        SignInSchemes.Add(services);
        services.AddScoped<TwoFactorEnrolment>();
        services.AddAuthorization();

        // In the database, so every app server on it reads the same keys (ADR 0411).
        services.AddDataProtection().SetApplicationName("MesoSafe").PersistKeysToDbContext<MesoSafeDbContext>();
        return builder;
    }

    /// <summary>Migrates the database, fills it with the demo when asked, and puts the caller's
    /// identity and address on every unit of work.</summary>
    public static async Task UseMesoSafeRecordsAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
            await RecordsDatabase.MigrateAsync(db);
            // Program.cs turns the bare "--seed-demo" flag into configuration, so this is the one test.
            if (app.Configuration.GetValue<bool>("seed-demo"))
            {
                var password = app.Configuration["demo-password"] ?? DemoSeed.DefaultPassword;
                var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(password, CancellationToken.None);
                if (!seeded)
                {
                    app.Logger.LogWarning("The database is not empty: the demo data was not seeded.");
                }
            }
        }

        app.UseAuthentication();
        app.UseMiddleware<TwoFactorEnrolmentGate>();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
    }
}
