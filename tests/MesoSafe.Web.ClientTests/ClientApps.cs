using Xunit;

namespace MesoSafe.Web.ClientTests;

/// <summary>One app per database for a test class; each test makes its own clinic.</summary>
public sealed class ClientApps : IAsyncDisposable
{
    private readonly Dictionary<string, Task<ClientApp>> _apps = [];
    private readonly Lock _gate = new();

    public static TheoryData<string> Providers => new(TestDatabase.Providers);

    public Task<ClientApp> AppAsync(string provider)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                app = ClientApp.StartAsync(provider);
                _apps[provider] = app;
            }

            return app;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsCompletedSuccessfully))
        {
            await (await app).DisposeAsync();
        }
    }
}
