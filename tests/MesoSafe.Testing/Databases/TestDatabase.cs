using MesoSafe.Testing.Files;
using Npgsql;

namespace MesoSafe.Testing.Databases;

/// <summary>A uniquely named, throw-away database on one provider: a SQLite file in a temp folder,
/// or a PostgreSQL database on the server named by MESOSAFE_TEST_POSTGRES (created and dropped).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MESOSAFE_TEST_POSTGRES";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Every persistence test runs on both.</summary>
    public static IReadOnlyList<string> Providers { get; } = [Sqlite, Postgres];

    private readonly TempFolder _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, TempFolder folder, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A private temp folder (the SQLite file, data-protection keys).</summary>
    public string Folder => _folder.Path;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = new TempFolder();
        if (provider == Sqlite)
        {
            return new TestDatabase(provider, $"Data Source={folder.File("mesosafe.db")}", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            folder.Dispose();
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: the PostgreSQL half of the persistence tests needs a server " +
                "(scripts/test starts one and sets it, e.g. Host=127.0.0.1;Port=55432;Username=mesosafe;Password=unused;Database=postgres).");
        }

        var name = "mesosafe_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, folder, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_adminConnection, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        _folder.Dispose();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
