using Xunit;
namespace MesoSafe.Web.Tests.Records;

/// <summary>One app (and one fresh database) per provider for a test class; each test still creates
/// its own clinic, users and patients, so no test depends on another's data.</summary>
public sealed class RecordsFixture : IAsyncDisposable
{
    private readonly Dictionary<string, Task<RecordsApp>> _apps = [];
    private readonly Lock _gate = new();

    public Task<RecordsApp> AppAsync(string provider)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                app = StartAsync(provider);
                _apps[provider] = app;
            }

            return app;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            if (app.IsCompletedSuccessfully)
            {
                await (await app).DisposeAsync();
            }
        }
    }

    private static async Task<RecordsApp> StartAsync(string provider)
    {
        var app = new RecordsApp(await TestDatabase.CreateAsync(provider));
        _ = app.Server; // starts the host: migrations run here
        return app;
    }
}
