using MesoSafe.Records.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MesoSafe.Records.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider; no database is opened.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<MesoSafeDbContext>
{
    public MesoSafeDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(RecordsDatabase.Postgres, "Host=localhost;Database=design_time");
        return new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
    }
}
