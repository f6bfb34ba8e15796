using System.Diagnostics;
using Microsoft.Data.Sqlite;
using static MesoSafe.Bench.Records.BulkInsert;

namespace MesoSafe.Bench.Records;

/// <summary>Fills a migrated SQLite database with a chain's worth of records: 50 clinics, 100,000
/// patients, 1,000,000 sessions over three years, 50,000 adverse events. Deterministic (seed 42).
/// One lot ("RECALL-ME") is used in exactly 5,000 sessions.</summary>
internal sealed class Generator(SqliteConnection connection, DateOnly today, int patients, int sessions, int adverseEvents)
{
    public const int Clinics = 50;
    public const int RecallSessions = 5_000;

    private readonly Random _random = new(42);

    public Guid RecallLotId { get; } = Guid.CreateVersion7();

    public List<Guid> ClinicIds { get; } = [];

    public List<Guid> PatientIds { get; } = [];

    public List<Guid> PractitionerIds { get; } = [];

    public void Run(TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).UtcTicks;
        Exec("PRAGMA synchronous=OFF;");

        for (var c = 0; c < Clinics; c++)
        {
            ClinicIds.Add(Guid.CreateVersion7());
            PractitionerIds.Add(Guid.CreateVersion7());
        }

        Rows(connection, "Clinics", ["Id", "Name", "CreatedAt"], ClinicIds.Select((id, i) => new object?[] { Id(id), "Clinic " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), now }));
        Rows(connection, "AspNetUsers",
            ["Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "DisplayName"],
            PractitionerIds.Select((id, i) => new object?[] { Id(id), $"p{i}@bench", $"P{i}@BENCH", $"p{i}@bench", $"P{i}@BENCH", 1, 0, 0, 1, 0, "Practitioner " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Rows(connection, "ClinicMemberships", ["UserId", "ClinicId"], PractitionerIds.Select((id, i) => new object?[] { Id(id), Id(ClinicIds[i]) }));

        var products = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();
        Rows(connection, "Products", ["Id", "Name", "Manufacturer", "Substances"], products.Select((id, i) => new object?[] { Id(id), "Product " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Maker", "[\"biotin\"]" }));
        var lots = Enumerable.Range(0, 500).Select(_ => Guid.CreateVersion7()).ToList();
        Rows(connection, "Lots", ["Id", "ProductId", "LotNumber", "Expiry", "Recalled", "Version"],
            lots.Select((id, i) => new object?[] { Id(id), Id(products[i % products.Count]), "LOT-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Date(today.AddYears(2)), 0, 0 })
                .Append([Id(RecallLotId), Id(products[0]), "RECALL-ME", Date(today.AddYears(1)), 0, 0]));
        log.WriteLine($"catalog: {watch.Elapsed.TotalSeconds:F1} s");

        var plans = new Guid[patients];
        var clinicOf = new Guid[patients];
        for (var p = 0; p < patients; p++)
        {
            PatientIds.Add(Guid.CreateVersion7());
            plans[p] = Guid.CreateVersion7();
            clinicOf[p] = ClinicIds[p % Clinics];
        }

        Rows(connection, "Patients", ["Id", "ClinicId", "GivenName", "FamilyName", "BirthDate", "Sex", "CreatedAt", "Version"],
            PatientIds.Select((id, p) => new object?[] { Id(id), Id(clinicOf[p]), "Given" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), "Family" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), Date(new DateOnly(1950, 1, 1).AddDays(_random.Next(20_000))), p % 3 == 0 ? "male" : "female", now, 0 }));
        Rows(connection, "Plans", ["Id", "PatientId", "ClinicId", "Indication", "Areas", "Substances", "Technique", "DepthMm", "Sessions", "IntervalDays", "Revision", "CreatedAt", "Version"],
            PatientIds.Select((id, p) => new object?[] { Id(plans[p]), Id(id), Id(clinicOf[p]), "hair-loss", "[\"scalp\"]", "[\"biotin\"]", "point-by-point", 2.0, 10, 10, 1, now, 0 }));
        var intakes = PatientIds.Select(_ => Guid.CreateVersion7()).ToList();
        Rows(connection, "Intakes", ["Id", "PatientId", "ClinicId", "RecordedAt", "Conditions", "Allergies", "Medications", "Smoker", "Alcohol"],
            PatientIds.Select((id, p) => new object?[] { Id(intakes[p]), Id(id), Id(clinicOf[p]), now, "[]", "[]", "[]", 0, 0 }));
        Rows(connection, "Screenings", ["Id", "IntakeId", "PatientId", "ClinicId", "PlannedDate", "Decision", "ResultJson", "KnowledgeBaseVersion", "ScreenedAt"],
            PatientIds.Select((id, p) => new object?[] { Id(Guid.CreateVersion7()), Id(intakes[p]), Id(id), Id(clinicOf[p]), Date(today.AddYears(-3)), "eligible", "{\"decision\":\"eligible\",\"findings\":[]}", "bench", now }));
        log.WriteLine($"patients, plans, intakes, screenings: {watch.Elapsed.TotalSeconds:F1} s");

        // Sessions: 10 per patient on average, spread over three years; the first 5,000 use the recall lot.
        var sessionRows = new List<(Guid Id, int Patient, DateOnly Date)>(sessions);
        for (var s = 0; s < sessions; s++)
        {
            sessionRows.Add((Guid.CreateVersion7(), _random.Next(patients), today.AddDays(-_random.Next(3 * 365))));
        }

        Rows(connection, "Sessions", ["Id", "PatientId", "ClinicId", "PlanId", "Date", "PractitionerId", "Areas", "Technique", "DepthMm", "Asepsis", "ImmediateReactions", "Flags", "ChartedAt", "Version"],
            sessionRows.Select(s => new object?[] { Id(s.Id), Id(PatientIds[s.Patient]), Id(clinicOf[s.Patient]), Id(plans[s.Patient]), Date(s.Date), Id(PractitionerIds[s.Patient % Clinics]), "[\"scalp\"]", "point-by-point", 2.0, "[\"skin-disinfected\"]", "[]", "[]", now, 0 }));
        Rows(connection, "SessionProducts", ["Id", "SessionId", "ProductId", "LotId", "VolumeMl"],
            sessionRows.Select((s, i) => new object?[] { Id(Guid.CreateVersion7()), Id(s.Id), Id(products[0]), Id(i < RecallSessions ? RecallLotId : lots[i % lots.Count]), 2.0 }));
        log.WriteLine($"sessions and products: {watch.Elapsed.TotalSeconds:F1} s");

        // Check-ins only where they can still matter (sessions of the last 120 days), six each.
        int[] days = [1, 3, 7, 14, 30, 90];
        var recent = sessionRows.Where(s => s.Date >= today.AddDays(-120)).ToList();
        Rows(connection, "CheckIns", ["Id", "SessionId", "PatientId", "ClinicId", "DayAfterSession", "DueOn", "SubmittedAt", "TriageLevel"],
            recent.SelectMany(s => days.Select(d =>
            {
                var due = s.Date.AddDays(d);
                var answered = due < today && _random.Next(10) < 8;
                return new object?[] { Id(Guid.CreateVersion7()), Id(s.Id), Id(PatientIds[s.Patient]), Id(clinicOf[s.Patient]), d, Date(due), answered ? now : null, answered ? "self-care" : null };
            })));
        Rows(connection, "AttentionItems", ["Id", "ClinicId", "PatientId", "Reason", "Priority", "RaisedAt"],
            Enumerable.Range(0, 2_000).Select(i => new object?[] { Id(Guid.CreateVersion7()), Id(clinicOf[i]), Id(PatientIds[i]), "check-in-urgent", 1, now }));
        log.WriteLine($"check-ins ({recent.Count * days.Length:N0}) and queue: {watch.Elapsed.TotalSeconds:F1} s");

        var events = Enumerable.Range(0, adverseEvents).Select(_ => (Id: Guid.CreateVersion7(), Session: sessionRows[_random.Next(sessions)])).ToList();
        Rows(connection, "AdverseEvents", ["Id", "PatientId", "ClinicId", "SessionId", "EventCode", "Serious", "Onset", "CreatedAt", "Version"],
            events.Select(e => new object?[] { Id(e.Id), Id(PatientIds[e.Session.Patient]), Id(clinicOf[e.Session.Patient]), Id(e.Session.Id), "nodule", 0, Date(e.Session.Date.AddDays(5)), now, 1 }));
        Rows(connection, "AdverseEventReports", ["Id", "AdverseEventId", "Number", "EventCode", "Onset", "Seriousness", "Severity", "Outcome", "Causality", "SuspectLotIds", "SuspectProductIds", "ReporterType", "RecordedAt"],
            events.Select(e => new object?[] { Id(Guid.CreateVersion7()), Id(e.Id), 1, "nodule", Date(e.Session.Date.AddDays(5)), "[]", "mild", "recovering", "possible", "[]", "[]", "practitioner", now }));
        Exec("PRAGMA synchronous=FULL; ANALYZE;");
        log.WriteLine($"adverse events, ANALYZE: {watch.Elapsed.TotalSeconds:F1} s");
    }

    private void Exec(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
