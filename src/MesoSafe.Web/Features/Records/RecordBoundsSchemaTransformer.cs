using System.Globalization;
using MesoSafe.Records.Outcomes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MesoSafe.Web.Features.Records;

/// <summary>Publishes <see cref="RecordBounds"/> in the OpenAPI document: <c>maxLength</c> on each
/// bounded text, <c>minimum</c>/<c>maximum</c> on each bounded number, and on each bounded date its
/// <c>format</c> and window in words (JSON Schema has no date minimum). Read from the table, so the
/// document and the checks cannot differ.</summary>
internal sealed class RecordBoundsSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<(string Body, string Field), FieldBound> Bounds =
        RecordBounds.All.ToDictionary(b => (b.Body, b.Field));

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not { } property
            || !Bounds.TryGetValue((property.DeclaringType.Name, property.Name), out var bound))
        {
            return Task.CompletedTask;
        }

        switch (bound)
        {
            case TextBound text:
                schema.MaxLength = text.MaxLength;
                break;
            case NumberBound number:
                schema.Minimum = Text(number.Minimum);
                schema.Maximum = Text(number.Maximum);
                break;
            case DateBound date:
                schema.Format = "date";
                schema.Description = string.Create(CultureInfo.InvariantCulture,
                    $"From {date.Earliest:yyyy-MM-dd} to {date.Latest:yyyy-MM-dd}; {date.Source}.");
                break;
        }

        return Task.CompletedTask;
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
