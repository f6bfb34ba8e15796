using System.Text;
using MesoSafe.Clinical.Json;
using Xunit;

namespace MesoSafe.Cli.Tests.Screening;

public sealed class ScreeningRequestJsonTests
{
    private const string ValidPlan = """{"indication":"hair-loss","areas":["scalp"],"substances":["biotin"],"anesthetic":null,"technique":"nappage","depthMm":2.0,"combinedWith":[]}""";

    private static ParsedRequest<MesoSafe.Clinical.Screening.ScreeningRequest> Parse(string json) =>
        ScreeningRequestJson.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_the_contract_example_into_the_validated_request()
    {
        var parsed = Parse("""
            {"id":"case-17","date":"2026-11-22",
             "patient":{"birthDate":"1990-05-01","sex":"female","previousMesotherapy":false},
             "conditions":["pregnancy"],"allergies":["lidocaine"],"medications":["aspirin"],
             "habits":{"smoker":true,"alcohol":false},
             "plan":{"indication":"hair-loss","areas":["scalp"],"substances":["biotin","dexpanthenol"],
                     "anesthetic":"lidocaine","technique":"point-by-point","depthMm":2.0,"combinedWith":["prp"]}}
            """);

        Assert.Null(parsed.Problem);
        var request = parsed.Request!;
        Assert.Equal("case-17", request.Id);
        Assert.Equal(new DateOnly(2026, 11, 22), request.Date);
        Assert.Equal(new DateOnly(1990, 5, 1), request.Patient.BirthDate);
        Assert.False(request.Patient.PreviousMesotherapy);
        Assert.Equal(["pregnancy"], request.Conditions);
        Assert.Equal(["lidocaine"], request.Allergies);
        Assert.Equal(["aspirin"], request.Medications);
        Assert.True(request.Habits.Smoker);
        Assert.Equal(["biotin", "dexpanthenol"], request.Plan.Substances);
        Assert.Equal("lidocaine", request.Plan.Anesthetic);
        Assert.Equal(2.0, request.Plan.DepthMm);
        Assert.Equal(["prp"], request.Plan.CombinedWith);
    }

    [Fact]
    public void Reads_the_added_plan_fields_sessions_and_interval()
    {
        var parsed = Parse("""{"date":"2026-11-22","plan":{"sessions":6,"intervalDays":10}}""");

        Assert.Null(parsed.Problem);
        Assert.Equal((6, 10), (parsed.Request!.Plan.Sessions, parsed.Request.Plan.IntervalDays));
    }

    [Fact]
    public void Without_the_added_plan_fields_sessions_and_interval_are_absent()
    {
        var parsed = Parse("""{"date":"2026-11-22","plan":{"sessions":null}}""");

        Assert.Null(parsed.Problem);
        Assert.Null(parsed.Request!.Plan.Sessions);
        Assert.Null(parsed.Request.Plan.IntervalDays);
    }

