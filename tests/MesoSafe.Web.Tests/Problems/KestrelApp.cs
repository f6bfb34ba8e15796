using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>The real app on the real Kestrel server, on a free loopback port: the limits on the
/// request line and headers are Kestrel's, which the in-memory test server does not have. One path
/// that exists only here throws, to see what an unhandled exception answers.</summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    /// <summary>Answered by an exception whose message names a file and a secret.</summary>
    public const string ThrowingPath = "/api/v1/test-only/throw";

    public const string ThrowingPagePath = "/test-only/throw";

    public const string Secret = "/work/secret/connection-string.txt Password=hunter2";

    private readonly TestDatabase _database;

    private KestrelApp(TestDatabase database)
    {
        _database = database;
        UseKestrel(0);
    }

    public static async Task<KestrelApp> StartAsync()
    {
        var app = new KestrelApp(await TestDatabase.CreateAsync("sqlite"));
        app.StartServer();
        return app;
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:MesoSafe", _database.ConnectionString);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_database.Folder, "keys"));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ThrowingPathFilter>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Runs after the app's own pipeline, so only for a path no endpoint took, inside the
    /// app's exception handler, like any endpoint's exception.</summary>
    private sealed class ThrowingPathFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) =>
                context.Request.Path == ThrowingPath || context.Request.Path == ThrowingPagePath
                    ? throw new InvalidOperationException("Could not open " + Secret)
                    : nextMiddleware(context));
        };
    }
}
