using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MesoSafe.Web.Features.OpenApi;

/// <summary>The document-wide parts (ADR 0209): title, licence and server; the two ways to sign in
/// as security schemes; a description for every tag; and the one problem schema that every error
/// response refers to (the shape <see cref="Problems.ApiProblem"/> writes).</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string ProblemSchema = "Problem";
    public const string ProblemEntrySchema = "ProblemEntry";

    /// <summary>Each tag's description. A tag missing here fails the document's lint test, which
    /// names it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "Signing in: a bearer token for API clients.",
        ["Health"] = "Whether the server is up.",
        ["Screening"] = "Stateless screening of one patient for one planned treatment (the clinical contract).",
        ["Triage"] = "Stateless triage of the symptoms a patient reports after a session (the clinical contract).",
        ["Patients"] = "Patients of the caller's clinics, their intakes and stored screenings.",
        ["Plans"] = "Treatment plans and the patient's consent to them.",
        ["Sessions"] = "Treatment sessions as charted, with the lots used.",
        ["Check-ins"] = "Patients' check-ins after a session, and the practitioner's readings of them.",
        ["Queue"] = "Today's attention queue of a clinic.",
        ["Products and lots"] = "The product catalogue, its lots and lot recalls.",
        ["Adverse events"] = "Adverse events and their follow-up reports.",
        ["Audit"] = "The audit trail of the caller's clinics' records.",
        ["Users"] = "The user accounts of the caller's clinics.",
        ["Clinics"] = "The caller's clinics: opened and renamed by an administrator.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "MesoSafe API";
        document.Info.Description = "Mesotherapy safety: records of the caller's clinics under /api/v1, and the stateless clinical contract. "
            + "Every error is application/problem+json with a stable code and the fields at fault (schema Problem).";
        document.Info.License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://mesosafe.invalid/licence") };
        // A fixed server, so the document is the same wherever it is served (the snapshot test and
        // the generated client compare it byte for byte); a client sets its own base address.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The MesoSafe server that serves this document (a client sets its base address)." }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A token from POST /api/v1/auth/token, sent as Authorization: Bearer <token>. It lasts an hour.",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "MesoSafe.Auth",
                Description = "The sign-in cookie of the web pages (/Account/SignIn).",
            },
        };
        document.Security = [Requirement(Bearer, document), Requirement(Cookie, document)];

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[ProblemEntrySchema] = ProblemEntry();
        document.Components.Schemas[ProblemSchema] = Problem(document);
        // The framework's own problem schemas (from ProducesProblem) are replaced by Problem everywhere.
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");

        var used = (document.Paths ?? [])
            .SelectMany(p => p.Value.Operations ?? [])
            .SelectMany(o => o.Value.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = Tags.TryGetValue(name, out var description) ? description : null,
        }));
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument document) => new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema ProblemEntry() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "One field at fault.",
        Required = new HashSet<string>(StringComparer.Ordinal) { "field", "code", "message" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["field"] = Text("The field's path (\"plan.depthMm\", \"products[0].lotId\"), or \"$\" for the whole request."),
            ["code"] = Text("The stable code of what is wrong with it."),
            ["message"] = Text("What is wrong, for people."),
        },
    };

    private static OpenApiSchema Problem(OpenApiDocument document)
    {
        var entries = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(ProblemEntrySchema, document) };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Every API error (RFC 9457 problem details with MesoSafe's members, ADR 0204).",
            Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "detail", "code", "errors", "fieldErrors", "problems" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["type"] = Text("A URI naming the kind of problem."),
                ["title"] = Text("A short summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
                ["detail"] = Text("What went wrong in this request."),
                ["instance"] = Text("The request's path, when given."),
                ["code"] = Text("The stable code of the answer (the first field's code when fields are at fault)."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Field -> messages, as ASP.NET's validation problems; \"$\" when no field is at fault.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["fieldErrors"] = entries,
                ["problems"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(ProblemEntrySchema, document), Description = "The same list as fieldErrors (the records API's name for it)." },
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's id, when it could be read." },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The server's trace of this request." },
            },
            Examples = [JsonNode.Parse("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The request has invalid fields.","status":400,"detail":"givenName is required.","code":"required","errors":{"givenName":["givenName is required."]},"fieldErrors":[{"field":"givenName","code":"required","message":"givenName is required."}],"problems":[{"field":"givenName","code":"required","message":"givenName is required."}]}""")!],
        };
    }
}
