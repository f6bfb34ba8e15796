using System.Diagnostics;
using System.Globalization;
using MesoSafe.Bench.Records;
using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Patients;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run -c Release --project bench/records -- [database file] [patients] [sessions] [adverse events] [--reuse]
// Generates the database (--reuse keeps an existing one and undoes the previous recall), then times the attention queue, a patient's full
// record and the recall of a lot used in 5,000 sessions through the same services the API calls.
var reuse = args.Contains("--reuse", StringComparer.Ordinal);
args = [.. args.Where(a => a != "--reuse")];
var file = Path.GetFullPath(args.ElementAtOrDefault(0) ?? "bench/out/records-bench.db");
var patients = int.Parse(args.ElementAtOrDefault(1) ?? "100000", CultureInfo.InvariantCulture);
var sessions = int.Parse(args.ElementAtOrDefault(2) ?? "1000000", CultureInfo.InvariantCulture);
var adverseEvents = int.Parse(args.ElementAtOrDefault(3) ?? "50000", CultureInfo.InvariantCulture);
var today = new DateOnly(2026, 11, 20);
var clock = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
var connectionString = $"Data Source={file}";

MesoSafeDbContext NewContext()
{
    var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
    options.UseRecordsDatabase(RecordsDatabase.Sqlite, connectionString);
    return new MesoSafeDbContext(options.Options, clock, new AuditActor());
}

if (!reuse && File.Exists(file))
{
    File.Delete(file);
}

var generate = !File.Exists(file);
Directory.CreateDirectory(Path.GetDirectoryName(file)!);
await using (var db = NewContext())
{
    await RecordsDatabase.MigrateAsync(db);
}

await using (var connection = new SqliteConnection(connectionString))
{
    connection.Open();
    if (generate)
    {
        var generation = Stopwatch.StartNew();
        new Generator(connection, today, patients, sessions, adverseEvents).Run(Console.Out);
        Console.WriteLine($"generated {patients:N0} patients, {sessions:N0} sessions, {adverseEvents:N0} adverse events in {generation.Elapsed.TotalSeconds:F1} s; file {new FileInfo(file).Length / 1024 / 1024:N0} MiB");
    }
    else
    {
        Sql.Execute(connection, "UPDATE \"Lots\" SET \"Recalled\" = 0, \"RecalledAt\" = NULL WHERE \"LotNumber\" = 'RECALL-ME'; DELETE FROM \"AttentionItems\" WHERE \"Reason\" = 'lot-recalled';");
    }
}

BenchIds ids;
await using (var connection = new SqliteConnection(connectionString))
{
    connection.Open();
    ids = BenchIds.Read(connection);
}

var clinic = ids.Clinic;
var staff = new CallerScope(ids.Practitioner, new HashSet<string> { ClinicRoles.Practitioner, ClinicRoles.SafetyOfficer }, [clinic], []);
var engine = new ScreeningEngine(KnowledgeBase.LoadEmbedded());

var queueTimes = await TimeAsync(30, async () =>
{
    await using var db = NewContext();
    var queue = await new AttentionQueue(db, clock).TodayAsync(staff, clinic, CancellationToken.None);
    return queue.Value!.Count;
});
Report("attention queue of one clinic (2,000 patients)", queueTimes);

var patientIndex = 0;
var recordTimes = await TimeAsync(30, async () =>
{
    patientIndex++; // a different patient of the same clinic each time: no warm cache of one record
    await using var db = NewContext();
    var record = await new PatientRecords(db, clock, engine).GetRecordAsync(staff, ids.Patients[patientIndex], CancellationToken.None);
    return record!.Sessions.Count;
});
Report("a patient's full record (with the audited read)", recordTimes);

var officer = new CallerScope(Guid.NewGuid(), new HashSet<string> { ClinicRoles.SafetyOfficer, ClinicRoles.Admin }, [clinic], []);
var recallTimes = await TimeAsync(1, async () =>
{
    await using var db = NewContext();
    var recall = await new LotRecalls(db, clock).RecallAsync(officer, ids.RecallLot, "bench", CancellationToken.None);
    return recall.Value!.Exposures.Count;
}, warmups: 0);
Report("recall of a lot used in 5,000 sessions (first recall: marks, lists, queues)", recallTimes);

static async Task<(List<double> Ms, int Size)> TimeAsync(int runs, Func<Task<int>> action, int warmups = 3)
{
    var size = 0;
    for (var i = 0; i < warmups; i++)
    {
        size = await action();
    }

    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        size = await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return (times, size);
}

static void Report(string what, (List<double> Ms, int Size) result)
{
    var sorted = result.Ms.Order().ToList();
    var median = sorted[sorted.Count / 2];
    var p95 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {median:F1} ms, p95 {p95:F1} ms, max {sorted[^1]:F1} ms over {sorted.Count} runs ({result.Size} rows)"));
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
