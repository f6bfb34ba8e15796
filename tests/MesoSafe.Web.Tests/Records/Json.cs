using System.Net.Http.Json;
using System.Text.Json;

namespace MesoSafe.Web.Tests.Records;

internal static class Json
{
    /// <summary>The body as JSON; the content is buffered, so it can be read more than once.</summary>
    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken));

    /// <summary>The stable code of a problem+json answer.</summary>
    public static async Task<string?> ProblemCodeAsync(this HttpResponseMessage response) =>
        (await response.BodyAsync()).GetProperty("code").GetString();

    public static async Task<IReadOnlyList<string>> ProblemFieldsAsync(this HttpResponseMessage response) =>
        [.. (await response.BodyAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
