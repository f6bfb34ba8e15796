using System.Text;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;
using Xunit;

namespace MesoSafe.Cli.Tests.Triage;

public sealed class TriageRequestJsonTests
{
    private static ParsedRequest<TriageRequest> Parse(string json) =>
        TriageRequestJson.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_the_contract_example_and_applies_the_defaults()
    {
        var parsed = Parse("""
            {"id":"t-4","sessionDate":"2026-11-10","reportedOn":"2026-11-12","areas":["face"],
             "substances":["hyaluronic-acid"],"temperatureC":37.1,
             "symptoms":[{"code":"swelling","severity":"moderate","startedDaysAfterSession":1,"spreading":true,"worsening":false},
                         {"code":"can't breathe"}],
             "text":"optional free-text description"}
            """);

        Assert.Null(parsed.Problem);
        var request = parsed.Request!;
        Assert.Equal(2, request.DaysSinceSession);
        Assert.Equal(37.1, request.TemperatureC);
        Assert.Equal(new ReportedSymptom { Code = "swelling", Severity = SymptomSeverity.Moderate, StartedDaysAfterSession = 1, Spreading = true }, request.Symptoms[0]);
        Assert.Equal(new ReportedSymptom { Code = "can't breathe", Severity = SymptomSeverity.Mild, StartedDaysAfterSession = 0 }, request.Symptoms[1]);
        Assert.Equal("optional free-text description", request.Text);
    }

    [Theory]
    [InlineData("""{"reportedOn":"2026-11-12"}""", "sessionDate", RequestErrorCodes.Required)]
    [InlineData("""{"sessionDate":"2026-11-10"}""", "reportedOn", RequestErrorCodes.Required)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-09"}""", "reportedOn", RequestErrorCodes.DateOrder)]
    [InlineData("""{"sessionDate":"2026-13-45","reportedOn":"2026-11-12"}""", "sessionDate", RequestErrorCodes.InvalidDate)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","temperatureC":60}""", "temperatureC", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","temperatureC":25.5}""", "temperatureC", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","temperatureC":"38"}""", "temperatureC", RequestErrorCodes.InvalidType)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","severity":"extreme"}]}""", "symptoms[0].severity", RequestErrorCodes.UnknownValue)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain"},{"code":"swelling"},{"code":"pain","severity":3}]}""", "symptoms[2].severity", RequestErrorCodes.InvalidType)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"severity":"mild"}]}""", "symptoms[0].code", RequestErrorCodes.Required)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[null]}""", "symptoms[0]", RequestErrorCodes.NullEntry)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":["pain"]}""", "symptoms[0]", RequestErrorCodes.InvalidType)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","startedDaysAfterSession":-1}]}""", "symptoms[0].startedDaysAfterSession", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","startedDaysAfterSession":5}]}""", "symptoms[0].startedDaysAfterSession", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","startedDaysAfterSession":1.5}]}""", "symptoms[0].startedDaysAfterSession", RequestErrorCodes.InvalidType)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","spreading":"yes"}]}""", "symptoms[0].spreading", RequestErrorCodes.InvalidType)]
    [InlineData("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":{"code":"pain"}}""", "symptoms", RequestErrorCodes.InvalidType)]
    public void Names_the_bad_field_and_its_code(string json, string field, string code)
    {
        var parsed = Parse(json);

        Assert.Null(parsed.Request);
        Assert.Contains(parsed.Problem!.Errors, error => error.Field == field && error.Code == code);
    }

    [Fact]
    public void Accepts_any_capitalisation_of_a_severity()
    {
        var parsed = Parse("""{"sessionDate":"2026-11-10","reportedOn":"2026-11-10","symptoms":[{"code":"pain","severity":"Severe"}]}""");

        Assert.Equal(SymptomSeverity.Severe, parsed.Request!.Symptoms[0].Severity);
    }

    [Fact]
    public void Rejects_text_over_its_limit_and_a_symptom_list_over_its_limit_together()
    {
        var text = new string('a', RequestLimits.MaxTextLength + 1);
        var symptoms = string.Join(',', Enumerable.Repeat("{\"code\":\"pain\"}", RequestLimits.MaxListEntries + 1));

        var parsed = Parse("{\"sessionDate\":\"2026-11-10\",\"reportedOn\":\"2026-11-12\",\"text\":\"" + text + "\",\"symptoms\":[" + symptoms + "]}");

        Assert.Equal(
            [("symptoms", RequestErrorCodes.TooManyEntries), ("text", RequestErrorCodes.TooLong)],
            parsed.Problem!.Errors.Select(error => (error.Field, error.Code)).Order());
    }
}
