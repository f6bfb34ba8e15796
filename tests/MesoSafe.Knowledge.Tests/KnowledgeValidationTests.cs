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

    private const string Course = """
        { "course": { "code": "course-of-sessions", "minSessions": 3, "maxSessions": 15, "minIntervalDays": 7, "maxIntervalDays": 10,
                      "maxLaterIntervalDays": 31, "description": "3 to 15 sessions.", "sources": ["000_e1510432ee2a068b.txt"] } }
        """;

    private const string CourseRule = """
        { "screeningRules": [ { "code": "course-too-many-sessions", "effect": "precaution", "evaluation": "course", "bound": "sessions-max",
                                "message": "Many.", "sources": ["000_e1510432ee2a068b.txt"] } ] }
        """;

    [Fact]
    public void A_course_rule_with_its_course_loads()
    {
        Write(("version.json", Version), ("entries.json", Entries), ("course.json", Course), ("rules.json", CourseRule));

        var kb = KnowledgeBase.LoadFrom(directory);

        Assert.Equal(15, kb.Course!.Bound(kb.ScreeningRules.Single().Bound));
    }

    [Theory]
    [InlineData("course.json", "\"maxSessions\": 15", "\"maxSessions\": 2", "course 'course-of-sessions': sessions need 1 <= minSessions <= maxSessions")]
    [InlineData("course.json", "\"minIntervalDays\": 7", "\"minIntervalDays\": 0", "course 'course-of-sessions': intervals need 1 <= minIntervalDays <= maxIntervalDays <= maxLaterIntervalDays")]
    [InlineData("course.json", "\"maxLaterIntervalDays\": 31", "\"maxLaterIntervalDays\": 9", "course 'course-of-sessions': intervals need 1 <= minIntervalDays <= maxIntervalDays <= maxLaterIntervalDays")]
    [InlineData("course.json", "[\"000_e1510432ee2a068b.txt\"]", "[]", "course 'course-of-sessions': no source")]
    [InlineData("rules.json", "\"sessions-max\"", "\"sessions-most\"", "screening rule 'course-too-many-sessions': bound must be one of sessions-min, sessions-max, interval-min, interval-max")]
    public void A_broken_course_or_course_rule_is_rejected_naming_it(string file, string find, string replace, string problem)
    {
        var course = file == "course.json" ? Course.Replace(find, replace, StringComparison.Ordinal) : Course;
        var rule = file == "rules.json" ? CourseRule.Replace(find, replace, StringComparison.Ordinal) : CourseRule;
        Write(("version.json", Version), ("entries.json", Entries), ("course.json", course), ("rules.json", rule));

        Assert.Contains(problem, KnowledgeBase.Check(directory).Problems);
    }

    [Fact]
    public void A_course_rule_without_a_course_is_rejected()
    {
        Write(("version.json", Version), ("entries.json", Entries), ("rules.json", CourseRule));

        Assert.Contains("screening rule 'course-too-many-sessions': no file declares the course of sessions", KnowledgeBase.Check(directory).Problems);
    }

    [Theory]
    [InlineData("""{ "code": "lecithin", "kind": "substance", "reactions": ["swelling"], "sources": ["x"] }""", "substance 'lecithin': reaction 'swelling' is not a known code")]
    [InlineData("""{ "code": "smoker", "kind": "habit", "reactions": ["pregnancy"], "sources": ["x"] }""", "habit 'smoker': reactions are only for substances")]
    public void Reactions_name_known_symptoms_of_a_substance(string entry, string problem)
    {
        Write(("version.json", Version), ("entries.json", Entries), ("more.json", """{ "entries": [ """ + entry + " ] }"));

        Assert.Contains(problem, KnowledgeBase.Check(directory).Problems);
    }

    [Fact]
    public void A_requirement_both_always_and_for_the_first_session_is_rejected()
    {
        var requirement = """{ "requirements": [ { "code": "physical-examination", "always": true, "whenFirstSession": true, "message": "Examine.", "sources": ["002_7e8de476e29357da.txt"] } ] }""";
        Write(("version.json", Version), ("entries.json", Entries), ("requirements.json", requirement));

        Assert.Contains("requirement 'physical-examination': always already includes the first session; set only one of always and whenFirstSession",
            KnowledgeBase.Check(directory).Problems);
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
