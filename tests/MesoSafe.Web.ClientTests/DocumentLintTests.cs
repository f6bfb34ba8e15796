using System.Text.Json.Nodes;
using MesoSafe.Testing.Files;
using Xunit;

namespace MesoSafe.Web.ClientTests;

/// <summary>The document an integrator generates a client from has no lint error: Redocly CLI's
/// recommended rules (pinned in tools/openapi-lint), and the checks a generated client depends on.</summary>
public sealed class DocumentLintTests(ClientApps apps) : IClassFixture<ClientApps>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Redocly_finds_no_error_under_its_recommended_rules()
    {
        var app = await apps.AppAsync(TestDatabase.Sqlite);
        var redocly = Path.Combine(ApiDocument.Repository, "tools", "openapi-lint", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), "Redocly CLI is not installed: run `npm ci --prefix tools/openapi-lint` (scripts/test does).");
        using var folder = new TempFolder();
        var document = folder.File("v1.json");
        await File.WriteAllTextAsync(document, await ApiDocument.TextAsync(app), TestContext.Current.CancellationToken);

        var (exit, output) = await ApiDocument.RunAsync(redocly, $"lint --extends=recommended --format=stylish \"{document}\"", folder.Path);

        Assert.True(exit == 0, "Redocly found errors in the OpenAPI document; add the missing metadata (WithName, WithSummary, Produces<T>, a tag "
            + "description in ApiDocumentTransformer.Tags):\n" + output);
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_a_typed_success_and_typed_problems()
    {
        var document = await ApiDocument.ReadAsync(await apps.AppAsync(TestDatabase.Sqlite));
        var faults = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                var id = operation!["operationId"]?.GetValue<string>();
                if (string.IsNullOrEmpty(id) || !ids.Add(id))
                {
                    faults.Add($"{name}: no operationId, or one already used (add .WithName(\"VerbNoun\"))");
                }

                if (string.IsNullOrEmpty(operation["summary"]?.GetValue<string>()))
                {
                    faults.Add($"{name}: no summary (add .WithSummary(...))");
                }

                var responses = operation["responses"]!.AsObject();
                var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (success.Count == 0 || success.Any(r => r.Key != "204" && r.Value!["content"]?["application/json"]?["schema"] is null))
                {
                    faults.Add($"{name}: no 2xx with a JSON schema (add .Produces<TBody>(status))");
                }

                if (success.Any(r => r.Key == "201" && r.Value!["headers"]?["Location"] is null))
                {
                    faults.Add($"{name}: a 201 without Location");
                }

                foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                {
                    if (response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/Problem")
                    {
                        faults.Add($"{name}: {status} is not application/problem+json with the Problem schema");
                    }
                }

                if (!responses.Any(r => r.Key.StartsWith('4')) && path != "/health")
                {
                    faults.Add($"{name}: no 4xx response");
                }

                if (operation["tags"] is not JsonArray { Count: > 0 })
                {
                    faults.Add($"{name}: no tag (add .WithTags(...))");
                }
            }
        }

        var described = document["tags"]!.AsArray().Where(t => !string.IsNullOrEmpty(t!["description"]?.GetValue<string>())).Select(t => t!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        faults.AddRange(document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Where(t => !described.Contains(t))
            .Select(t => $"tag {t}: no description (add it to ApiDocumentTransformer.Tags)"));
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Fact]
    public async Task Every_operation_that_needs_sign_in_names_both_schemes_and_its_roles()
    {
        var document = await ApiDocument.ReadAsync(await apps.AppAsync(TestDatabase.Sqlite));
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("bearer", schemes["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["cookie"]!["in"]!.GetValue<string>());

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Where(o => Methods.Contains(o.Key))
            .Select(o => (Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!))).ToList();
        foreach (var (name, operation) in operations.Where(o => o.Name.Contains("/api/v1/", StringComparison.Ordinal)
            && !o.Name.Contains("/evaluate", StringComparison.Ordinal) && !o.Name.EndsWith("/auth/token", StringComparison.Ordinal)))
        {
            var security = operation["security"]!.AsArray().Select(r => string.Join(",", r!.AsObject().Select(s => s.Key))).ToList();
            Assert.True(security.SequenceEqual(["bearer", "cookie"]), $"{name}: security {string.Join(";", security)}");
            Assert.Contains("Roles:", operation["description"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(operation["responses"]!["401"] is not null, $"{name}: no 401");
        }

        Assert.Contains("Roles: admin.", operations.Single(o => o.Name == "POST /api/v1/users").Operation["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("{}", operations.Single(o => o.Name == "POST /api/v1/auth/token").Operation["security"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task Paging_is_integers_with_their_range()
    {
        var document = await ApiDocument.ReadAsync(await apps.AppAsync(TestDatabase.Sqlite));
        var parameters = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).Where(o => o.Key == "get")
            .SelectMany(o => o.Value!["parameters"]?.AsArray() ?? []).Where(p => p!["name"]!.GetValue<string>() is "page" or "pageSize").ToList();

        Assert.True(parameters.Count >= 18, $"{parameters.Count} paging parameters");
        Assert.All(parameters, p => Assert.Equal("integer", p!["schema"]!["type"]!.GetValue<string>()));
        Assert.All(parameters, p => Assert.Equal(1, p!["schema"]!["minimum"]!.GetValue<int>()));
        Assert.All(parameters.Where(p => p!["name"]!.GetValue<string>() == "pageSize"), p => Assert.Equal(200, p!["schema"]!["maximum"]!.GetValue<int>()));
    }
}
