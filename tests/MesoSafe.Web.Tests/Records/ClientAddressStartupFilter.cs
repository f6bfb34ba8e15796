using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MesoSafe.Web.Tests.Records;

/// <summary>The in-memory test server has no socket, so no client address: give every request the
/// documentation address 203.0.113.7, as a proxy-free client would have.</summary>
internal sealed class ClientAddressStartupFilter : IStartupFilter
{
    public static readonly IPAddress Address = IPAddress.Parse("203.0.113.7");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
