using System.CommandLine;
using MesoSafe.Cli.CommandLine;
using MesoSafe.Records;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Readings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Cli.KnowledgeBase;

/// <summary><c>mesosafe kb readings --database X [--provider sqlite|postgres] [--output draft.json]</c>:
/// practitioners' readings of unread check-ins, as a draft of candidate synonyms. It only reads the
/// clinic's database and never changes the knowledge base (ADR 0404).</summary>
internal static class ReadingsCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--database") { Description = "The clinic's database: a SQLite file, or a connection string", Required = true };
        var provider = new Option<string>("--provider") { Description = "sqlite (default) or postgres", DefaultValueFactory = _ => RecordsDatabase.Sqlite };
        ChoiceOption.OneOf(provider, RecordsDatabase.Sqlite, RecordsDatabase.Postgres);
        database.Validators.Add(r =>
        {
            // A bare path is a SQLite file; anything with '=' is a connection string, checked on opening.
            string? value = r.GetValueOrDefault<string?>();
            if (value is not null && !value.Contains('=', StringComparison.Ordinal) && !File.Exists(value))
            {
                r.AddError(PathOption.InputFileProblem(database.Name, value, standardInput: false) is { } problem && !problem.EndsWith("no such file", StringComparison.Ordinal)
                    ? problem
                    : $"--database {CliText.Quote(value)}: no database file (a SQLite file is never created here)");
            }
        });
        var output = new Option<string>("--output") { Description = "Where to write the draft JSON (default: standard output)" };
        PathOption.OutputFile(output, standardOutput: true);
        var command = new Command("readings", "Export practitioners' readings of unread check-ins as a draft of candidate synonyms (JSON)");
        command.Options.Add(database);
        command.Options.Add(provider);
        command.Options.Add(output);
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var chosen = parseResult.GetValue(provider) ?? RecordsDatabase.Sqlite;
            var connection = ConnectionString(parseResult.GetRequiredValue(database), chosen, out var problem);
            if (connection is null)
            {
                await error.WriteLineAsync("mesosafe kb readings: " + problem);
                return 2;
            }

            string json;
            try
            {
                var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
                options.UseRecordsDatabase(chosen, connection);
                await using var db = new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
                var counts = await CheckInReadings.TallyAsync(db.CheckInReadings, ct);
                json = ReadingDraft.From(counts, TimeProvider.System.GetUtcNow()).ToJson();
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
            {
                // A connection string is not echoed: it may hold a password.
                string named = parseResult.GetRequiredValue(database) is var given && given.Contains('=', StringComparison.Ordinal) ? "(a connection string)" : CliText.Quote(given);
                await error.WriteLineAsync($"mesosafe kb readings: --database {named}: cannot read the readings ({CliText.OneLine(exception.Message)}); is it a MesoSafe database, migrated by the app?");
                return 2;
            }

            var file = parseResult.GetValue(output);
            if (file is null or "-")
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(json);
                return 0;
            }

            try
            {
                await File.WriteAllTextAsync(file, json + "\n", ct);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"mesosafe kb readings: --output {CliText.Quote(file)}: cannot write: {CliText.OneLine(exception.Message)}");
                return 2;
            }

            return 0;
        });
        return command;
    }

    /// <summary>A bare path is a SQLite file, opened read-only (a missing file is an error, never
    /// created); anything with '=' is a connection string as given.</summary>
    private static string? ConnectionString(string database, string provider, out string problem)
    {
        problem = string.Empty;
        if (database.Contains('=', StringComparison.Ordinal))
        {
            return database;
        }

        if (provider != RecordsDatabase.Sqlite)
        {
            problem = "--database is a connection string for postgres (Host=...;Database=...;Username=...).";
            return null;
        }

        if (!File.Exists(database))
        {
            problem = $"--database {CliText.Quote(database)}: no database file.";
            return null;
        }

        return new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database), Mode = SqliteOpenMode.ReadOnly }.ConnectionString;
    }
}
