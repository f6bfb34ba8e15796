using System.Text.Json;
using Xunit;

namespace MesoSafe.Cli.Tests.Screening;

/// <summary>Decisions through the real program: the wire layer and the engines together.</summary>
public sealed class ScreenEndToEndTests
{
    private static string Request(string id, string entries) =>
        "{\"id\":\"" + id + "\",\"date\":\"2026-11-22\",\"patient\":{\"birthDate\":\"1990-05-01\",\"previousMesotherapy\":true}," + entries
        + "\"plan\":{\"indication\":\"hair-loss\",\"areas\":[\"scalp\"],\"substances\":[\"biotin\"],\"technique\":\"nappage\",\"depthMm\":1.5}}";

    [Fact]
    public async Task Screens_a_batch_into_the_decisions_the_rules_require()
    {
        string[] lines =
        [
            Request("pregnant", "\"conditions\":[\"Pregnant\"],"),
            Request("coumadin", "\"medications\":[\"Coumadin\"],"),
            Request("unknown-medicine", "\"medications\":[\"zorblaxin 5 mg\"],"),
            Request("lidocaine-allergy", "\"allergies\":[\"lidocaine\"],").Replace("\"technique\"", "\"anesthetic\":\"lidocaine\",\"technique\"", StringComparison.Ordinal),
        ];

        var run = await CliProcess.RunAsync(string.Join('\n', lines) + "\n", "screen");

        Assert.Equal(0, run.ExitCode);
        var answers = run.Answers;
        Assert.Equal(("pregnant", "deferred"), Decision(answers[0]));
        Assert.Contains("pregnancy", FindingCodes(answers[0]));
        Assert.Equal(("coumadin", "contraindicated"), Decision(answers[1]));
        Assert.Contains("anticoagulant-therapy", FindingCodes(answers[1]));
        Assert.Equal(("unknown-medicine", "needs-review"), Decision(answers[2]));
        Assert.Equal(["zorblaxin 5 mg"], answers[2].GetProperty("unrecognized").EnumerateArray().Select(entry => entry.GetString()));
        Assert.Equal(("lidocaine-allergy", "contraindicated"), Decision(answers[3]));
        var allergy = answers[3].GetProperty("findings").EnumerateArray().Single(finding => finding.GetProperty("code").GetString() == "allergy-to-component");
        Assert.Equal("lidocaine", allergy.GetProperty("subject").GetString());
        Assert.All(answers, answer => Assert.False(string.IsNullOrEmpty(answer.GetProperty("knowledgeBase").GetString())));
    }

    [Fact]
    public async Task Requires_a_sensitivity_test_before_a_first_session()
    {
        var run = await CliProcess.RunAsync(
            """{"id":"first","date":"2026-11-22","patient":{"birthDate":"1990-05-01"},"plan":{"indication":"hair-loss","areas":["scalp"],"substances":["biotin"]}}""",
            "screen");

        Assert.Contains("sensitivity-test", Assert.Single(run.Answers).GetProperty("requiredBeforeTreatment").EnumerateArray().Select(step => step.GetString()));
    }

    [Fact]
    public async Task Requires_a_physical_examination_even_for_a_returning_patient()
    {
        var run = await CliProcess.RunAsync(Request("returning", ""), "screen");

        Assert.Equal(["physical-examination"], Assert.Single(run.Answers).GetProperty("requiredBeforeTreatment").EnumerateArray().Select(step => step.GetString()));
    }

    [Theory]
    [InlineData(6, 10, "eligible", "")]
    [InlineData(20, 10, "eligible-with-precautions", "course-too-many-sessions")]
    [InlineData(6, 3, "eligible-with-precautions", "course-interval-too-short")]
    [InlineData(2, 10, "eligible", "course-too-few-sessions")]
    [InlineData(6, 60, "eligible", "course-interval-too-long")]
    public async Task Checks_the_added_plan_fields_against_the_course_of_sessions(int sessions, int intervalDays, string decision, string finding)
    {
        var line = Request("course", "").Replace("\"depthMm\":1.5", "\"depthMm\":1.5,\"sessions\":" + sessions + ",\"intervalDays\":" + intervalDays, StringComparison.Ordinal)
            .Replace("\"hair-loss\"", "\"facial-rejuvenation\"", StringComparison.Ordinal);

        var answer = Assert.Single((await CliProcess.RunAsync(line, "screen")).Answers);

        Assert.Equal(("course", decision), Decision(answer));
        Assert.Equal(finding.Split(',', StringSplitOptions.RemoveEmptyEntries), FindingCodes(answer));
    }

    [Fact]
    public async Task Gives_the_pre_session_advice_unless_treatment_is_ruled_out()
    {
        var run = await CliProcess.RunAsync(Request("well", "") + "\n" + Request("stroke", "\"conditions\":[\"stroke\"],") + "\n", "screen");

        var advice = run.Answers.Select(answer => answer.GetProperty("advice").EnumerateArray().Select(line => line.GetString()).ToList()).ToList();
        Assert.Equal(2, advice[0].Count);
        Assert.Contains(advice[0], line => line!.Contains("hydrated", StringComparison.Ordinal));
        Assert.Contains(advice[0], line => line!.Contains("strenuous exercise", StringComparison.Ordinal));
        Assert.Empty(advice[1]);
    }

    private static (string?, string?) Decision(JsonElement answer) =>
        (answer.GetProperty("id").GetString(), answer.GetProperty("decision").GetString());

    private static IEnumerable<string?> FindingCodes(JsonElement answer) =>
        answer.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString());
}