    [Fact]
    public void Accepts_empty_lists_a_byte_order_mark_and_unknown_properties()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("""{"date":"2026-11-22","conditions":[],"futureField":{"x":1},"plan":{"areas":[]}}"""))
            .ToArray();

        var parsed = ScreeningRequestJson.Parse(bytes);

        Assert.Null(parsed.Problem);
        Assert.Empty(parsed.Request!.Conditions);
        Assert.Null(parsed.Request.Patient.BirthDate);
    }

    [Theory]
    [InlineData("""{"plan":{}}""", "date", RequestErrorCodes.Required)]
    [InlineData("""{"date":"2026-11-22"}""", "plan", RequestErrorCodes.Required)]
    [InlineData("""{"date":"2026-11-22","plan":null}""", "plan", RequestErrorCodes.Required)]
    [InlineData("""{"date":"2026-13-45","plan":{}}""", "date", RequestErrorCodes.InvalidDate)]
    [InlineData("""{"date":"22/11/2026","plan":{}}""", "date", RequestErrorCodes.InvalidDate)]
    [InlineData("""{"date":20261122,"plan":{}}""", "date", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":[]}""", "plan", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"depthMm":-1}}""", "plan.depthMm", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"depthMm":25}}""", "plan.depthMm", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"depthMm":"2"}}""", "plan.depthMm", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"depthMm":1e400}}""", "plan.depthMm", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","conditions":["\ud800"],"plan":{}}""", "conditions[0]", RequestErrorCodes.InvalidText)]
    [InlineData("""{"date":"2026-11-22","plan":{"areas":"scalp"}}""", "plan.areas", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"substances":["biotin",null]}}""", "plan.substances[1]", RequestErrorCodes.NullEntry)]
    [InlineData("""{"date":"2026-11-22","plan":{"substances":["biotin",7]}}""", "plan.substances[1]", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","conditions":["  "],"plan":{}}""", "conditions[0]", RequestErrorCodes.EmptyValue)]
    [InlineData("""{"date":"2026-11-22","medications":{},"plan":{}}""", "medications", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","habits":{"smoker":"yes"},"plan":{}}""", "habits.smoker", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","patient":{"birthDate":"2030-01-01"},"plan":{}}""", "patient.birthDate", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","patient":{"birthDate":"1990-02-30"},"plan":{}}""", "patient.birthDate", RequestErrorCodes.InvalidDate)]
    [InlineData("""{"date":"2026-11-22","patient":{"previousMesotherapy":1},"plan":{}}""", "patient.previousMesotherapy", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","patient":"Ann","plan":{}}""", "patient", RequestErrorCodes.InvalidType)]
    [InlineData("""{"id":{"a":1},"date":"2026-11-22","plan":{}}""", "id", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"sessions":0}}""", "plan.sessions", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"sessions":51}}""", "plan.sessions", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"sessions":4.5}}""", "plan.sessions", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"sessions":"6"}}""", "plan.sessions", RequestErrorCodes.InvalidType)]
    [InlineData("""{"date":"2026-11-22","plan":{"intervalDays":0}}""", "plan.intervalDays", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"intervalDays":366}}""", "plan.intervalDays", RequestErrorCodes.OutOfRange)]
    [InlineData("""{"date":"2026-11-22","plan":{"intervalDays":true}}""", "plan.intervalDays", RequestErrorCodes.InvalidType)]
    public void Names_the_bad_field_and_its_code(string json, string field, string code)
    {
        var parsed = Parse(json);

        Assert.Null(parsed.Request);
        Assert.Equal(RequestErrorCodes.InvalidRequest, parsed.Problem!.Code);
        Assert.Contains(parsed.Problem.Errors, error => error.Field == field && error.Code == code);
    }

    [Fact]
    public void Collects_every_bad_field_not_only_the_first()
    {
        var parsed = Parse("""
            {"id":"many","date":"2026-02-30","conditions":[null],"habits":{"alcohol":"no"},
             "plan":{"depthMm":99,"areas":[1]}}
            """);

        var fields = parsed.Problem!.Errors.Select(error => error.Field).ToArray();
        Assert.Equal(["conditions[0]", "date", "habits.alcohol", "plan.areas[0]", "plan.depthMm"], fields.Order(StringComparer.Ordinal));
        Assert.Equal("many", parsed.Id);
    }

    [Fact]
    public void Rejects_a_string_over_the_entry_limit_and_says_the_limit()
    {
        var longEntry = new string('x', RequestLimits.MaxEntryLength + 1);

        var parsed = Parse("{\"date\":\"2026-11-22\",\"medications\":[\"" + longEntry + "\"],\"plan\":" + ValidPlan + "}");

        var error = Assert.Single(parsed.Problem!.Errors);
        Assert.Equal(("medications[0]", RequestErrorCodes.TooLong), (error.Field, error.Code));
        Assert.Contains("2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_list_over_the_entry_limit()
    {
        var entries = string.Join(',', Enumerable.Repeat("\"aspirin\"", RequestLimits.MaxListEntries + 1));

        var parsed = Parse("{\"date\":\"2026-11-22\",\"medications\":[" + entries + "],\"plan\":" + ValidPlan + "}");

        var error = Assert.Single(parsed.Problem!.Errors);
        Assert.Equal(("medications", RequestErrorCodes.TooManyEntries), (error.Field, error.Code));
    }

    [Theory]
    [InlineData("{\"date\":", RequestErrorCodes.InvalidJson)]
    [InlineData("not json", RequestErrorCodes.InvalidJson)]
    [InlineData("", RequestErrorCodes.InvalidJson)]
    [InlineData("{\"date\":\"2026-11-22\",\"plan\":{}} {}", RequestErrorCodes.InvalidJson)]
    [InlineData("[1,2]", RequestErrorCodes.NotAnObject)]
    [InlineData("\"text\"", RequestErrorCodes.NotAnObject)]
    public void Gives_a_whole_request_code_when_the_text_is_not_a_json_object(string text, string code)
    {
        var parsed = Parse(text);

        Assert.Equal(code, parsed.Problem!.Code);
        Assert.Null(parsed.Id);
    }

    [Fact]
    public void Reports_bytes_that_are_not_utf8_as_invalid_json_instead_of_throwing()
    {
        byte[] bytes = [.. "{\"date\":\"2026-11-22\",\"conditions\":[\""u8, 0xFF, 0xFE, .. "\"],\"plan\":{}}"u8];

        var parsed = ScreeningRequestJson.Parse(bytes);

        Assert.Equal(RequestErrorCodes.InvalidJson, parsed.Problem!.Code);
    }

    [Fact]
    public void Keeps_a_numeric_id_as_its_text()
    {
        var parsed = Parse("""{"id":17,"date":"2026-11-22","plan":{}}""");

        Assert.Equal("17", parsed.Request!.Id);
    }
}
