using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Users;

public sealed class UserAdministrationTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_admin_creates_a_practitioner_who_can_then_sign_in_and_see_the_clinic(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var email = $"new-{Guid.NewGuid():N}@test.mesosafe";

        var created = await world.Admin.PostJsonAsync("/api/v1/users", new { email, password = "a-long-enough-password-1", role = "practitioner", clinicIds = new[] { world.ClinicId } });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var client = await ClinicWorld.SignedInAsync(world.App, email, "a-long-enough-password-1");
        var patients = await (await client.GetTestAsync("/api/v1/patients")).BodyAsync();
        var listed = await (await world.Admin.GetTestAsync("/api/v1/users?pageSize=50")).BodyAsync();

        Assert.Equal(2, patients.GetProperty("totalCount").GetInt32());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_admins_manage_users_and_bad_fields_are_named(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var byPractitioner = await world.Practitioner.PostJsonAsync("/api/v1/users", new { email = "x@y.z", password = "a-long-enough-password-1", role = "admin", clinicIds = new[] { world.ClinicId } });
        var invalid = await world.Admin.PostJsonAsync("/api/v1/users", new { email = "nope", role = "wizard", clinicIds = new[] { Guid.NewGuid() } });
        var weak = await world.Admin.PostJsonAsync("/api/v1/users", new { email = $"w-{Guid.NewGuid():N}@t.m", password = "short", role = "practitioner", clinicIds = new[] { world.ClinicId } });

        Assert.Equal(HttpStatusCode.NotFound, byPractitioner.StatusCode);
        Assert.Equal(["clinicIds", "email", "role"], (await invalid.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("password", await weak.ProblemFieldsAsync());
    }
}
