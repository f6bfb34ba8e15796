using MesoSafe.Web.Tests.Problems;
using Xunit;

namespace MesoSafe.Web.Tests.Security;

/// <summary>One real Kestrel app for a test class.</summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    private KestrelApp? _app;

    public KestrelApp App => _app ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _app = await KestrelApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
