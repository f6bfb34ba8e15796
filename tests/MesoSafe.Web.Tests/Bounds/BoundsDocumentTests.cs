using System.Globalization;
using System.Text.Json;
using MesoSafe.Records.Outcomes;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>The OpenAPI document publishes every row of <see cref="RecordBounds"/> on its request
/// schema, read from the same table as the checks.</summary>
public sealed class BoundsDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    public static TheoryData<string> Keys() => [.. RecordBounds.All.Select(b => b.Body + "." + b.Field)];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task The_request_schema_publishes_the_bound(string key)
    {
        var bound = RecordBounds.All.Single(b => b.Body + "." + b.Field == key);
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var schemas = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.TryGetProperty(bound.Body, out var body), $"no schema {bound.Body}");
        var field = body.GetProperty("properties").GetProperty(bound.Field);
        switch (bound)
        {
            case TextBound text:
                Assert.Equal(text.MaxLength, field.GetProperty("maxLength").GetInt32());
                break;
            case NumberBound number:
                Assert.Equal(number.Minimum, field.GetProperty("minimum").GetDouble());
                Assert.Equal(number.Maximum, field.GetProperty("maximum").GetDouble());
                break;
            case DateBound date:
                Assert.Equal("date", field.GetProperty("format").GetString());
                Assert.Contains(date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), field.GetProperty("description").GetString(), StringComparison.Ordinal);
                break;
        }
    }
}
