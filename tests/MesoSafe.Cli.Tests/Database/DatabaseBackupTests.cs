using MesoSafe.Records;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Patients;
using MesoSafe.Testing.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Cli.Tests.Database;

/// <summary>Issue 11, item 8: <c>mesosafe db backup</c> of a seeded SQLite database, restored into a
/// new file, holds every row of every table; a restore never overwrites a database unasked.</summary>
public sealed class DatabaseBackupTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    private string Seeded => _folder.File("clinic.db");

    public async ValueTask InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(RecordsDatabase.Sqlite, $"Data Source={Seeded}");
        await using var db = new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
        await RecordsDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
        var clinic = new Clinic { Name = "Backup Clinic", Telephone = "+44 20 7946 0000", CreatedAt = TimeProvider.System.GetUtcNow() };
        db.Clinics.Add(clinic);
        var product = new Product { Name = "Backup Cocktail", Manufacturer = "Meso Labs", Substances = ["biotin", "dexpanthenol"] };
        db.Products.Add(product);
        db.Lots.Add(new Lot { ProductId = product.Id, LotNumber = "BK-1", Expiry = new DateOnly(2030, 1, 1) });
        for (var i = 0; i < 50; i++)
        {
            db.Patients.Add(new Patient { ClinicId = clinic.Id, GivenName = "Given" + i, FamilyName = "Family-ü-" + i, BirthDate = new DateOnly(1980, 1, 1).AddDays(i), Email = $"p{i}@example.test" });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        SqliteConnection.ClearAllPools();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_backup_restored_into_a_new_file_holds_every_row_of_every_table()
    {
        var backup = _folder.File("backup.db");
        var restored = _folder.File("restored.db");

        var backedUp = await CliProcess.RunAsync((string?)null, "db", "backup", backup, "--database", Seeded);
        var restoredRun = await CliProcess.RunAsync((string?)null, "db", "restore", backup, "--database", restored);

        Assert.Equal(0, backedUp.ExitCode);
        Assert.Equal(0, restoredRun.ExitCode);
        var original = await DumpAsync(Seeded);
        var copy = await DumpAsync(restored);
        Assert.Contains("Patients", original.Keys);
        Assert.Equal(50, original["Patients"].Count);
        Assert.Contains(original, t => t.Key == "AuditEntries" && t.Value.Count >= 50);
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), copy.Keys.Order(StringComparer.Ordinal));
        Assert.All(original, table => Assert.Equal(table.Value, copy[table.Key]));
    }

    [Fact]
    public async Task A_restore_onto_an_existing_database_needs_replace_and_then_replaces_it()
    {
        var backup = _folder.File("backup-2.db");
        var target = _folder.File("target.db");
        File.Copy(Seeded, target);
        await using (var connection = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"Patients\"";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, (await CliProcess.RunAsync((string?)null, "db", "backup", backup, "--database", Seeded)).ExitCode);
        var refused = await CliProcess.RunAsync((string?)null, "db", "restore", backup, "--database", target);
        Assert.Empty((await DumpAsync(target))["Patients"]);
        var replaced = await CliProcess.RunAsync((string?)null, "db", "restore", backup, "--database", target, "--replace");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--replace", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal((await DumpAsync(Seeded))["Patients"], (await DumpAsync(target))["Patients"]);
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        var existing = _folder.WriteText("existing.db", "keep me");

        var run = await CliProcess.RunAsync((string?)null, "db", "backup", existing, "--database", Seeded);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file", run.StandardError, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing, TestContext.Current.CancellationToken));
    }

    /// <summary>Every table's rows, each row its columns as text, in rowid order.</summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var rows = new List<string>();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            dump[table] = rows;
        }

        return dump;
    }
}
