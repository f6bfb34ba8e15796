using MesoSafe.Records.Clinics;
using MesoSafe.Web.ClientTests.Generated.Models;
using Microsoft.Kiota.Abstractions;
using Xunit;

namespace MesoSafe.Web.ClientTests;

/// <summary>A clinic's day through the generated client only, on both databases: every list answers
/// typed items, every create answers its resource with its id, nothing is parsed by hand.</summary>
public sealed class ClinicDayTests(ClientApps apps) : IClassFixture<ClientApps>
{
    [Theory]
    [MemberData(nameof(ClientApps.Providers), MemberType = typeof(ClientApps))]
    public async Task A_clinic_day_runs_on_the_generated_client(string provider)
    {
        var app = await apps.AppAsync(provider);
        var (clinicId, emails) = await app.ClinicAsync();
        var practitioner = await app.SignInAsync(emails[ClinicRoles.Practitioner]);
        var officer = await app.SignInAsync(emails[ClinicRoles.SafetyOfficer]);
        var admin = await app.SignInAsync(emails[ClinicRoles.Admin]);
        var v1 = practitioner.Api.V1;
        var family = "Day-" + Guid.NewGuid().ToString("N")[..8];

        // Practitioner: a patient, an intake with its plan and screening, consent.
        var patient = await v1.Patients.PostAsync(new PatientInput
        {
            ClinicId = clinicId, GivenName = "Ada", FamilyName = family, BirthDate = new Date(1985, 3, 1), Sex = "female",
        });
        Assert.NotEqual(Guid.Empty, patient!.Id);
        var listed = await v1.Patients.GetAsync(c => { c.QueryParameters.Name = family; c.QueryParameters.PageSize = 10; });
        Assert.Equal(patient.Id, Assert.Single(listed!.Items!).Id);
        var intake = await v1.Patients[patient.Id!.Value].Intakes.PostAsync(new IntakeInput
        {
            PreviousMesotherapy = true, PlannedDate = Date(app.Today), Plan = Plan(),
        });
        Assert.NotNull(intake!.Id);
        var plan = intake.Plan!;
        Assert.Equal("eligible", intake.Screening!.Decision);
        var screening = await v1.Intakes[intake.Id!.Value].Screenings.PostAsync(new ScreeningInput { PlanId = plan.Id, PlannedDate = Date(app.Today) });
        Assert.NotNull(screening!.Id);
        Assert.Contains((await v1.Plans.GetAsync(c => c.QueryParameters.PatientId = patient.Id))!.Items!, p => p.Id == plan.Id);
        var consent = await v1.Plans[plan.Id!.Value].Consent.PostAsync(new ConsentAcceptance { PlanRevision = plan.Revision });
        Assert.Equal(plan.Id, consent!.PlanId);

        // Administrator: a product and a lot.
        var product = await admin.Api.V1.Products.PostAsync(new ProductInput { Name = "Cocktail " + family, Manufacturer = "Meso Labs", Substances = ["biotin", "dexpanthenol"] });
        var lot = await admin.Api.V1.Lots.PostAsync(new LotInput { ProductId = product!.Id, LotNumber = "L-" + family, Expiry = Date(app.Today.AddMonths(6)) });
        Assert.Contains((await officer.Api.V1.Products.GetAsync(c => c.QueryParameters.PageSize = 200))!.Items!, p => p.Id == product.Id);
        Assert.Contains((await officer.Api.V1.Lots.GetAsync(c => c.QueryParameters.ProductId = product.Id))!.Items!, l => l.Id == lot!.Id);

        // Practitioner: the session.
        var session = await v1.Sessions.PostAsync(new SessionInput
        {
            PatientId = patient.Id, PlanId = plan.Id, Date = Date(app.Today), Areas = ["scalp"], Technique = "point-by-point", DepthMm = 2.0,
            Asepsis = ["skin-disinfected", "sterile-single-use-needles"], SensitivityTest = "negative",
            Products = [new SessionProductInput { LotId = lot!.Id, VolumeMl = 2.0 }],
        });
        Assert.Equal(lot.Id, Assert.Single(session!.Products!).LotId);
        Assert.Contains((await v1.Sessions.GetAsync(c => c.QueryParameters.PatientId = patient.Id))!.Items!, s => s.Id == session.Id);

        // Administrator: the patient's own account; users and clinics listed.
        var account = await admin.Api.V1.Users.PostAsync(new UserInput
        {
            Email = $"patient-{family}@test.mesosafe".ToLowerInvariant(), Password = ClientApp.Password, Role = UserInput_role.Patient, PatientId = patient.Id,
        });
        Assert.Equal([UserView_roles.Patient], account!.Roles);
        Assert.Contains((await admin.Api.V1.Users.GetAsync(c => c.QueryParameters.PageSize = 200))!.Items!, u => u.Id == account.Id);
        Assert.Equal(clinicId, Assert.Single((await admin.Api.V1.Clinics.GetAsync())!).Id);

        // Patient: a check-in; the practitioner's queue shows it.
        var patientClient = await app.SignInAsync(account.Email!);
        var checkIn = await patientClient.Api.V1.CheckIns.PostAsync(new CheckInInput
        {
            SessionId = session.Id, ReportedOn = Date(app.Today), TemperatureC = 38.6,
            Symptoms = [new SymptomInput { Code = "pus", Severity = "moderate", StartedDaysAfterSession = 0 }],
        });
        Assert.Equal(session.Id, checkIn!.SessionId);
        Assert.Contains((await patientClient.Api.V1.CheckIns.GetAsync())!.Items!, c => c.Id == checkIn.Id);
        Assert.Contains(await v1.Queue.GetAsync() ?? [], q => q.PatientId == patient.Id);

        // Officer: an adverse event, the recall of the lot, the audit trail.
        var adverse = await officer.Api.V1.AdverseEvents.PostAsync(new AdverseEventInput
        {
            PatientId = patient.Id, SessionId = session.Id, EventCode = "nodule", Onset = Date(app.Today), Seriousness = [],
            Severity = AdverseEventInput_severity.Mild, Outcome = AdverseEventInput_outcome.Recovering, Causality = AdverseEventInput_causality.Possible,
            SuspectLotIds = [lot.Id!.Value], ReporterType = AdverseEventInput_reporterType.SafetyOfficer,
        });
        Assert.Equal(AdverseEventReportBody_severity.Mild, Assert.Single(adverse!.Reports!).Severity);
        Assert.Contains((await officer.Api.V1.AdverseEvents.GetAsync(c => c.QueryParameters.PatientId = patient.Id))!.Items!, a => a.Id == adverse.Id);
        var recall = await officer.Api.V1.Lots[lot.Id.Value].Recall.PostAsync(new RecallRequest { Reason = "Supplier notice" });
        Assert.Contains(patient.Id!.Value, recall!.Patients!);
        Assert.NotEmpty((await officer.Api.V1.Audit.GetAsync(c => c.QueryParameters.PatientId = patient.Id))!.Items!);
    }

