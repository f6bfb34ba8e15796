using MesoSafe.Records.Audit;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Patients;
using MesoSafe.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace MesoSafe.Records.Tests;

/// <summary>Each provider's migrations match the model and build a working database from nothing.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => new(TestDatabase.Providers);

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_cover_the_whole_model(string provider)
    {
        using var db = Context(provider, provider == "sqlite" ? "Data Source=:memory:" : "Host=localhost;Database=unused");

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrating_an_empty_database_gives_a_working_store_with_its_audit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var connection = database.ConnectionString;
        await using (var db = Context(provider, connection))
        {
            await RecordsDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
            var clinic = new Clinic { Name = "Migrated" };
            db.Clinics.Add(clinic);
            db.Patients.Add(new Patient { ClinicId = clinic.Id, GivenName = "A", FamilyName = "B", CreatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = Context(provider, connection))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.Patients.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "create", TestContext.Current.CancellationToken));
        }
    }

    /// <summary>Plans saved before plans kept <c>combinedWith</c> read back as combined with nothing.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_plan_saved_before_combinedWith_existed_is_combined_with_nothing(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var connection = database.ConnectionString;
        await using (var db = Context(provider, connection))
        {
            await db.GetService<IMigrator>().MigrateAsync("UnreadCheckInReadings", cancellationToken: ct);
            await db.Database.ExecuteSqlRawAsync(provider == "sqlite" ? SqliteOldPlan : PostgresOldPlan, ct);
            await RecordsDatabase.MigrateAsync(db, ct);
        }

        await using (var db = Context(provider, connection))
        {
            var plan = await db.Plans.SingleAsync(ct);
            Assert.Equal("hair-loss", plan.Indication);
            Assert.Equal(["scalp"], plan.Areas);
            Assert.Empty(plan.CombinedWith);
        }
    }

    private const string SqliteOldPlan = """
        INSERT INTO Clinics (Id, Name, CreatedAt) VALUES ('0E4E1C3A-0000-0000-0000-000000000001', 'Old', 0);
        INSERT INTO Patients (Id, ClinicId, GivenName, FamilyName, CreatedAt, Version)
            VALUES ('0E4E1C3A-0000-0000-0000-000000000002', '0E4E1C3A-0000-0000-0000-000000000001', 'A', 'B', 0, 0);
        INSERT INTO Plans (Id, PatientId, ClinicId, Indication, Areas, Substances, Technique, Sessions, IntervalDays, Revision, CreatedAt, Version)
            VALUES ('0E4E1C3A-0000-0000-0000-000000000003', '0E4E1C3A-0000-0000-0000-000000000002', '0E4E1C3A-0000-0000-0000-000000000001',
                    'hair-loss', '["scalp"]', '["biotin"]', 'point-by-point', 5, 10, 1, 0, 0);
        """;

    private const string PostgresOldPlan = """
        INSERT INTO "Clinics" ("Id", "Name", "CreatedAt") VALUES ('0e4e1c3a-0000-0000-0000-000000000001', 'Old', now());
        INSERT INTO "Patients" ("Id", "ClinicId", "GivenName", "FamilyName", "CreatedAt", "Version")
            VALUES ('0e4e1c3a-0000-0000-0000-000000000002', '0e4e1c3a-0000-0000-0000-000000000001', 'A', 'B', now(), 0);
        INSERT INTO "Plans" ("Id", "PatientId", "ClinicId", "Indication", "Areas", "Substances", "Technique", "Sessions", "IntervalDays", "Revision", "CreatedAt", "Version")
            VALUES ('0e4e1c3a-0000-0000-0000-000000000003', '0e4e1c3a-0000-0000-0000-000000000002', '0e4e1c3a-0000-0000-0000-000000000001',
                    'hair-loss', ARRAY['scalp'], ARRAY['biotin'], 'point-by-point', 5, 10, 1, now(), 0);
        """;

    private static MesoSafeDbContext Context(string provider, string connection)
    {
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(provider, connection);
        return new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
    }
}
