using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

/// <summary>Broken fixture data loaded with <see cref="KnowledgeBase.LoadFrom"/>; each problem is
/// reported naming its entry.</summary>
public sealed class KnowledgeValidationTests : IDisposable
{
    private const string Version = """{ "version": "test.1" }""";

    private const string Entries = """
        { "entries": [
          { "code": "pregnancy", "kind": "condition", "synonyms": ["pregnant"], "sources": ["002_7e8de476e29357da.txt"] },
          { "code": "aspirin", "kind": "medication", "synonyms": ["asa"], "sources": ["004_852a3523d2e655f4.txt"] }
        ] }
        """;

    private const string Rule = """
        { "screeningRules": [
          { "code": "pregnancy", "effect": "deferred", "when": { "conditions": ["pregnancy"] }, "message": "Deferred.", "sources": ["002_7e8de476e29357da.txt"] }
        ] }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("mesosafe-kb-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Valid_fixture_data_loads()
    {
        Write(("version.json", Version), ("entries.json", Entries), ("rules.json", Rule));

        var kb = KnowledgeBase.LoadFrom(directory);

        Assert.Equal("test.1", kb.Version);
        Assert.Equal("pregnancy", Assert.Single(kb.Vocabulary.Match("Pregnant", EntryKind.Condition)).Code);
    }

    [Fact]
    public void A_rule_naming_an_unknown_code_is_rejected_naming_the_rule()
    {
        Write(("version.json", Version), ("entries.json", Entries), ("rules.json", Rule.Replace("\"conditions\": [\"pregnancy\"]", "\"conditions\": [\"pregnant-ish\"]", StringComparison.Ordinal)));

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBase.LoadFrom(directory));

        Assert.Contains("screening rule 'pregnancy': condition 'pregnant-ish' is not a known code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_code_is_rejected_naming_the_entry()
    {
        var duplicate = """{ "entries": [ { "code": "aspirin", "kind": "medication", "sources": ["x"] } ] }""";
        Write(("version.json", Version), ("entries.json", Entries), ("more.json", duplicate));

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBase.LoadFrom(directory));

        Assert.Contains("medication 'aspirin': duplicate code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_shared_by_two_entries_of_one_kind_is_rejected_naming_both()
    {
        var conflict = """{ "entries": [ { "code": "acetylsalicylic", "kind": "medication", "synonyms": ["ASA"], "sources": ["x"] } ] }""";
        Write(("version.json", Version), ("entries.json", Entries), ("more.json", conflict));

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBase.LoadFrom(directory));

        Assert.Contains("medication 'acetylsalicylic': synonym 'ASA' conflicts with 'asa' of medication 'aspirin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_a_source_is_rejected_naming_the_entry()
    {
        var unsourced = """{ "entries": [ { "code": "smoker", "kind": "habit", "sources": [] } ] }""";
        Write(("version.json", Version), ("entries.json", Entries), ("more.json", unsourced));

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBase.LoadFrom(directory));

        Assert.Contains("habit 'smoker': no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_a_source_is_rejected_naming_the_rule()
    {
        Write(("version.json", Version), ("entries.json", Entries), ("rules.json", Rule.Replace("\"sources\": [\"002_7e8de476e29357da.txt\"] }\n]", "\"sources\": [] }\n]", StringComparison.Ordinal)));

        var check = KnowledgeBase.Check(directory);

        Assert.False(check.IsValid);
        Assert.Contains("screening rule 'pregnancy': no source", check.Problems);
    }

    [Fact]
    public void A_misspelt_field_is_rejected_naming_the_file()
    {
        Write(("version.json", Version), ("entries.json", Entries.Replace("\"synonyms\": [\"asa\"]", "\"synonym\": [\"asa\"]", StringComparison.Ordinal)));

        var check = KnowledgeBase.Check(directory);

        Assert.Contains(check.Problems, p => p.StartsWith("file 'entries.json':", StringComparison.Ordinal) && p.Contains("synonym", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_version_is_a_problem()
    {
        Write(("entries.json", Entries));

        Assert.Contains("no file declares the knowledge base version", KnowledgeBase.Check(directory).Problems);
    }

    [Fact]
    public void The_source_data_folder_loads_like_the_embedded_data()
    {
        var folder = Path.Combine(MesoSafe.Testing.SharedFiles.RepositoryRoot, "src", "MesoSafe.Knowledge", "Data");

        var kb = KnowledgeBase.LoadFrom(folder);

        Assert.Equal(KnowledgeBase.LoadEmbedded().Version, kb.Version);
        Assert.Equal(KnowledgeBase.LoadEmbedded().Entries.Count, kb.Entries.Count);
    }

    [Fact]
    public void A_missing_folder_cannot_be_read()
    {
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeBase.LoadFrom(Path.Combine(directory, "absent")));
    }

    private void Write(params (string Name, string Json)[] files)
    {
        foreach (var (name, json) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), json);
        }
    }
}
