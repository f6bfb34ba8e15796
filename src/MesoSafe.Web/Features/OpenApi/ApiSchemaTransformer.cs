using System.Text.Json.Nodes;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Clinics;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MesoSafe.Web.Features.OpenApi;

/// <summary>Publishes the coded text fields as enums, read from the same sets the server checks them
/// against, so a generated client offers the values and cannot send another. A coded field the
/// server treats as absent when null is published without null: omit it rather than send null.</summary>
internal sealed class ApiSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<(string Body, string Field), IEnumerable<string>> Codes = new()
    {
        [("AdverseEventInput", "severity")] = AdverseEventVocabulary.Severity,
        [("AdverseEventInput", "outcome")] = AdverseEventVocabulary.Outcome,
        [("AdverseEventInput", "causality")] = AdverseEventVocabulary.Causality,
        [("AdverseEventInput", "reporterType")] = AdverseEventVocabulary.Reporter,
        [("AdverseEventInput", "seriousness")] = AdverseEventVocabulary.Seriousness,
        [("AdverseEventReportBody", "severity")] = AdverseEventVocabulary.Severity,
        [("AdverseEventReportBody", "outcome")] = AdverseEventVocabulary.Outcome,
        [("AdverseEventReportBody", "causality")] = AdverseEventVocabulary.Causality,
        [("AdverseEventReportBody", "reporterType")] = AdverseEventVocabulary.Reporter,
        [("AdverseEventReportBody", "seriousness")] = AdverseEventVocabulary.Seriousness,
        [("UserInput", "role")] = ClinicRoles.All,
        [("UserView", "roles")] = ClinicRoles.All,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The web JSON options also read numbers written as strings, so the generator publishes
        // integer|string with a pattern; the server writes numbers, and a client sends numbers.
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // A request body's nullable field may be left out: the server reads absent as null and
        // names each field it needs in a 400 (code "required"). Answers always carry every field.
        if (context.JsonPropertyInfo is null && IsRequestBody(context.JsonTypeInfo.Type) && schema.Required is { Count: > 0 } required)
        {
            foreach (var optional in context.JsonTypeInfo.Properties.Where(p => p.IsSetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null))
            {
                required.Remove(optional.Name);
            }
        }

        if (context.JsonPropertyInfo is not { } property
            || !Codes.TryGetValue((property.DeclaringType.Name, property.Name), out var codes))
        {
            return Task.CompletedTask;
        }

        // A list of codes carries the enum on its items.
        var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
        target.Type = JsonSchemaType.String;
        if (!ReferenceEquals(target, schema))
        {
            schema.Type = JsonSchemaType.Array;
        }

        target.Enum = [.. codes.Order(StringComparer.Ordinal).Select(code => (JsonNode)JsonValue.Create(code))];
        return Task.CompletedTask;
    }

    private static bool IsRequestBody(Type type) =>
        type.Name.EndsWith("Input", StringComparison.Ordinal) || type.Name.EndsWith("Request", StringComparison.Ordinal)
        || type.Name.EndsWith("Acceptance", StringComparison.Ordinal);
}
