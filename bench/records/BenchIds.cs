using Microsoft.Data.Sqlite;

namespace MesoSafe.Bench.Records;

/// <summary>The records the timings use, read back from the generated database.</summary>
internal sealed record BenchIds(Guid Clinic, Guid Practitioner, IReadOnlyList<Guid> Patients, Guid RecallLot)
{
    public static BenchIds Read(SqliteConnection connection)
    {
        var clinic = Guid.Parse(Sql.Scalar(connection, "SELECT \"Id\" FROM \"Clinics\" WHERE \"Name\" = 'Clinic 7'"));
        var practitioner = Guid.Parse(Sql.Scalar(connection, $"SELECT \"UserId\" FROM \"ClinicMemberships\" WHERE \"ClinicId\" = '{BulkInsert.Id(clinic)}'"));
        var lot = Guid.Parse(Sql.Scalar(connection, "SELECT \"Id\" FROM \"Lots\" WHERE \"LotNumber\" = 'RECALL-ME'"));
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Id\" FROM \"Patients\" WHERE \"ClinicId\" = '{BulkInsert.Id(clinic)}' LIMIT 100";
        using var reader = command.ExecuteReader();
        var patients = new List<Guid>();
        while (reader.Read())
        {
            patients.Add(Guid.Parse(reader.GetString(0)));
        }

        return new BenchIds(clinic, practitioner, patients, lot);
    }
}
