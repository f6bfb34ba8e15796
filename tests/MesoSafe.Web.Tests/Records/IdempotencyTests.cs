using System.Net;
using System.Net.Http.Json;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

public sealed class IdempotencyTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_duplicate_with_the_same_key_is_stored_once_and_answered_the_same(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var key = Guid.NewGuid().ToString();
        var family = "Idem-" + key[..8];

        var first = await world.Practitioner.SendTestAsync(Post(key, family));
        var second = await world.Practitioner.SendTestAsync(Post(key, family));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.BodyAsync()).GetProperty("id").GetGuid(), (await second.BodyAsync()).GetProperty("id").GetGuid());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await world.App.WithDbAsync((db, _) => db.Patients.CountAsync(p => p.FamilyName == family)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Concurrent_duplicates_with_one_key_write_once(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var key = Guid.NewGuid().ToString();
        var family = "Race-" + key[..8];

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => world.Practitioner.SendTestAsync(Post(key, family))));

        Assert.Equal(1, await world.App.WithDbAsync((db, _) => db.Patients.CountAsync(p => p.FamilyName == family)));
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Different_keys_write_twice(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var family = "Twice-" + Guid.NewGuid().ToString("N")[..8];

        await world.Practitioner.SendTestAsync(Post(Guid.NewGuid().ToString(), family));
        await world.Practitioner.SendTestAsync(Post(Guid.NewGuid().ToString(), family));

        Assert.Equal(2, await world.App.WithDbAsync((db, _) => db.Patients.CountAsync(p => p.FamilyName == family)));
    }

    private static HttpRequestMessage Post(string key, string family)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/patients") { Content = JsonContent.Create(new { givenName = "Ida", familyName = family }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
