using System.Text.Json.Nodes;
using MesoSafe.Testing;

namespace MesoSafe.Cli.Tests.KnowledgeBase;

/// <summary>A private copy of src/MesoSafe.Knowledge/Data that one test may break, deleted afterwards.</summary>
internal sealed class KnowledgeDataCopy : IDisposable
{
    private readonly TempFolder _folder = new("mesosafe-kb-");

    public KnowledgeDataCopy()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Knowledge", "Data"), "*.json"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder => _folder.Path;

    /// <summary>Changes the screening rule <paramref name="code"/> in screening-rules.json.</summary>
    public void EditScreeningRule(string code, Action<JsonObject> edit)
    {
        var path = Path.Combine(Folder, "screening-rules.json");
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = document["screeningRules"]!.AsArray().Single(node => (string?)node!["code"] == code)!.AsObject();
        edit(rule);
        File.WriteAllText(path, document.ToJsonString());
    }

    /// <summary>Changes the JSON document of one data file, e.g. "charting.json".</summary>
    public void EditFile(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(Folder, file);
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        edit(document);
        File.WriteAllText(path, document.ToJsonString());
    }

    public void Dispose() => _folder.Dispose();
}
