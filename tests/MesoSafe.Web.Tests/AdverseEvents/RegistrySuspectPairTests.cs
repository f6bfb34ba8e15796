using MesoSafe.Records.Access;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MesoSafe.Web.Tests.AdverseEvents;

/// <summary>The registry's (report, product, event) tuples that the signals page analyses.</summary>
public sealed class RegistrySuspectPairTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private static object Report(ClinicWorld world, string eventCode, Guid[] products, long? version = null) => new
    {
        patientId = world.PatientId,
        eventCode,
        onset = world.Today.AddDays(-3),
        seriousness = Array.Empty<string>(),
        severity = "mild",
        outcome = "recovering",
        causality = "possible",
        suspectLotIds = new[] { world.LotId },
        suspectProductIds = products,
        reporterType = "practitioner",
        version,
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Pairs_come_from_the_latest_version_of_the_callers_clinic_only(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var mine = await ClinicWorld.CreateAsync(app);
        var other = await ClinicWorld.CreateAsync(app);
        var named = (await (await mine.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(mine, "nodule", [mine.ProductId]))).BodyAsync()).GetProperty("id").GetGuid();
        await mine.Officer.PostJsonAsync($"/api/v1/adverse-events/{named}/follow-ups", Report(mine, "bruising", [mine.ProductId], version: 1));
        var byLot = (await (await mine.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(mine, "nodule", []))).BodyAsync()).GetProperty("id").GetGuid();
        await other.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(other, "nodule", [other.ProductId]));

        var pairs = await app.WithDbAsync(async (db, services) =>
        {
            var officer = await services.GetRequiredService<UserManager<ClinicUser>>().FindByEmailAsync(mine.PractitionerEmail.Replace("practitioner-", "officer-", StringComparison.Ordinal));
            var scope = await CallerScope.LoadAsync(db, officer!.Id, [ClinicRoles.SafetyOfficer], CancellationToken.None);
            return await services.GetRequiredService<AdverseEventRegistry>().SuspectPairsAsync(scope, CancellationToken.None);
        });

        var product = await app.WithDbAsync(async (db, _) => (await db.Products.FindAsync(mine.ProductId))!.Name);
        Assert.Equal(
            [(named, product, "bruising"), (byLot, product, "nodule")],
            pairs.Select(p => (p.AdverseEventId, p.Product, p.EventCode)).OrderBy(p => p.EventCode, StringComparer.Ordinal));
    }
}
