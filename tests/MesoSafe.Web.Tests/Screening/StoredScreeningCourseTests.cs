using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Screening;

/// <summary>A stored screening reads the plan's sessions and interval against the course of
/// sessions (seed 000), requires the physical examination (seed 002) and carries the pre-session
/// advice (seed 004), on both providers.</summary>
public sealed class StoredScreeningCourseTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_with_sessions_too_close_together_is_screened_with_the_course_finding(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.Practitioner.PostJsonAsync("/api/v1/plans", new
        {
            patientId = world.OtherPatientId, indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin", "minoxidil" },
            technique = "point-by-point", depthMm = 2.0, sessions = 20, intervalDays = 3,
        });
        var planId = (await plan.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var intake = await (await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.OtherPatientId}/intakes",
            new { conditions = Array.Empty<string>(), allergies = Array.Empty<string>(), medications = Array.Empty<string>(), previousMesotherapy = true })).BodyAsync();

        var screening = await world.Practitioner.PostJsonAsync($"/api/v1/intakes/{intake.GetProperty("id").GetGuid()}/screenings", new { plannedDate = world.Today, planId });

        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        var result = (await screening.BodyAsync()).GetProperty("result");
        var findings = result.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("subject").GetString());
        Assert.Equal("3 days", findings["course-interval-too-short"]);
        Assert.Equal("20 sessions", findings["course-too-many-sessions"]);
        Assert.Equal("eligible-with-precautions", result.GetProperty("decision").GetString());
        Assert.Equal(["physical-examination"], result.GetProperty("requiredBeforeTreatment").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, result.GetProperty("advice").GetArrayLength());
    }
}
