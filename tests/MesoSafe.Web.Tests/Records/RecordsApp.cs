using MesoSafe.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MesoSafe.Web.Tests.Records;

/// <summary>The real web host on one test database, with a fake clock.</summary>
public sealed class RecordsApp(TestDatabase database, bool seedDemo = false) : WebApplicationFactory<Program>
{
    /// <summary>A fixed "now" for every test: Friday 20 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestDatabase Database { get; } = database;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:MesoSafe", Database.ConnectionString);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(Database.Folder, "keys"));
        if (seedDemo)
        {
            builder.UseSetting("seed-demo", "true");
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressStartupFilter>();
        });
    }

    public async Task<T> WithDbAsync<T>(Func<MesoSafeDbContext, IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>(), scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