    [Theory]
    [MemberData(nameof(ClientApps.Providers), MemberType = typeof(ClientApps))]
    public async Task Bad_inputs_raise_a_typed_problem_naming_their_fields(string provider)
    {
        var app = await apps.AppAsync(provider);
        var (clinicId, emails) = await app.ClinicAsync();
        var practitioner = (await app.SignInAsync(emails[ClinicRoles.Practitioner])).Api.V1;
        var admin = (await app.SignInAsync(emails[ClinicRoles.Admin])).Api.V1;
        var officer = (await app.SignInAsync(emails[ClinicRoles.SafetyOfficer])).Api.V1;
        var missing = Guid.NewGuid();
        var cases = new (string Name, int Status, string Field, Func<Task> Call)[]
        {
            ("patient without names", 400, "givenName", () => practitioner.Patients.PostAsync(new PatientInput { ClinicId = clinicId })),
            ("patient with a long name", 400, "familyName", () => practitioner.Patients.PostAsync(new PatientInput { ClinicId = clinicId, GivenName = "A", FamilyName = new string('x', 201) })),
            ("patient born in the future", 400, "birthDate", () => practitioner.Patients.PostAsync(new PatientInput { ClinicId = clinicId, GivenName = "A", FamilyName = "B", BirthDate = Date(app.Today.AddDays(2)) })),
            ("page zero", 400, "page", () => practitioner.Patients.GetAsync(c => c.QueryParameters.Page = 0)),
            ("page size over the limit", 400, "pageSize", () => practitioner.Sessions.GetAsync(c => c.QueryParameters.PageSize = 201)),
            ("unknown patient", 404, "id", () => practitioner.Patients[missing].GetAsync()),
            ("plan without fields", 400, "patientId", () => practitioner.Plans.PostAsync(new PlanInput())),
            ("session without fields", 400, "patientId", () => practitioner.Sessions.PostAsync(new SessionInput())),
            ("lot without a product", 400, "productId", () => admin.Lots.PostAsync(new LotInput { LotNumber = "L" })),
            ("adverse event without fields", 400, "eventCode", () => officer.AdverseEvents.PostAsync(new AdverseEventInput())),
            ("user with a bad e-mail", 400, "email", () => admin.Users.PostAsync(new UserInput { Email = "nope", Role = UserInput_role.Practitioner, ClinicIds = [clinicId] })),
            ("users listed by a practitioner", 404, "users", () => practitioner.Users.GetAsync()),
            ("a product added by a practitioner", 404, "role", () => practitioner.Products.PostAsync(new ProductInput { Name = "P", Manufacturer = "M", Substances = ["biotin"] })),
            ("wrong password", 401, "$", () => app.Anonymous().Api.V1.Auth.Token.PostAsync(new TokenRequest { Email = emails[ClinicRoles.Admin], Password = "wrong-password-123" })),
            ("not signed in", 401, "$", () => app.Anonymous().Api.V1.Patients.GetAsync()),
        };

        foreach (var (name, status, field, call) in cases)
        {
            var problem = await Assert.ThrowsAsync<Problem>(call);
            Assert.True(status == problem.ResponseStatusCode, $"{name}: {problem.ResponseStatusCode} {problem.Detail}");
            Assert.False(string.IsNullOrEmpty(problem.Code), name);
            var fields = field == "$" ? problem.Errors!.AdditionalData.Keys : problem.FieldErrors!.Select(e => e.Field!);
            Assert.True(fields.Contains(field), $"{name}: {string.Join(", ", fields)}");
        }
    }

    private static Date Date(DateOnly day) => new(day.Year, day.Month, day.Day);

    private static PlanInput Plan() => new()
    {
        Indication = "hair-loss", Areas = ["scalp"], Substances = ["biotin", "dexpanthenol"], Technique = "point-by-point",
        DepthMm = 2.0, Sessions = 5, IntervalDays = 10,
    };

}
