using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MesoSafe.Web.Hosting;

/// <summary>The fallback policy also covers requests that match no endpoint, and routing's own
/// refusals (405 wrong method, 415 wrong media type: plain endpoints, not route endpoints). Such a
/// request opens nothing (every answer with content comes from a route endpoint, enumerated by the
/// anonymous-access test), so it goes on to its 404/405/415 instead of a sign-in challenge: the
/// error answers of ADR 0206 stay.</summary>
internal sealed class NoEndpointNoDoor : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        context.GetEndpoint() is not RouteEndpoint && authorizeResult.Challenged
            ? next(context)
            : _standard.HandleAsync(next, context, policy, authorizeResult);
}
