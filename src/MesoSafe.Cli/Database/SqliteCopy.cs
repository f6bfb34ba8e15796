using System.CommandLine;
using MesoSafe.Cli.CommandLine;
using Microsoft.Data.Sqlite;

namespace MesoSafe.Cli.Database;

/// <summary>One SQLite database copied page by page into another with the online backup API
/// (<c>sqlite3_backup</c>): a consistent snapshot even while the app writes. The source must be a
/// MesoSafe database (it has EF's migrations history); a backup is written beside its target and
/// moved into place, so a failed run leaves no half-written file.</summary>
internal static class SqliteCopy
{
    private const string MigrationsHistory = "__EFMigrationsHistory";

    public static async Task<int> RunAsync(InvocationConfiguration console, string verb,
        (string Name, string Path, bool ReadOnly) from, (string Name, string Path) to, CancellationToken ct)
    {
        var error = console.Error;
        var source = Path.GetFullPath(from.Path);
        var target = Path.GetFullPath(to.Path);
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"mesosafe db {verb}: {to.Name} {CliText.Quote(to.Path)}: is the same file as {from.Name}");
            return 2;
        }

        var staging = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".part");
        try
        {
            await using (var reader = Open(source, SqliteOpenMode.ReadOnly))
            {
                try
                {
                    await reader.OpenAsync(ct);
                    if (!await IsMesoSafeAsync(reader, ct))
                    {
                        await error.WriteLineAsync($"mesosafe db {verb}: {from.Name} {CliText.Quote(from.Path)}: not a MesoSafe database (no migrations history)");
                        return 2;
                    }
                }
                catch (SqliteException exception)
                {
                    await error.WriteLineAsync($"mesosafe db {verb}: {from.Name} {CliText.Quote(from.Path)}: cannot be read as a SQLite database ({CliText.OneLine(exception.Message)})");
                    return 2;
                }

                try
                {
                    await using var writer = Open(staging, SqliteOpenMode.ReadWriteCreate);
                    await writer.OpenAsync(ct);
                    reader.BackupDatabase(writer);
                }
                catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"mesosafe db {verb}: {to.Name} {CliText.Quote(to.Path)}: cannot be written ({CliText.OneLine(exception.Message)})");
                    return 2;
                }
            }

            File.Move(staging, target, overwrite: true);
            // A restored file replaces one whose WAL and shared-memory files belong to the old content.
            File.Delete(target + "-wal");
            File.Delete(target + "-shm");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"mesosafe db {verb}: {to.Name} {CliText.Quote(to.Path)}: cannot be written ({CliText.OneLine(exception.Message)})");
            return 2;
        }
        finally
        {
            TryDelete(staging);
        }

        var bytes = new FileInfo(target).Length;
        await console.Output.WriteLineAsync($"{verb}: {CliText.Quote(from.Path)} -> {CliText.Quote(to.Path)} ({bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes)");
        return 0;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ConnectionString);

    private static async Task<bool> IsMesoSafeAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", MigrationsHistory);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A staging file left behind is named ".*.part": harmless, and the error above says why.
        }
    }
}
