using System.Text.Json;
using System.Text.Json.Nodes;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MesoSafe.Web.Features.ClinicalContract;

/// <summary>Makes the OpenAPI schemas of the contract match its wire form: enums are kebab-case
/// strings, and <c>patient</c> is optional (ADR 0202), which reflection over the records cannot know.</summary>
internal sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ScreeningDecision) || type == typeof(FindingEffect)
            || type == typeof(TriageLevel) || type == typeof(SymptomSeverity))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = Enum.GetNames(type)
                .Select(name => (JsonNode)JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(name)))
                .ToList();
        }
        else if (type == typeof(ScreeningRequest))
        {
            schema.Required?.Remove("patient");
        }

        return Task.CompletedTask;
    }
}
