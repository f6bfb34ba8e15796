using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Plans;

/// <summary>A consent lists the knowledge base's risks for the indication and areas the vocabulary
/// reads in the plan, on both databases.</summary>
public sealed class PlanConsentRiskTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_written_in_words_gets_the_risks_of_its_indication_and_area(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var created = await world.Practitioner.PostJsonAsync("/api/v1/plans", new
        {
            patientId = world.PatientId, indication = "fat reduction", areas = new[] { "belly", "under the eyes" },
            substances = new[] { "phosphatidylcholine" }, technique = "nappage", depthMm = 1.5, sessions = 4, intervalDays = 14,
        });
        var plan = (await created.BodyAsync()).GetProperty("id").GetGuid();

        var form = await (await world.Patient.GetTestAsync($"/api/v1/plans/{plan}/consent")).BodyAsync();
        var accepted = await world.Patient.PostJsonAsync($"/api/v1/plans/{plan}/consent", new { planRevision = 1 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var codes = form.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("liver-strain", codes);
        Assert.Contains("periorbital-sensitivity", codes);
        Assert.DoesNotContain("limited-evidence-hair", codes);
        Assert.Equal(MesoSafe.Knowledge.KnowledgeBase.LoadEmbedded().Version, form.GetProperty("knowledgeBase").GetString());
        Assert.Equal(codes, (await accepted.BodyAsync()).GetProperty("risks").EnumerateArray().Select(r => r.GetString()));
    }
}
