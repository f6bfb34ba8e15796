using System.Net;
using MesoSafe.Records.Demo;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

public sealed class DemoSeedTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_seed_gives_every_account_its_view(string provider)
    {
        await using var app = new RecordsApp(await TestDatabase.CreateAsync(provider), seedDemo: true);
        var domain = "@" + DemoSeed.Domain;

        var practitioner = await ClinicWorld.SignedInAsync(app, "practitioner" + domain, DemoSeed.DefaultPassword);
        var patient = await ClinicWorld.SignedInAsync(app, "patient" + domain, DemoSeed.DefaultPassword);
        var officer = await ClinicWorld.SignedInAsync(app, "officer" + domain, DemoSeed.DefaultPassword);
        await ClinicWorld.SignedInAsync(app, "patient2" + domain, DemoSeed.DefaultPassword);
        await ClinicWorld.SignedInAsync(app, "admin" + domain, DemoSeed.DefaultPassword);

        var all = await (await practitioner.GetTestAsync("/api/v1/patients")).BodyAsync();
        var own = await (await patient.GetTestAsync("/api/v1/patients")).BodyAsync();
        var queue = await (await practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();
        var events = await (await officer.GetTestAsync("/api/v1/adverse-events")).BodyAsync();
        var lots = await (await officer.GetTestAsync("/api/v1/lots")).BodyAsync();

        Assert.Equal(4, all.GetProperty("totalCount").GetInt32());
        Assert.Equal("patient" + domain, Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal("check-in-urgent", queue.EnumerateArray().First().GetProperty("reason").GetString());
        Assert.Equal(2, events.GetProperty("items")[0].GetProperty("version").GetInt64());
        Assert.Contains(lots.GetProperty("items").EnumerateArray(), l => DateOnly.Parse(l.GetProperty("expiry").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < app.Today);
    }

    [Fact]
    public async Task The_demo_plans_name_knowledge_base_codes_and_charting_ticks_the_whole_checklist()
    {
        await using var app = new RecordsApp(await TestDatabase.CreateAsync("sqlite"), seedDemo: true);
        var practitioner = await ClinicWorld.SignedInAsync(app, "practitioner@" + DemoSeed.Domain, DemoSeed.DefaultPassword);
        var kb = MesoSafe.Knowledge.KnowledgeBase.LoadEmbedded();

        var plans = (await (await practitioner.GetTestAsync("/api/v1/plans")).BodyAsync()).GetProperty("items").EnumerateArray().ToList();
        var sessions = (await (await practitioner.GetTestAsync("/api/v1/sessions")).BodyAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(4, plans.Count);
        Assert.All(plans, p => Assert.NotNull(kb.Find(MesoSafe.Knowledge.EntryKind.Indication, p.GetProperty("indication").GetString()!)));
        Assert.All(plans, p => Assert.All(p.GetProperty("areas").EnumerateArray(), a => Assert.NotNull(kb.Find(MesoSafe.Knowledge.EntryKind.Area, a.GetString()!))));
        Assert.NotEmpty(sessions);
        Assert.All(sessions, s => Assert.Equal(kb.Charting!.Asepsis.Select(a => a.Code), s.GetProperty("asepsis").EnumerateArray().Select(a => a.GetString())));
    }

    [Fact]
    public async Task Without_the_flag_nothing_is_invented()
    {
        await using var app = new RecordsApp(await TestDatabase.CreateAsync("sqlite"));
        var client = app.CreateClient();

        var response = await client.PostJsonAsync("/api/v1/auth/token", new { email = "practitioner@" + DemoSeed.Domain, password = DemoSeed.DefaultPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
