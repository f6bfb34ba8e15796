using System.Text.Json.Nodes;
using Xunit;

namespace MesoSafe.Web.ClientTests;

/// <summary>The document keeps every promise of the checked-in snapshot (openapi/v1.json): no path,
/// operation, success status, parameter, schema, field or enum value is removed, no type narrowed,
/// no parameter newly required. Additions pass; a breaking change fails until the snapshot is
/// updated with it, on purpose.</summary>
public sealed class DocumentSnapshotTests(ClientApps apps) : IClassFixture<ClientApps>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_breaks_nothing_the_snapshot_promises()
    {
        var current = await ApiDocument.ReadAsync(await apps.AppAsync(TestDatabase.Sqlite));
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(ApiDocument.SnapshotPath, TestContext.Current.CancellationToken))!.AsObject();

        var breaks = Breaks(snapshot, current);

        Assert.True(breaks.Count == 0, "Breaking changes to the API against its snapshot:\n" + string.Join("\n", breaks) + "\n" + ApiDocument.HowToUpdate);
    }

    [Fact]
    public void A_removed_field_a_narrowed_type_and_a_removed_enum_value_are_breaks()
    {
        var before = JsonNode.Parse("""
            {"paths":{"/a":{"get":{"responses":{"200":{}},"parameters":[{"name":"page","in":"query"}]}}},
             "components":{"schemas":{"A":{"properties":{"x":{"type":["null","string"]},"y":{"type":"string","enum":["a","b"]}}}}}}
            """)!.AsObject();
        var after = JsonNode.Parse("""
            {"paths":{"/a":{"get":{"responses":{"201":{}},"parameters":[{"name":"q","in":"query","required":true}]}}},
             "components":{"schemas":{"A":{"properties":{"x":{"type":"string"},"z":{"type":"string"}}}}}}
            """)!.AsObject();

        var breaks = Breaks(before, after);

        Assert.Equal(
            [
                "GET /a: parameter query page removed",
                "GET /a: parameter query q newly required",
                "GET /a: response 200 removed",
                "schema A.x: type null,string narrowed to string",
                "schema A.y removed",
            ],
            breaks.Order(StringComparer.Ordinal));
        Assert.Empty(Breaks(before, before));
    }

    internal static List<string> Breaks(JsonObject before, JsonObject after)
    {
        var breaks = new List<string>();
        foreach (var (path, item) in before["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                if (after["paths"]?[path]?[method] is not JsonObject now)
                {
                    breaks.Add($"{name}: operation removed");
                    continue;
                }

                foreach (var status in operation!["responses"]!.AsObject().Select(r => r.Key).Where(s => s.StartsWith('2')))
                {
                    if (now["responses"]?[status] is null)
                    {
                        breaks.Add($"{name}: response {status} removed");
                    }
                }

                var was = Parameters(operation);
                var nowParameters = Parameters(now);
                breaks.AddRange(was.Keys.Except(nowParameters.Keys).Select(p => $"{name}: parameter {p} removed"));
                breaks.AddRange(nowParameters.Where(p => p.Value && !(was.TryGetValue(p.Key, out var required) && required))
                    .Select(p => $"{name}: parameter {p.Key} newly required"));
            }
        }

        foreach (var (schema, body) in before["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (after["components"]?["schemas"]?[schema] is not JsonObject now)
            {
                breaks.Add($"schema {schema} removed");
                continue;
            }

            Compare($"schema {schema}", body!.AsObject(), now, breaks);
            foreach (var (field, property) in body["properties"]?.AsObject() ?? [])
            {
                if (now["properties"]?[field] is not JsonObject nowProperty)
                {
                    breaks.Add($"schema {schema}.{field} removed");
                    continue;
                }

                Compare($"schema {schema}.{field}", property!.AsObject(), nowProperty, breaks);
                if (property["items"] is JsonObject items && nowProperty["items"] is JsonObject nowItems)
                {
                    Compare($"schema {schema}.{field}[]", items, nowItems, breaks);
                }
            }
        }

        return breaks;
    }

    private static void Compare(string name, JsonObject before, JsonObject after, List<string> breaks)
    {
        var was = Types(before);
        var now = Types(after);
        if (was.Count > 0 && now.Count > 0 && !was.IsSubsetOf(now))
        {
            breaks.Add($"{name}: type {string.Join(",", was.Order(StringComparer.Ordinal))} narrowed to {string.Join(",", now.Order(StringComparer.Ordinal))}");
        }

        if (before["format"]?.GetValue<string>() is { } format && after["format"]?.GetValue<string>() is { } nowFormat && format != nowFormat)
        {
            breaks.Add($"{name}: format {format} became {nowFormat}");
        }

        if (before["enum"] is JsonArray values)
        {
            var nowValues = (after["enum"] as JsonArray)?.Select(v => v?.ToJsonString()).ToHashSet(StringComparer.Ordinal);
            breaks.AddRange(values.Select(v => v?.ToJsonString()).Where(v => nowValues is not null && !nowValues.Contains(v))
                .Select(v => $"{name}: enum value {v} removed"));
        }
    }

    private static HashSet<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static Dictionary<string, bool> Parameters(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p?["name"] is not null)
            .ToDictionary(p => $"{p!["in"]?.GetValue<string>()} {p["name"]!.GetValue<string>()}", p => p!["required"]?.GetValue<bool>() == true, StringComparer.Ordinal);
}
