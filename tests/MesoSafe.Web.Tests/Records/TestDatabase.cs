using Npgsql;

namespace MesoSafe.Web.Tests.Records;

/// <summary>A uniquely named, throw-away database on one provider: a SQLite file in a temp folder,
/// or a PostgreSQL database on the server named by MESOSAFE_TEST_POSTGRES (created and dropped).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MESOSAFE_TEST_POSTGRES";

    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string folder, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A private temp folder (the SQLite file, data-protection keys).</summary>
    public string Folder { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mesosafe-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == "sqlite")
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "mesosafe.db")}", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set: the PostgreSQL half of the persistence tests needs a server " +
                "(scripts/test starts one and sets it, e.g. Host=127.0.0.1;Port=55432;Username=mesosafe;Password=unused;Database=postgres).");
        }

        var name = "mesosafe_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, folder, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS.
        }
    }
}
