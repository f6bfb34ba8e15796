using System.Globalization;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using MesoSafe.Records.Catalog;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Properties;

/// <summary>Issue 20, item 3: no date arithmetic can throw. Every date field of every endpoint takes
/// any date from 0001-01-01 to 9999-12-31 and answers 2xx or a 4xx problem, never a 500 (a check-in
/// dated 9999-12-31 answered 500 before). The calendar's edges are sent for every field, then FsCheck
/// draws more (<see cref="CalendarDates"/>); where a date is accepted, what follows from it (a session
/// on that day, then its check-ins; a patient born that day, then screened) is sent too, because the
/// arithmetic is often there and not in the first request.</summary>
public sealed class DateFieldPropertyTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private const int DrawsPerField = 40;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A clinic with a lot that never expires, so that a session can be charted on any day.</summary>
    private async Task<(ClinicWorld World, Guid TimelessLot)> WorldAsync(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var lot = new Lot { ProductId = world.ProductId, LotNumber = "T-" + Guid.NewGuid().ToString("N")[..8], Expiry = DateOnly.MaxValue };
        await world.App.WithDbAsync(async (db, _) =>
        {
            db.Lots.Add(lot);
            return await db.SaveChangesAsync();
        });
        return (world, lot.Id);
    }

    /// <summary>The edges, then <see cref="DrawsPerField"/> drawn dates; each must hold.</summary>
    private static void ForEveryDate(DateOnly today, Func<DateOnly, Task> property)
    {
        foreach (var edge in CalendarDates.Edges(today))
        {
            Run(() => property(edge));
        }

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(DrawsPerField), Prop.ForAll(CalendarDates.Arbitrary(today), (DateOnly date) =>
        {
            Run(() => property(date));
            return true;
        }));
    }

    private static void ForEveryPair(DateOnly today, Func<DateOnly, DateOnly, Task> property)
    {
        foreach (var edge in CalendarDates.Edges(today))
        {
            Run(() => property(edge, edge));
            Run(() => property(edge, DateOnly.MaxValue));
            Run(() => property(DateOnly.MinValue, edge));
        }

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(DrawsPerField), Prop.ForAll(CalendarDates.Pairs(today), ((DateOnly First, DateOnly Second) pair) =>
        {
            Run(() => property(pair.First, pair.Second));
            return true;
        }));
    }

    // FsCheck runs a property synchronously; the requests run off xunit's synchronisation context.
    private static void Run(Func<Task> property) => Task.Run(property).GetAwaiter().GetResult();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patients_birth_date_any_day_answers_no_500_nor_does_screening_that_patient(string provider)
    {
        var (world, _) = await WorldAsync(provider);

        ForEveryPair(world.Today, async (born, planned) =>
        {
            var created = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "Date", familyName = "Edge", birthDate = Iso(born), sex = "female" });
            await Answers.AssertSoundAsync(created, $"POST /patients birthDate={Iso(born)}");
            var patientId = created.StatusCode == HttpStatusCode.Created ? (await created.BodyAsync()).GetProperty("id").GetGuid() : world.OtherPatientId;

            var current = await (await world.Practitioner.GetTestAsync($"/api/v1/patients/{patientId}")).BodyAsync();
            var corrected = await world.Practitioner.SendTestAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/patients/{patientId}")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new
                {
                    givenName = "Date", familyName = "Edge", birthDate = Iso(born), sex = "female", version = current.GetProperty("patient").GetProperty("version").GetInt64(),
                }),
            });
            await Answers.AssertSoundAsync(corrected, $"PUT /patients/{{id}} birthDate={Iso(born)}");

            // The minimum-age rule adds years to the stored birth date.
            var intake = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{patientId}/intakes", Intake(Iso(planned)));
            await Answers.AssertSoundAsync(intake, $"POST /patients/{{id}}/intakes (born {Iso(born)}) plannedDate={Iso(planned)}");
        });
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_screenings_planned_date_any_day_answers_no_500(string provider)
    {
        var (world, _) = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var intake = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", Intake(null));
        var intakeId = (await intake.BodyAsync()).GetProperty("id").GetGuid();

        ForEveryDate(world.Today, async planned =>
        {
            var screening = await world.Practitioner.PostJsonAsync($"/api/v1/intakes/{intakeId}/screenings", new { plannedDate = Iso(planned), planId = plan });
            await Answers.AssertSoundAsync(screening, $"POST /intakes/{{id}}/screenings plannedDate={Iso(planned)}");
        });
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_session_any_day_and_its_check_ins_any_day_answer_no_500(string provider)
    {
        var (world, lot) = await WorldAsync(provider);
        var todaysPlan = await world.ReadyPlanAsync(world.PatientId);
        var today = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, todaysPlan, world.Today, lot));
        var todaysSession = (await today.BodyAsync()).GetProperty("id").GetGuid();

        ForEveryPair(world.Today, async (charted, reported) =>
        {
            // A plan of its own each time: a course has a number of sessions.
            var plan = await world.ReadyPlanAsync(world.PatientId);
            var session = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, charted, lot));
            await Answers.AssertSoundAsync(session, $"POST /sessions date={Iso(charted)}");
            var sessionId = session.StatusCode == HttpStatusCode.Created ? (await session.BodyAsync()).GetProperty("id").GetGuid() : todaysSession;

            foreach (var day in new[] { reported, charted, DateOnly.MaxValue })
            {
                var checkIn = await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId, reportedOn = Iso(day), symptoms = Array.Empty<object>() });
                await Answers.AssertSoundAsync(checkIn, $"POST /check-ins (session {Iso(charted)}) reportedOn={Iso(day)}");
            }

            var listed = await world.Practitioner.GetTestAsync($"/api/v1/sessions?from={Iso(charted)}&to={Iso(reported)}");
            await Answers.AssertSoundAsync(listed, $"GET /sessions?from={Iso(charted)}&to={Iso(reported)}");
        });
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_adverse_events_onset_and_a_follow_ups_onset_any_day_answer_no_500(string provider)
    {
        var (world, _) = await WorldAsync(provider);

        ForEveryPair(world.Today, async (onset, followUpOnset) =>
        {
            var reported = await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, onset, null));
            await Answers.AssertSoundAsync(reported, $"POST /adverse-events onset={Iso(onset)}");
            if (reported.StatusCode != HttpStatusCode.Created)
            {
                reported = await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, world.Today, null));
            }

            var id = (await reported.BodyAsync()).GetProperty("id").GetGuid();
            var followUp = await world.Officer.PostJsonAsync($"/api/v1/adverse-events/{id}/follow-ups", Report(world, followUpOnset, 1));
            await Answers.AssertSoundAsync(followUp, $"POST /adverse-events/{{id}}/follow-ups onset={Iso(followUpOnset)}");
        });
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_lots_expiry_any_day_answers_no_500_nor_does_charting_with_that_lot(string provider)
    {
        var (world, _) = await WorldAsync(provider);

        ForEveryDate(world.Today, async expiry =>
        {
            var lot = await world.Practitioner.PostJsonAsync("/api/v1/lots", new { productId = world.ProductId, lotNumber = "E-" + Guid.NewGuid().ToString("N")[..10], expiry = Iso(expiry) });
            await Answers.AssertSoundAsync(lot, $"POST /lots expiry={Iso(expiry)}");
            if (lot.StatusCode == HttpStatusCode.Created)
            {
                var plan = await world.ReadyPlanAsync(world.PatientId);
                var lotId = (await lot.BodyAsync()).GetProperty("id").GetGuid();
                var session = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, lotId));
                await Answers.AssertSoundAsync(session, $"POST /sessions with a lot expiring {Iso(expiry)}");
            }
        });
    }

    [Fact]
    public async Task The_evaluate_endpoints_take_any_dates_without_a_500()
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync("sqlite"));

        ForEveryPair(world.Today, async (first, second) =>
        {
            // Free text with months and years: reading "in december" counts back from the date.
            var screening = await world.Practitioner.PostJsonAsync("/api/v1/screenings/evaluate", new
            {
                date = Iso(first),
                patient = new { birthDate = Iso(second), sex = "female" },
                conditions = new[] { "botox in december", "filler in march 2019" },
                medications = new[] { "isotretinoin until january", "aspirin" },
                plan = new { indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" }, technique = "nappage", depthMm = 1.0 },
            });
            await Answers.AssertSoundAsync(screening, $"POST /screenings/evaluate date={Iso(first)} birthDate={Iso(second)}");

            var triage = await world.Practitioner.PostJsonAsync("/api/v1/triage/evaluate", new
            {
                sessionDate = Iso(first),
                reportedOn = Iso(second),
                areas = new[] { "scalp" },
                substances = new[] { "biotin" },
                symptoms = new[] { new { code = "redness", severity = "mild", startedDaysAfterSession = 0 } },
                text = "swelling since december",
            });
            await Answers.AssertSoundAsync(triage, $"POST /triage/evaluate sessionDate={Iso(first)} reportedOn={Iso(second)}");
        });
    }

    private static object Intake(string? plannedDate) => new
    {
        conditions = new[] { "botox in december" },
        allergies = Array.Empty<string>(),
        medications = new[] { "isotretinoin until january" },
        smoker = false,
        alcohol = false,
        previousMesotherapy = false,
        plannedDate,
    };

    private static object Report(ClinicWorld world, DateOnly onset, long? version) => new
    {
        patientId = world.PatientId,
        eventCode = "nodule",
        onset = Iso(onset),
        seriousness = Array.Empty<string>(),
        severity = "mild",
        outcome = "recovering",
        causality = "possible",
        suspectLotIds = new[] { world.LotId },
        suspectProductIds = new[] { world.ProductId },
        reporterType = "practitioner",
        narrative = "A nodule.",
        version,
    };
}
