using Xunit;

namespace MesoSafe.Cli.Tests.Triage;

/// <summary>Triage levels through the real program: the wire layer and the engine together.</summary>
public sealed class TriageEndToEndTests
{
    [Fact]
    public async Task Triages_a_batch_into_the_levels_the_rules_require()
    {
        string[] lines =
        [
            """{"id":"breathing","sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"can't breathe"}]}""",
            """{"id":"swelling","sessionDate":"2026-11-10","reportedOn":"2026-11-11","symptoms":[{"code":"swelling"}]}""",
            """{"id":"fever","sessionDate":"2026-11-10","reportedOn":"2026-11-12","temperatureC":38.6,"symptoms":[]}""",
            """{"id":"strange","sessionDate":"2026-11-10","reportedOn":"2026-11-11","symptoms":[{"code":"glowing ears"}]}""",
        ];

        var run = await CliProcess.RunAsync(string.Join("\r\n", lines), "triage");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [("breathing", "emergency"), ("swelling", "self-care"), ("fever", "urgent"), ("strange", "urgent")],
            run.Answers.Select(answer => (answer.GetProperty("id").GetString(), answer.GetProperty("level").GetString())));
        Assert.Equal(["glowing ears"], run.Answers[3].GetProperty("unrecognized").EnumerateArray().Select(entry => entry.GetString()));
        Assert.NotEmpty(run.Answers[0].GetProperty("advice").EnumerateArray());
    }
}
