using MesoSafe.Records;
using MesoSafe.Records.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Cli.Tests.CommandLine;

/// <summary>The files and folders the hostile-option runs point at: valid inputs for the runs that
/// must succeed, and the wrong things (a folder for a file, a file for a folder, missing paths).</summary>
public sealed class HostileFiles : IAsyncLifetime
{
    private int _outputs;

    public string Root { get; } = Directory.CreateTempSubdirectory("mesosafe-hostile-").FullName;

    public string ReportCsv => Path.Combine(Root, "reports.csv");

    public string ScreenRequests => Path.Combine(Root, "screen.jsonl");

    public string TriageRequests => Path.Combine(Root, "triage.jsonl");

    public string Database => Path.Combine(Root, "clinic.db");

    /// <summary>A regular file that is neither a report file nor a database.</summary>
    public string PlainFile => Path.Combine(Root, "plain.txt");

    public string Folder => Path.Combine(Root, "a-folder");

    /// <summary>A folder holding nothing (not a FAERS folder).</summary>
    public string EmptyFolder => Path.Combine(Root, "empty-folder");

    /// <summary>A folder whose name looks like an image file.</summary>
    public string FolderNamedSvg => Path.Combine(Root, "chart.svg");

    public string Missing => Path.Combine(Root, "no-such-file.csv");

    public string MissingFolder => Path.Combine(Root, "no-such-folder");

    /// <summary>A path of its own for one run's output (runs go side by side).</summary>
    public string NewOutput(string extension) => Path.Combine(Root, "out-" + Interlocked.Increment(ref _outputs) + extension);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(EmptyFolder);
        Directory.CreateDirectory(FolderNamedSvg);
        await File.WriteAllTextAsync(ReportCsv, "id,product,event\n1,A,X\n2,A,X\n3,B,Y\n4,B,X\n5,C,Y\n", ct);
        await File.WriteAllTextAsync(PlainFile, "not a database\n", ct);
        await File.WriteAllTextAsync(ScreenRequests,
            """{"id":"one","date":"2026-11-22","patient":{"birthDate":"1990-05-01","previousMesotherapy":true},"plan":{"indication":"hair-loss","areas":["scalp"],"substances":["biotin"]}}""" + "\n", ct);
        await File.WriteAllTextAsync(TriageRequests,
            """{"id":"one","sessionDate":"2026-11-10","reportedOn":"2026-11-11","symptoms":[{"code":"swelling"}]}""" + "\n", ct);
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(RecordsDatabase.Sqlite, $"Data Source={Database}");
        await using (var db = new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor()))
        {
            await RecordsDatabase.MigrateAsync(db, ct);
        }

        SqliteConnection.ClearAllPools();
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
