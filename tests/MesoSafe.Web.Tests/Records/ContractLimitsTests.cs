using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Pages.Patient;
using MesoSafe.Web.Pages.Practitioner;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

/// <summary>Issue 10: one limit, one parser. The records API, the forms and the contract's wire layer
/// (evaluate endpoints and the command line) take the same ranges (<see cref="RequestLimits"/>) and
/// the same severity parser, so what one takes, no other refuses.</summary>
public sealed class ContractLimitsTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private async Task<ClinicWorld> WorldAsync(string provider) => await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

    public static TheoryData<string, double, bool> Depths()
    {
        var data = new TheoryData<string, double, bool>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, RequestLimits.MinDepthMm - 0.1, false);
            data.Add(provider, RequestLimits.MinDepthMm, true);
            data.Add(provider, 2.0, true);
            data.Add(provider, RequestLimits.MaxDepthMm, true);
            data.Add(provider, RequestLimits.MaxDepthMm + 0.1, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task A_plan_and_a_session_take_the_depths_the_contract_takes(string provider, double depthMm, bool accepted)
    {
        var world = await WorldAsync(provider);
        var planId = await world.ReadyPlanAsync(world.PatientId);

        var evaluate = await world.Practitioner.PostJsonAsync("/api/v1/screenings/evaluate", new
        {
            date = world.Today,
            patient = new { birthDate = "1980-01-01" },
            plan = new { indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" }, technique = "nappage", depthMm },
        });
        var plan = await world.Practitioner.PostJsonAsync("/api/v1/plans", new
        {
            patientId = world.PatientId, indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" },
            technique = "nappage", depthMm, sessions = 4, intervalDays = 10,
        });
        var session = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, planId, world.Today, world.LotId, depthMm: depthMm));

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, evaluate.StatusCode);
        Assert.Equal(accepted ? HttpStatusCode.Created : HttpStatusCode.BadRequest, plan.StatusCode);
        Assert.Equal(accepted ? HttpStatusCode.Created : HttpStatusCode.BadRequest, session.StatusCode);
        if (!accepted)
        {
            Assert.Contains("plan.depthMm", await evaluate.ProblemFieldsAsync());
            Assert.Equal(["depthMm"], await plan.ProblemFieldsAsync());
            Assert.Equal(["depthMm"], await session.ProblemFieldsAsync());
        }
    }

    public static TheoryData<string, double, bool> Temperatures()
    {
        var data = new TheoryData<string, double, bool>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, RequestLimits.MinTemperatureC - 0.1, false);
            data.Add(provider, RequestLimits.MinTemperatureC, true);
            data.Add(provider, 33.0, true); // refused by the check-in form before issue 10 (34-43 °C there)
            data.Add(provider, RequestLimits.MaxTemperatureC, true);
            data.Add(provider, RequestLimits.MaxTemperatureC + 0.1, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Temperatures))]
    public async Task A_check_in_takes_the_temperatures_triage_takes(string provider, double temperatureC, bool accepted)
    {
        var (world, sessionId) = await TreatedAsync(provider);

        var triage = await world.Patient.PostJsonAsync("/api/v1/triage/evaluate", new { sessionDate = world.Today.AddDays(-2), reportedOn = world.Today, temperatureC });
        var checkIn = await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId, reportedOn = world.Today, temperatureC });

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, triage.StatusCode);
        Assert.Equal(accepted ? HttpStatusCode.Created : HttpStatusCode.BadRequest, checkIn.StatusCode);
        if (accepted)
        {
            Assert.Equal((await triage.BodyAsync()).GetProperty("level").GetString(), (await checkIn.BodyAsync()).GetProperty("result").GetProperty("level").GetString());
        }
        else
        {
            Assert.Equal(["temperatureC"], await checkIn.ProblemFieldsAsync());
        }
    }

    public static TheoryData<string, string> Severities()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            foreach (var severity in new[] { "severe", "Severe", "MODERATE", "Mild" })
            {
                data.Add(provider, severity);
            }
        }

        return data;
    }

    /// <summary>Check-ins read severity case-sensitively before issue 10 ("Severe" was refused there,
    /// taken by triage).</summary>
    [Theory]
    [MemberData(nameof(Severities))]
    public async Task A_check_in_reads_severity_as_triage_does_in_any_capitalisation(string provider, string severity)
    {
        var (world, sessionId) = await TreatedAsync(provider);
        var symptoms = new[] { new { code = "swelling", severity, startedDaysAfterSession = 0 } };

        var triage = await world.Patient.PostJsonAsync("/api/v1/triage/evaluate", new { sessionDate = world.Today.AddDays(-2), reportedOn = world.Today, symptoms });
        var checkIn = await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId, reportedOn = world.Today, symptoms });

        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var expected = await triage.BodyAsync();
        var result = (await checkIn.BodyAsync()).GetProperty("result");
        Assert.Equal(expected.GetProperty("level").GetString(), result.GetProperty("level").GetString());
        Assert.Equal(
            expected.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("symptom").GetString() + "/" + f.GetProperty("level").GetString()),
            result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("symptom").GetString() + "/" + f.GetProperty("level").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_intake_entry_takes_the_length_the_contract_takes(string provider)
    {
        var world = await WorldAsync(provider);
        var longest = "aspirin " + new string('x', RequestLimits.MaxEntryLength - 8);
        var tooLong = longest + "x";

        var accepted = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", new { medications = new[] { longest } });
        var refused = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", new { medications = new[] { tooLong } });
        var evaluateAccepted = await world.Practitioner.PostJsonAsync("/api/v1/screenings/evaluate", new { date = world.Today, patient = new { }, medications = new[] { longest }, plan = new { } });
        var evaluateRefused = await world.Practitioner.PostJsonAsync("/api/v1/screenings/evaluate", new { date = world.Today, patient = new { }, medications = new[] { tooLong }, plan = new { } });

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, evaluateAccepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["medications[0]"], await refused.ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, evaluateRefused.StatusCode);
    }

    public static TheoryData<string, string, double, double> FormRanges() => new()
    {
        { nameof(IntakeForm), nameof(IntakeForm.DepthMm), RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm },
        { nameof(PlanForm), nameof(PlanForm.DepthMm), RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm },
        { nameof(SessionForm), nameof(SessionForm.DepthMm), RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm },
        { nameof(CheckInForm), nameof(CheckInForm.TemperatureC), RequestLimits.MinTemperatureC, RequestLimits.MaxTemperatureC },
        { nameof(IntakeForm), nameof(IntakeForm.Sessions), RecordLimits.MinSessions, RecordLimits.MaxSessions },
        { nameof(PlanForm), nameof(PlanForm.Sessions), RecordLimits.MinSessions, RecordLimits.MaxSessions },
        { nameof(IntakeForm), nameof(IntakeForm.IntervalDays), RecordLimits.MinIntervalDays, RecordLimits.MaxIntervalDays },
        { nameof(PlanForm), nameof(PlanForm.IntervalDays), RecordLimits.MinIntervalDays, RecordLimits.MaxIntervalDays },
        { nameof(SessionForm.ProductLine), nameof(SessionForm.ProductLine.VolumeMl), RecordLimits.MinVolumeMl, RecordLimits.MaxVolumeMl },
    };

    /// <summary>The forms said 0.1-13 mm and 34-43 °C before issue 10; the records' own ranges
    /// (sessions, interval, volume) are written once too.</summary>
    [Theory]
    [MemberData(nameof(FormRanges))]
    public void Each_forms_range_is_the_contracts_and_its_message_says_so(string form, string property, double min, double max)
    {
        var type = typeof(IntakeForm).Assembly.GetTypes().Single(t => t.Name == form);
        var range = type.GetProperty(property)!.GetCustomAttributes(typeof(RangeAttribute), false).Cast<RangeAttribute>().Single();

        Assert.Equal(min, Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
        Assert.Equal(max, Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}"), range.FormatErrorMessage(property), StringComparison.Ordinal);
    }

    public static TheoryData<string, double, bool> Volumes()
    {
        var data = new TheoryData<string, double, bool>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, 0, false);
            data.Add(provider, RecordLimits.MinVolumeMl, true);
            data.Add(provider, RecordLimits.MaxVolumeMl, true);
            data.Add(provider, RecordLimits.MaxVolumeMl + 1, false);
        }

        return data;
    }

    /// <summary>The session form refused these volumes; the sessions API took any before issue 10.</summary>
    [Theory]
    [MemberData(nameof(Volumes))]
    public async Task A_session_takes_the_volumes_the_session_form_takes(string provider, double volumeMl, bool accepted)
    {
        var world = await WorldAsync(provider);
        var planId = await world.ReadyPlanAsync(world.PatientId);

        var session = await world.Practitioner.PostJsonAsync("/api/v1/sessions", new
        {
            patientId = world.PatientId, planId, date = world.Today, areas = new[] { "scalp" }, technique = "point-by-point", depthMm = 2.0,
            asepsis = new[] { "skin-disinfected" }, sensitivityTest = "negative", products = new[] { new { lotId = world.LotId, volumeMl } },
        });

        Assert.Equal(accepted ? HttpStatusCode.Created : HttpStatusCode.BadRequest, session.StatusCode);
        if (!accepted)
        {
            Assert.Equal(["products[0].volumeMl"], await session.ProblemFieldsAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_depth_inputs_carry_the_contracts_min_and_max(string provider)
    {
        var world = await WorldAsync(provider);
        var planId = await world.ReadyPlanAsync(world.PatientId);
        using var page = world.App.PageClient(world.Practitioner);
        var expected = string.Create(CultureInfo.InvariantCulture, $"min=\"{RequestLimits.MinDepthMm}\" max=\"{RequestLimits.MaxDepthMm}\"");

        foreach (var path in new[] { "/Practitioner/Intake", $"/Practitioner/Plan?patientId={world.PatientId}", $"/Practitioner/Session?patientId={world.PatientId}&planId={planId}" })
        {
            var html = await (await page.GetTestAsync(path)).HtmlAsync();
            var depth = System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*name=\"Form.DepthMm\"[^>]*>").Value;
            Assert.True(depth.Contains(expected, StringComparison.Ordinal), $"{path}: {depth}");
        }
    }

    private async Task<(ClinicWorld World, Guid SessionId)> TreatedAsync(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-2), world.LotId))).BodyAsync();
        return (world, session.GetProperty("id").GetGuid());
    }
}
