namespace MesoSafe.Web.Features.OpenApi;

/// <summary>Endpoint metadata for an operation whose handler answers only some roles and gives the
/// others a 404 (a role that must not learn the resource exists), so authorization metadata cannot
/// say it; the OpenAPI document reads it beside the real authorization metadata.</summary>
internal sealed record ApiRoles(params string[] Roles);
