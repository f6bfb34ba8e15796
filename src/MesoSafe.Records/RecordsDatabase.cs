using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records;

/// <summary>Chooses the provider. SQLite is the default (one file, no set-up); PostgreSQL serves a
/// clinic chain. Each provider has its own migrations assembly.</summary>
public static class RecordsDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string DefaultConnectionString = "Data Source=mesosafe.db";

    public static DbContextOptionsBuilder UseRecordsDatabase(this DbContextOptionsBuilder options, string? provider, string? connectionString)
    {
        var chosen = string.IsNullOrWhiteSpace(provider) ? Sqlite : provider.Trim().ToLowerInvariant();
        var connection = string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString;
        return chosen switch
        {
            Sqlite => options.UseSqlite(connection, o => o.MigrationsAssembly("MesoSafe.Records.Sqlite"))
                .AddInterceptors(new SqliteReadTuning()),
            Postgres or "postgresql" or "npgsql" => options.UseNpgsql(connection, o => o.MigrationsAssembly("MesoSafe.Records.Postgres")),
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported; use '{Sqlite}' or '{Postgres}'."),
        };
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL so readers do not
    /// block the writer and a killed process loses nothing acknowledged.</summary>
    public static async Task MigrateAsync(MesoSafeDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
