using MesoSafe.Knowledge;
using MesoSafe.Records.Access;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Demo;

/// <summary>Fills an EMPTY database with one clinic, a user of each role and four weeks of activity,
/// going through the same services as the API so every rule applies to the demo data too.</summary>
public sealed class DemoSeed(
    MesoSafeDbContext db,
    ClinicAccounts accounts,
    RoleManager<IdentityRole<Guid>> roles,
    TimeProvider clock,
    PatientRecords patients,
    TreatmentPlans plans,
    SessionCharting charting,
    CheckIns checkIns,
    AdverseEventRegistry registry,
    KnowledgeBase knowledge)
{
    public const string DefaultPassword = "demo-password-2026";
    public const string Domain = "demo.mesosafe.test";

    /// <summary>Returns false (and changes nothing) when the database already holds data.</summary>
    public async Task<bool> RunAsync(string password, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct) || await db.Clinics.AnyAsync(ct) || await db.Patients.AnyAsync(ct))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var role in ClinicRoles.All)
        {
            Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
        }

        var clinic = new Clinic { Name = "Demo Aesthetic Clinic", Telephone = "+44 20 7946 0123", CreatedAt = now };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(ct);

        var practitioner = await UserAsync("practitioner", "Dr Ana Practitioner", ClinicRoles.Practitioner, password, clinic.Id);
        var officer = await UserAsync("officer", "Sam Safety-Officer", ClinicRoles.SafetyOfficer, password, clinic.Id);
        await UserAsync("admin", "Alex Admin", ClinicRoles.Admin, password, clinic.Id);
        var patientUser = await UserAsync("patient", "Maria Patient", ClinicRoles.Patient, password, null);
        var patient2User = await UserAsync("patient2", "Jonas Patient", ClinicRoles.Patient, password, null);

        var vitamins = new Product { Name = "NCTF 135 HA", Manufacturer = "Filorga", Substances = ["hyaluronic-acid", "vitamin-c", "vitamin-b-complex"] };
        var hair = new Product { Name = "Hair Revitalising Cocktail", Manufacturer = "Meso Labs", Substances = ["biotin", "dexpanthenol"] };
        db.Products.AddRange(vitamins, hair);
        var goodLot = new Lot { ProductId = vitamins.Id, LotNumber = "FIL-24-0917", Expiry = today.AddMonths(10) };
        var recallable = new Lot { ProductId = hair.Id, LotNumber = "MSL-25-0311", Expiry = today.AddMonths(6) };
        var expired = new Lot { ProductId = hair.Id, LotNumber = "MSL-24-0102", Expiry = today.AddDays(-20) };
        db.Lots.AddRange(goodLot, recallable, expired);
        await db.SaveChangesAsync(ct);

        var staff = await CallerScope.LoadAsync(db, practitioner.Id, [ClinicRoles.Practitioner], ct);
        var first = today.AddDays(-28);

        // Maria: hair loss, three sessions ten days apart, an urgent check-in after the last one.
        var maria = Value(await patients.RegisterAsync(staff, new PatientInput(clinic.Id, "Maria", "Keller", new DateOnly(1988, 4, 12), "female",
            "patient@" + Domain, null, patientUser.Id, null), ct));
        var mariaPlan = await PlannedAsync(staff, maria.Id, first, new PlanInput(maria.Id, "hair-loss", ["scalp"], ["biotin", "dexpanthenol"],
            "point-by-point", 2.0, null, 6, 10, null), [], [], ["vitamin-d"], ct);
        var m1 = Value(await charting.ChartAsync(staff, Session(maria.Id, mariaPlan.Id, first, ["scalp"], "point-by-point", 2.0, "negative", recallable.Id), ct));
        var m2 = Value(await charting.ChartAsync(staff, Session(maria.Id, mariaPlan.Id, first.AddDays(10), ["scalp"], "point-by-point", 2.0, null, recallable.Id), ct));
        var m3 = Value(await charting.ChartAsync(staff, Session(maria.Id, mariaPlan.Id, first.AddDays(20), ["scalp"], "point-by-point", 2.0, null, recallable.Id), ct));
        var mariaScope = await CallerScope.LoadAsync(db, patientUser.Id, [ClinicRoles.Patient], ct);
        Value(await checkIns.SubmitAsync(mariaScope, new CheckInInput(m1.Id, first.AddDays(1), null, [new SymptomInput("redness", "mild", 0, false, false)], null), ct));
        Value(await checkIns.SubmitAsync(mariaScope, new CheckInInput(m2.Id, first.AddDays(13), null, [], "All fine."), ct));
        Value(await checkIns.SubmitAsync(mariaScope, new CheckInInput(m3.Id, first.AddDays(27), 38.4,
            [new SymptomInput("pus", "moderate", 5, false, true), new SymptomInput("warmth", "moderate", 5, true, true)], "Painful spot on the scalp, getting worse."), ct));

        // Jonas: face rejuvenation, two sessions (the second one only six days later: flagged), a nodule reported.
        var jonas = Value(await patients.RegisterAsync(staff, new PatientInput(clinic.Id, "Jonas", "Weber", new DateOnly(1979, 9, 30), "male",
            "patient2@" + Domain, null, patient2User.Id, null), ct));
        var jonasPlan = await PlannedAsync(staff, jonas.Id, first.AddDays(4), new PlanInput(jonas.Id, "facial-rejuvenation", ["face", "neck"],
            ["hyaluronic-acid", "vitamin-c"], "nappage", 1.5, "lidocaine", 4, 14, null), ["hay fever"], [], [], ct);
        var j1 = Value(await charting.ChartAsync(staff, Session(jonas.Id, jonasPlan.Id, first.AddDays(4), ["face", "neck"], "nappage", 1.5, "negative", goodLot.Id, recallable.Id), ct));
        Value(await charting.ChartAsync(staff, Session(jonas.Id, jonasPlan.Id, first.AddDays(10), ["face"], "nappage", 1.5, null, goodLot.Id), ct));
        var jonasScope = await CallerScope.LoadAsync(db, patient2User.Id, [ClinicRoles.Patient], ct);
        Value(await checkIns.SubmitAsync(jonasScope, new CheckInInput(j1.Id, first.AddDays(7), null, [new SymptomInput("bruising", "mild", 0, false, false)], null), ct));
        var officerScope = await CallerScope.LoadAsync(db, officer.Id, [ClinicRoles.SafetyOfficer], ct);
        var nodule = Value(await registry.ReportAsync(officerScope, new AdverseEventInput(jonas.Id, j1.Id, "nodule", first.AddDays(18), [], "mild",
            "recovering", "possible", [recallable.Id], [hair.Id], "practitioner", "Small firm lump on the left cheek, painless.", null), ct));
        Value(await registry.FollowUpAsync(officerScope, nodule.Id, new AdverseEventInput(null, null, "nodule", first.AddDays(18), [], "mild",
            "recovered", "possible", [recallable.Id], [hair.Id], "practitioner", "Resolved without treatment after two weeks.", 1), ct));

        // Lena: pregnant, deferred at screening; Tom: on warfarin, contraindicated. Neither is treated.
        var lena = Value(await patients.RegisterAsync(staff, new PatientInput(clinic.Id, "Lena", "Fischer", new DateOnly(1992, 1, 3), "female", null, null, null, null), ct));
        await PlannedAsync(staff, lena.Id, today.AddDays(3), new PlanInput(lena.Id, "cellulite", ["thighs"], ["caffeine"], "injector-gun", 3.0, null, 8, 7, null),
            ["pregnancy"], [], [], ct, consent: false);
        var tom = Value(await patients.RegisterAsync(staff, new PatientInput(clinic.Id, "Tom", "Becker", new DateOnly(1961, 6, 21), "male", null, null, null, null), ct));
        await PlannedAsync(staff, tom.Id, today.AddDays(5), new PlanInput(tom.Id, "facial-rejuvenation", ["face"], ["hyaluronic-acid"], "nappage", 1.0, null, 3, 14, null),
            [], [], ["Coumadin 5 mg"], ct, consent: false);
        _ = expired;
        return true;
    }

    private async Task<TreatmentPlan> PlannedAsync(CallerScope staff, Guid patientId, DateOnly date, PlanInput plan,
        IReadOnlyList<string> conditions, IReadOnlyList<string> allergies, IReadOnlyList<string> medications, CancellationToken ct, bool consent = true)
    {
        var created = Value(await plans.CreateAsync(staff, plan, ct));
        var intake = Value(await patients.AddIntakeAsync(staff, patientId, new IntakeInput(conditions, allergies, medications, false, false, false), ct));
        Value(await patients.ScreenAsync(staff, intake.Id, new ScreeningInput(date, created.Id), ct));
        if (consent)
        {
            Value(await plans.AcceptAsync(staff, created.Id, created.Revision, ct));
        }

        return created;
    }

    /// <summary>A session charted with every step of the knowledge base's asepsis checklist done.</summary>
    private SessionInput Session(Guid patientId, Guid planId, DateOnly date, IReadOnlyList<string> areas, string technique, double depth,
        string? sensitivity, params Guid[] lots) =>
        new(patientId, planId, date, areas, technique, depth, null, [.. (knowledge.Charting?.Asepsis ?? []).Select(s => s.Code)],
            sensitivity, [], [.. lots.Select(l => new SessionProductInput(l, 2.0))]);

    private async Task<ClinicUser> UserAsync(string name, string displayName, string role, string password, Guid? clinicId)
    {
        var email = name + "@" + Domain;
        var (user, errors) = await accounts.CreateAsync(
            new NewAccount(email, displayName, password, role, clinicId is { } clinic ? [clinic] : [], EmailConfirmed: true), CancellationToken.None);
        if (user is null)
        {
            throw new InvalidOperationException("Demo seed: " + string.Join("; ", errors.Select(e => e.Description)));
        }

        return user;
    }

    private static T Value<T>(RecordOutcome<T> outcome) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException("Demo seed step refused: " + string.Join("; ", outcome.Problems.Select(p => $"{p.Field}: {p.Code} {p.Message}")));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
