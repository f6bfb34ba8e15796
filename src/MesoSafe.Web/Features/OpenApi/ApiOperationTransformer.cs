using System.Globalization;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MesoSafe.Web.Features.OpenApi;

/// <summary>What every operation has in common, read from its endpoint metadata so that no handler
/// repeats it (ADR 0209): who may call it (security and roles, from the authorization metadata and
/// the fallback policy), its problem answers (each 4xx the server can give it, all of the one
/// <see cref="ApiDocumentTransformer.ProblemSchema"/> shape), <c>Location</c> on a 201, the
/// Idempotency-Key header of a POST, and paging as integers with their range.</summary>
internal sealed class ApiOperationTransformer(IOptions<AuthorizationOptions> authorization, IAuthorizationPolicyProvider policies)
    : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var signIn = !metadata.OfType<IAllowAnonymous>().Any()
            && (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any() || authorization.Value.FallbackPolicy is not null);
        var enforcedRoles = signIn ? await EnforcedRolesAsync(metadata) : [];
        var answeredRoles = metadata.OfType<ApiRoles>().SelectMany(r => r.Roles).ToList();

        var hasBody = operation.RequestBody is not null
            || context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body);
        var hasPath = context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path);
        var writes = HttpMethods.IsPost(method) || HttpMethods.IsPut(method);
        TypePaging(operation);
        if (signIn && HttpMethods.IsPost(method))
        {
            AddIdempotencyKey(operation);
        }

        operation.Responses ??= [];
        var statuses = new SortedSet<int>(operation.Responses.Keys
            .Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0)
            .Where(s => s >= 400));
        if (hasBody || operation.Parameters is { Count: > 0 })
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (signIn)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
            operation.Security = [Requirement(ApiDocumentTransformer.Bearer, context.Document), Requirement(ApiDocumentTransformer.Cookie, context.Document)];
            operation.Description = Join(operation.Description, Who(enforcedRoles, answeredRoles));
        }
        else
        {
            // An empty requirement: this operation needs no credentials (the document's default does).
            operation.Security = [new OpenApiSecurityRequirement()];
            operation.Description = Join(operation.Description, "Open to anyone: no sign-in needed.");
        }

        if (enforcedRoles.Count > 0)
        {
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (hasPath || answeredRoles.Count > 0)
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (signIn && writes)
        {
            // A stale version (PUT, follow-up) or a request whose Idempotency-Key is still running;
            // a safety rule's refusal or a reused key.
            statuses.Add(StatusCodes.Status409Conflict);
            statuses.Add(StatusCodes.Status422UnprocessableEntity);
        }

        if (hasBody)
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
            statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        foreach (var status in statuses)
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = Problem(status, context.Document);
        }

        if (operation.Responses.TryGetValue("201", out var created) && created is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "The address of the created resource.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A path under this server, such as /api/v1/patients/{id}." },
            };
        }
    }

    private async Task<IReadOnlyList<string>> EnforcedRolesAsync(IList<object> metadata)
    {
        var roles = new List<string>();
        var requirements = metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).ToList();
        foreach (var data in metadata.OfType<IAuthorizeData>())
        {
            roles.AddRange((data.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } named)
            {
                requirements.AddRange(named.Requirements);
            }
        }

        if (!metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<AuthorizationPolicy>().Any()
            && authorization.Value.FallbackPolicy is { } fallback)
        {
            requirements.AddRange(fallback.Requirements);
        }

        roles.AddRange(requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
        return [.. roles.Distinct(StringComparer.Ordinal)];
    }

    private static string Who(IReadOnlyList<string> enforced, IReadOnlyList<string> answered)
    {
        var roles = enforced.Count > 0 ? enforced : answered;
        var text = "Needs sign-in: a bearer token (POST /api/v1/auth/token) or the sign-in cookie. ";
        if (roles.Count == 0)
        {
            return text + "Roles: any signed-in role; each sees only its own clinics' records.";
        }

        return text + "Roles: " + string.Join(", ", roles) + "."
            + (enforced.Count > 0 ? " Other roles get 403." : " Other roles get 404, as if nothing were there.");
    }

    private static string Join(string? before, string text) => string.IsNullOrEmpty(before) ? text : before + "\n\n" + text;

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static OpenApiResponse Problem(int status, OpenApiDocument? document) => new()
    {
        Description = ReasonPhrases.GetReasonPhrase(status) + ": " + Meaning(status),
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ApiDocumentTransformer.ProblemSchema, document) },
        },
    };

    private static string Meaning(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "invalid fields, each named in fieldErrors with its stable code.",
        StatusCodes.Status401Unauthorized => "not signed in, or the sign-in failed.",
        StatusCodes.Status403Forbidden => "the signed-in role may not do this.",
        StatusCodes.Status404NotFound => "no such record in the caller's clinics.",
        StatusCodes.Status409Conflict => "the record changed since it was read (version), or the first request with this Idempotency-Key is still running.",
        StatusCodes.Status413PayloadTooLarge => "the body is larger than this endpoint takes.",
        StatusCodes.Status415UnsupportedMediaType => "the body is JSON: send Content-Type: application/json.",
        StatusCodes.Status422UnprocessableEntity => "refused by a safety rule, or the Idempotency-Key was used for another request.",
        _ => "see code.",
    };

    private static void TypePaging(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (parameter.Name == "page")
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = 1 };
                parameter.Description = "The page, from 1.";
            }
            else if (parameter.Name == "pageSize")
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1",
                    Maximum = Paging.MaxPageSize.ToString(CultureInfo.InvariantCulture), Default = 50,
                };
                parameter.Description = "Items per page.";
            }
        }
    }

    private static void AddIdempotencyKey(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Send the same key again to repeat this POST safely: it is carried out once per user and key.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
