using System.Net;
using System.Text;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>A records request body is at most <see cref="RecordBounds.MaxRequestBytes"/>: the largest
/// field fits, a body over the limit is 413 before it is read, and nothing is stored.</summary>
public sealed class RequestSizeTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_body_over_the_records_limit_is_413_and_one_at_the_largest_field_is_read(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var marker = "S" + Guid.NewGuid().ToString("N")[..12];

        var largest = await PostAsync(world, $$"""{"givenName":"Bo","familyName":"{{marker}}","phone":"{{new string('1', RecordBounds.NarrativeLength)}}"}""");
        var over = await PostAsync(world, $$"""{"givenName":"Bo","familyName":"{{marker}}","phone":"{{new string('1', RecordBounds.MaxRequestBytes)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, largest.StatusCode);
        Assert.Equal("field-too-long", await largest.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal(0, await world.App.WithDbAsync((db, _) => Task.FromResult(db.Patients.Count(p => p.FamilyName == marker))));
    }

    private static Task<HttpResponseMessage> PostAsync(ClinicWorld world, string json) =>
        world.Practitioner.PostAsync("/api/v1/patients", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
