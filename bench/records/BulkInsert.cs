using Microsoft.Data.Sqlite;

namespace MesoSafe.Bench.Records;

/// <summary>Raw ADO.NET bulk insert: one prepared statement, one transaction per 50,000 rows.</summary>
internal static class BulkInsert
{
    private const int BatchRows = 50_000;

    public static int Rows(SqliteConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var count = 0;
        SqliteTransaction? transaction = null;
        SqliteCommand? command = null;
        try
        {
            foreach (var row in rows)
            {
                if (count % BatchRows == 0)
                {
                    transaction?.Commit();
                    transaction?.Dispose();
                    command?.Dispose();
                    transaction = connection.BeginTransaction();
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    for (var i = 0; i < columns.Length; i++)
                    {
                        command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
                    }

                    command.Prepare();
                }

                for (var i = 0; i < row.Length; i++)
                {
                    command!.Parameters[i].Value = row[i] ?? DBNull.Value;
                }

                command!.ExecuteNonQuery();
                count++;
            }

            transaction?.Commit();
        }
        finally
        {
            command?.Dispose();
            transaction?.Dispose();
        }

        return count;
    }

    /// <summary>EF Core's SQLite mapping stores a Guid as upper-case text.</summary>
    public static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
