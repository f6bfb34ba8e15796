using System.CommandLine;
using MesoSafe.Cli.CommandLine;
using Microsoft.Data.Sqlite;

namespace MesoSafe.Cli.Database;

/// <summary><c>mesosafe db backup FILE --database clinic.db</c> and <c>mesosafe db restore FILE
/// --database clinic.db [--replace]</c>: a consistent copy of a SQLite clinic database taken with
/// SQLite's online backup API (the app may keep running), and its way back. PostgreSQL is backed up
/// with pg_dump / pg_restore (README, ADR 0412).</summary>
internal static class DatabaseCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Back up and restore the clinic's SQLite database (PostgreSQL: pg_dump, see README)");
        command.Subcommands.Add(Backup());
        command.Subcommands.Add(Restore());
        return command;
    }

    private static Command Backup()
    {
        var file = new Argument<string>("file") { Description = "The backup file to write (must not exist yet)" };
        file.Validators.Add(r =>
        {
            string? value = r.GetValueOrDefault<string?>();
            if (PathOption.OutputFileProblem(file.Name, value, standardOutput: false) is { } problem)
            {
                r.AddError(problem);
            }
            else if (value is not null && File.Exists(value))
            {
                r.AddError($"file {CliText.Quote(value)}: exists already (a backup never overwrites a file)");
            }
        });
        var database = DatabaseOption("The clinic's SQLite database file to back up");
        database.Validators.Add(r =>
        {
            string? value = r.GetValueOrDefault<string?>();
            if (value is not null && PathOption.InputFileProblem(database.Name, value, standardInput: false) is { } problem)
            {
                r.AddError(problem);
            }
        });
        var command = new Command("backup", "Copy the SQLite database into a new file with the online backup API (safe while the app runs)");
        command.Arguments.Add(file);
        command.Options.Add(database);
        command.SetAction(async (parseResult, ct) =>
        {
            var target = parseResult.GetRequiredValue(file);
            var source = parseResult.GetRequiredValue(database);
            return await SqliteCopy.RunAsync(parseResult.InvocationConfiguration, "backup",
                from: (database.Name, source, ReadOnly: true), to: (file.Name, target), ct);
        });
        return command;
    }

    private static Command Restore()
    {
        var file = new Argument<string>("file") { Description = "The backup file to restore from" };
        file.Validators.Add(r =>
        {
            if (PathOption.InputFileProblem(file.Name, r.GetValueOrDefault<string?>(), standardInput: false) is { } problem)
            {
                r.AddError(problem);
            }
        });
        var database = DatabaseOption("The SQLite database file to restore into (stop the app first)");
        PathOption.OutputFile(database, standardOutput: false);
        var replace = new Option<bool>("--replace") { Description = "Overwrite an existing database file" };
        var command = new Command("restore", "Restore a backup into a SQLite database file (a new one, or an existing one with --replace)");
        command.Arguments.Add(file);
        command.Options.Add(database);
        command.Options.Add(replace);
        command.Validators.Add(r =>
        {
            string? target = r.GetValue(database);
            if (target is not null && File.Exists(target) && !r.GetValue(replace))
            {
                r.AddError($"--database {CliText.Quote(target)}: exists already; add --replace to overwrite it (stop the app first)");
            }
        });
        command.SetAction(async (parseResult, ct) =>
        {
            var source = parseResult.GetRequiredValue(file);
            var target = parseResult.GetRequiredValue(database);
            return await SqliteCopy.RunAsync(parseResult.InvocationConfiguration, "restore",
                from: (file.Name, source, ReadOnly: true), to: (database.Name, target), ct);
        });
        return command;
    }

    /// <summary>A path to a SQLite file: a connection string (PostgreSQL) is refused with the way to
    /// back one up, and never echoed (it may hold a password).</summary>
    private static Option<string> DatabaseOption(string description)
    {
        var option = new Option<string>("--database") { Description = description, Required = true };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && value.Contains('=', StringComparison.Ordinal))
            {
                r.AddError("--database takes a SQLite file path; a PostgreSQL database is backed up with pg_dump (see README)");
            }
        });
        return option;
    }
}
