using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Patients;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MesoSafe.Web.Tests.Records;

/// <summary>A fresh clinic for one test: a user of each role, two patients with their own sign-in,
/// a product with a good, an expired and a second good lot. Nothing is shared with other tests.</summary>
public sealed class ClinicWorld
{
    public const string Password = "test-password-2026";

    public required RecordsApp App { get; init; }

    public required Guid ClinicId { get; init; }

    public required HttpClient Practitioner { get; init; }

    public required HttpClient Officer { get; init; }

    public required HttpClient Admin { get; init; }

    public required HttpClient Patient { get; init; }

    public required HttpClient OtherPatient { get; init; }

    public required Guid PatientId { get; init; }

    public required Guid OtherPatientId { get; init; }

    public required Guid ProductId { get; init; }

    public required Guid LotId { get; init; }

    public required Guid SecondLotId { get; init; }

    public required Guid ExpiredLotId { get; init; }

    public required string PractitionerEmail { get; init; }

    public DateOnly Today => App.Today;

    public static async Task<ClinicWorld> CreateAsync(RecordsApp app)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var ids = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<ClinicUser>>();
            var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in ClinicRoles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole<Guid>(role));
                }
            }

            var clinic = new Clinic { Name = "Clinic " + tag, CreatedAt = app.Clock.GetUtcNow() };
            db.Clinics.Add(clinic);
            await db.SaveChangesAsync();
            var made = new Dictionary<string, Guid>();
            foreach (var (name, role, member) in new[]
            {
                ("practitioner", ClinicRoles.Practitioner, true), ("officer", ClinicRoles.SafetyOfficer, true),
                ("admin", ClinicRoles.Admin, true), ("patient", ClinicRoles.Patient, false), ("other", ClinicRoles.Patient, false),
            })
            {
                var user = new ClinicUser { UserName = $"{name}-{tag}@test.mesosafe", Email = $"{name}-{tag}@test.mesosafe" };
                Ensure(await users.CreateAsync(user, Password));
                Ensure(await users.AddToRoleAsync(user, role));
                if (member)
                {
                    db.ClinicMemberships.Add(new ClinicMembership { UserId = user.Id, ClinicId = clinic.Id });
                }

                made[name] = user.Id;
            }

            var patient = new Patient { ClinicId = clinic.Id, GivenName = "Ada", FamilyName = "Test-" + tag, UserId = made["patient"], BirthDate = new DateOnly(1985, 3, 1), Sex = "female" };
            var other = new Patient { ClinicId = clinic.Id, GivenName = "Ben", FamilyName = "Test-" + tag, UserId = made["other"], BirthDate = new DateOnly(1990, 7, 9), Sex = "male" };
            var product = new Product { Name = "Vitamin cocktail " + tag, Manufacturer = "Meso Labs", Substances = ["biotin", "dexpanthenol"] };
            var lot = new Lot { ProductId = product.Id, LotNumber = "L1-" + tag, Expiry = app.Today.AddMonths(6) };
            var second = new Lot { ProductId = product.Id, LotNumber = "L2-" + tag, Expiry = app.Today.AddMonths(6) };
            var expired = new Lot { ProductId = product.Id, LotNumber = "LX-" + tag, Expiry = app.Today.AddDays(-1) };
            db.AddRange(patient, other, product, lot, second, expired);
            await db.SaveChangesAsync();
            return (clinic.Id, patient.Id, other.Id, product.Id, lot.Id, second.Id, expired.Id);
        });

        return new ClinicWorld
        {
            App = app,
            ClinicId = ids.Item1,
            PatientId = ids.Item2,
            OtherPatientId = ids.Item3,
            ProductId = ids.Item4,
            LotId = ids.Item5,
            SecondLotId = ids.Item6,
            ExpiredLotId = ids.Item7,
            PractitionerEmail = $"practitioner-{tag}@test.mesosafe",
            Practitioner = await SignedInAsync(app, $"practitioner-{tag}@test.mesosafe"),
            Officer = await SignedInAsync(app, $"officer-{tag}@test.mesosafe"),
            Admin = await SignedInAsync(app, $"admin-{tag}@test.mesosafe"),
            Patient = await SignedInAsync(app, $"patient-{tag}@test.mesosafe"),
            OtherPatient = await SignedInAsync(app, $"other-{tag}@test.mesosafe"),
        };
    }

    public static async Task<HttpClient> SignedInAsync(RecordsApp app, string email, string password = Password)
    {
        var client = app.CreateClient();
        var response = await client.PostJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A plan for the patient, a stored screening with the given decision (none when the
    /// decision is null), and (unless told otherwise) the patient's consent. The screening is stored
    /// directly so refusals can be tested for each decision, whatever the engine would say.</summary>
    public async Task<Guid> ReadyPlanAsync(Guid patientId, ScreeningDecision? decision = ScreeningDecision.Eligible, bool consent = true, string technique = "point-by-point")
    {
        var plan = await Practitioner.PostJsonAsync("/api/v1/plans", new
        {
            patientId,
            indication = "hair-loss",
            areas = new[] { "scalp" },
            substances = new[] { "biotin", "dexpanthenol" },
            technique,
            depthMm = 2.0,
            sessions = 5,
            intervalDays = 10,
        });
        plan.EnsureSuccessStatusCode();
        var body = await plan.Content.ReadFromJsonAsync<JsonElement>();
        var planId = body.GetProperty("id").GetGuid();
        if (decision is not null)
        {
            await StoreScreeningAsync(patientId, decision.Value, Today.AddDays(-60));
        }

        if (consent)
        {
            var accepted = await Practitioner.PostJsonAsync($"/api/v1/plans/{planId}/consent", new { planRevision = body.GetProperty("revision").GetInt32() });
            accepted.EnsureSuccessStatusCode();
        }

        return planId;
    }

    public Task StoreScreeningAsync(Guid patientId, ScreeningDecision decision, DateOnly plannedDate) =>
        App.WithDbAsync(async (db, _) =>
        {
            // Each stored screening is a second later than the previous one, so "latest" is unambiguous.
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            var intake = new Intake { PatientId = patientId, ClinicId = ClinicId, RecordedAt = App.Clock.GetUtcNow() };
            db.Intakes.Add(intake);
            db.Screenings.Add(new ScreeningRecord
            {
                IntakeId = intake.Id,
                PatientId = patientId,
                ClinicId = ClinicId,
                PlannedDate = plannedDate,
                Decision = decision,
                ResultJson = "{\"decision\":\"" + RecordJson.Code(decision) + "\"}",
                KnowledgeBaseVersion = "test",
                ScreenedAt = App.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

    public static object Session(Guid patientId, Guid planId, DateOnly date, Guid lotId, string? sensitivityTest = "negative",
        double depthMm = 2.0, string area = "scalp", string technique = "point-by-point") => new
        {
            patientId,
            planId,
            date,
            areas = new[] { area },
            technique,
            depthMm,
            asepsis = new[] { "skin-disinfected", "sterile-single-use-needles" },
            sensitivityTest,
            products = new[] { new { lotId, volumeMl = 2.0 } },
        };

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
