using System.Net.Http.Headers;
using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.ClientTests.Generated;
using MesoSafe.Web.ClientTests.Generated.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace MesoSafe.Web.ClientTests;

/// <summary>The real web host on one test database with a fixed clock, and typed clients for it:
/// each signs in through the generated client's IssueToken and sends the bearer token it got.</summary>
public sealed class ClientApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string Password = "client-test-password-2026";

    /// <summary>Friday 20 November 2026, 09:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public static async Task<ClientApp> StartAsync(string provider)
    {
        var app = new ClientApp(await TestDatabase.CreateAsync(provider));
        _ = app.Server; // migrations run here
        return app;
    }

    /// <summary>The generated client without credentials.</summary>
    public MesoSafeClient Anonymous() => Client(CreateClient());

    public async Task<MesoSafeClient> SignInAsync(string email)
    {
        var token = await Anonymous().Api.V1.Auth.Token.PostAsync(new TokenRequest { Email = email, Password = Password });
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return Client(http);
    }

    /// <summary>A new clinic with one user of each role (the patient's account linked to a patient
    /// record); answers the e-mails by role and the clinic's id. Nothing is shared between tests.</summary>
    public async Task<(Guid ClinicId, Dictionary<string, string> Emails)> ClinicAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClinicUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in ClinicRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var clinic = new Clinic { Name = "Clinic " + tag, CreatedAt = Clock.GetUtcNow() };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        var emails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in new[] { ClinicRoles.Practitioner, ClinicRoles.SafetyOfficer, ClinicRoles.Admin })
        {
            var user = new ClinicUser { UserName = $"{role}-{tag}@test.mesosafe", Email = $"{role}-{tag}@test.mesosafe" };
            Ensure(await users.CreateAsync(user, Password));
            Ensure(await users.AddToRoleAsync(user, role));
            db.ClinicMemberships.Add(new ClinicMembership { UserId = user.Id, ClinicId = clinic.Id });
            emails[role] = user.Email!;
        }

        await db.SaveChangesAsync();
        return (clinic.Id, emails);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:MesoSafe", database.ConnectionString);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(database.Folder, "keys"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private static MesoSafeClient Client(HttpClient http) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
