using System.Net;
using System.Net.Http.Json;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Patients;

public sealed class PatientApiTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private async Task<ClinicWorld> WorldAsync(string provider) => await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_registered_patient_is_listed_with_paging_and_a_total(string provider)
    {
        var world = await WorldAsync(provider);
        var created = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "Cleo", familyName = "Aardvark", birthDate = "1970-01-02", sex = "female" });

        var page1 = await (await world.Practitioner.GetTestAsync("/api/v1/patients?page=1&pageSize=2")).BodyAsync();
        var page2 = await (await world.Practitioner.GetTestAsync("/api/v1/patients?page=2&pageSize=2")).BodyAsync();
        var filtered = await (await world.Practitioner.GetTestAsync("/api/v1/patients?name=aardv")).BodyAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(3, page1.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page2.GetProperty("items").GetArrayLength());
        Assert.Equal("Cleo", Assert.Single(filtered.GetProperty("items").EnumerateArray()).GetProperty("givenName").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patient_lists_only_their_own_record(string provider)
    {
        var world = await WorldAsync(provider);

        var list = await (await world.Patient.GetTestAsync("/api/v1/patients")).BodyAsync();

        Assert.Equal(world.PatientId, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patient_reading_another_patients_record_gets_404(string provider)
    {
        var world = await WorldAsync(provider);

        var own = await world.Patient.GetTestAsync($"/api/v1/patients/{world.PatientId}");
        var other = await world.Patient.GetTestAsync($"/api/v1/patients/{world.OtherPatientId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("not-found", await other.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_practitioner_of_another_clinic_gets_404_for_this_clinics_patient(string provider)
    {
        var world = await WorldAsync(provider);
        var elsewhere = await ClinicWorld.CreateAsync(world.App);

        var response = await elsewhere.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}");
        var sessions = await (await elsewhere.Practitioner.GetTestAsync($"/api/v1/sessions?patientId={world.PatientId}")).BodyAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, sessions.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unknown_id_is_404(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.GetTestAsync($"/api/v1/patients/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patient_without_names_answers_400_naming_both_fields(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { sex = "robot" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["familyName", "givenName", "sex"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_malformed_field_answers_400_naming_it(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "A", familyName = "B", birthDate = "yesterday" });
        var paging = await world.Practitioner.GetTestAsync("/api/v1/patients?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("birthDate", await response.ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, paging.StatusCode);
        Assert.Contains("pageSize", await paging.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_edits_from_the_same_version_give_one_success_and_one_409(string provider)
    {
        var world = await WorldAsync(provider);
        var read = await world.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}");
        var etag = read.Headers.ETag!;

        var first = await world.Practitioner.SendTestAsync(Edit(world.PatientId, etag, "Ada-First"));
        var second = await world.Practitioner.SendTestAsync(Edit(world.PatientId, etag, "Ada-Second"));
        var after = await (await world.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}")).BodyAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("version-conflict", await second.ProblemCodeAsync());
        Assert.Equal("Ada-First", after.GetProperty("patient").GetProperty("givenName").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Concurrent_edits_of_one_record_never_both_succeed(string provider)
    {
        var world = await WorldAsync(provider);
        var etag = (await world.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}")).Headers.ETag!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => world.Practitioner.SendTestAsync(Edit(world.PatientId, etag, "Name" + i))));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    private static HttpRequestMessage Edit(Guid id, System.Net.Http.Headers.EntityTagHeaderValue etag, string givenName)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/patients/{id}")
        {
            Content = JsonContent.Create(new { givenName, familyName = "Edited", sex = "female" }),
        };
        request.Headers.IfMatch.Add(etag);
        return request;
    }
}
