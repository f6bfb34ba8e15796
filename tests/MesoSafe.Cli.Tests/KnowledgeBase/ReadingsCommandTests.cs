using System.Text.Json;
using MesoSafe.Records;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Readings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Cli.Tests.KnowledgeBase;

/// <summary><c>mesosafe kb readings</c> through the real program, on a migrated SQLite file.</summary>
public sealed class ReadingsCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mesosafe-cli-readings", Guid.NewGuid().ToString("N"));

    public ReadingsCommandTests() => Directory.CreateDirectory(_folder);

    private string DatabaseFile => Path.Combine(_folder, "clinic.db");

    [Fact]
    public async Task Readings_become_a_draft_of_candidate_synonyms_counted_per_version()
    {
        await SeedAsync(
            Reading("2026.11.1", "glittering sensation in the eyebrows", "en", "tongue-or-lip-swelling"),
            Reading("2026.11.1", "Glittering  sensation in the eyebrows", "en", "tongue-or-lip-swelling"),
            Reading("2026.11.1", "zorblat", null),
            Reading("2026.12.1", "glittering sensation in the eyebrows", "en", "tongue-or-lip-swelling"));
        var output = Path.Combine(_folder, "draft.json");

        var run = await CliProcess.RunAsync((string?)null, "kb", "readings", "--database", DatabaseFile, "--output", output);

        Assert.Equal(0, run.ExitCode);
        using var draft = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.True(draft.RootElement.GetProperty("draft").GetBoolean());
        var candidates = draft.RootElement.GetProperty("candidates").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetString(), c.GetProperty("words").GetString(), c.GetProperty("language").GetString(),
                c.GetProperty("count").GetInt32(), c.GetProperty("source").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("tongue-or-lip-swelling", "glittering sensation in the eyebrows", "en", 2, "practitioner readings, knowledge base 2026.11.1"),
                ("tongue-or-lip-swelling", "glittering sensation in the eyebrows", "en", 1, "practitioner readings, knowledge base 2026.12.1"),
            ],
            candidates);
    }

    [Fact]
    public async Task The_draft_goes_to_standard_output_without_an_output_file()
    {
        await SeedAsync(Reading("2026.11.1", "puffy lips", "en", "tongue-or-lip-swelling"));

        var run = await CliProcess.RunAsync((string?)null, "kb", "readings", "--database", DatabaseFile);

        Assert.Equal(0, run.ExitCode);
        using var draft = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal("puffy lips", Assert.Single(draft.RootElement.GetProperty("candidates").EnumerateArray()).GetProperty("words").GetString());
    }

    [Fact]
    public async Task A_missing_database_file_is_exit_2_and_is_not_created()
    {
        var missing = Path.Combine(_folder, "none.db");

        var run = await CliProcess.RunAsync((string?)null, "kb", "readings", "--database", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no database file", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static CheckInReading Reading(string version, string words, string? language, params string[] readAs) => new()
    {
        CheckInId = Guid.CreateVersion7(),
        ClinicId = Guid.CreateVersion7(),
        PatientId = Guid.CreateVersion7(),
        PractitionerId = Guid.CreateVersion7(),
        RecordedAt = DateTimeOffset.UnixEpoch,
        Words = [words],
        Language = language,
        ReadAs = [.. readAs],
        Action = "read and called",
        KnowledgeBase = version,
    };

    /// <summary>A migrated database holding only these readings (foreign keys off: the check-ins
    /// they point at are not what this command reads).</summary>
    private async Task SeedAsync(params CheckInReading[] readings)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = Context($"Data Source={DatabaseFile}"))
        {
            await RecordsDatabase.MigrateAsync(db, ct);
        }

        await using (var db = Context($"Data Source={DatabaseFile};Foreign Keys=False"))
        {
            db.CheckInReadings.AddRange(readings);
            await db.SaveChangesAsync(ct);
        }

        SqliteConnection.ClearAllPools();
    }

    private static MesoSafeDbContext Context(string connection)
    {
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(RecordsDatabase.Sqlite, connection);
        return new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
    }
}
