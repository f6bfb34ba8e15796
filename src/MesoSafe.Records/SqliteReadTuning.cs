using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MesoSafe.Records;

/// <summary>Memory-maps the SQLite file on every connection. A pooled connection's page cache is
/// only 2 MB, so a page that reads a clinic's sessions fetched the same scattered pages from disk on
/// every request; with the file mapped they stay in the operating system's cache.</summary>
internal sealed class SqliteReadTuning : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA mmap_size=1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
