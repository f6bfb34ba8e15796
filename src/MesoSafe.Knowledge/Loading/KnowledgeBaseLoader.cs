using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Knowledge.Loading;

/// <summary>Reads data files (embedded or from a folder), merges them and collects every problem.</summary>
internal static class KnowledgeBaseLoader
{
    private const string ResourcePrefix = "MesoSafe.Knowledge.Data.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static IReadOnlyList<(string Name, string Json)> ReadEmbedded()
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException("embedded resource missing: " + name);
            using var reader = new StreamReader(stream);
            files.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }

    /// <summary>Reads every *.json file of a folder; IO errors propagate (the folder cannot be read).</summary>
    public static IReadOnlyList<(string Name, string Json)> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException("knowledge base folder not found: " + directory);
        }

        return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(directory, path), File.ReadAllText(path)))
            .ToList();
    }

    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<string> Problems) Load(IReadOnlyList<(string Name, string Json)> files)
    {
        var problems = new List<string>();
        var parsed = new List<KnowledgeFile>();
        foreach (var (name, json) in files)
        {
            try
            {
                var file = JsonSerializer.Deserialize<KnowledgeFile>(json, Options);
                if (file is null)
                {
                    problems.Add($"file '{name}': empty");
                    continue;
                }

                parsed.Add(file);
            }
            catch (JsonException exception)
            {
                problems.Add($"file '{name}': {exception.Message}");
            }
        }

        if (files.Count == 0)
        {
            problems.Add("no data files (*.json) found");
        }

        var versions = parsed.Where(f => f.Version is not null).Select(f => f.Version!).ToList();
        if (versions.Count != 1)
        {
            problems.Add(versions.Count == 0 ? "no file declares the knowledge base version" : "more than one file declares a version: " + string.Join(", ", versions));
        }

        var entries = parsed.SelectMany(f => f.Entries).ToList();
        var screeningRules = parsed.SelectMany(f => f.ScreeningRules).ToList();
        var triageRules = parsed.SelectMany(f => f.TriageRules).ToList();
        var requirements = parsed.SelectMany(f => f.Requirements).ToList();
        var advice = parsed.SelectMany(f => f.Advice).ToList();
        var normalisations = parsed.Where(f => f.Normalisation is not null).Select(f => f.Normalisation!).ToList();
        if (normalisations.Count > 1)
        {
            problems.Add("more than one file declares the normalisation words");
        }

        var normalisation = normalisations.FirstOrDefault() ?? new NormalisationWords();
        if (normalisations.Count == 1 && normalisation.Sources.Count == 0)
        {
            problems.Add("normalisation words: no sources");
        }

        var courses = parsed.Where(f => f.Course is not null).Select(f => f.Course!).ToList();
        if (courses.Count > 1)
        {
            problems.Add("more than one file declares the course of sessions");
        }

        var course = courses.FirstOrDefault();
        var validator = new KnowledgeValidator(entries, problems);
        validator.CheckEntries();
        validator.CheckCourse(course);
        validator.CheckScreeningRules(screeningRules, requirements, course);
        validator.CheckTriageRules(triageRules);
        validator.CheckRequirements(requirements);
        validator.CheckAdvice(advice);
        var charting = parsed.Where(f => f.Charting is not null).Select(f => f.Charting!).ToList();
        var consentRisks = parsed.SelectMany(f => f.ConsentRisks).ToList();
        var quickPicks = parsed.SelectMany(f => f.CheckInQuickPicks).ToList();
        var practice = new PracticeValidator(entries, screeningRules, problems);
        practice.CheckCharting(charting);
        practice.CheckConsentRisks(consentRisks);
        practice.CheckQuickPicks(quickPicks);

        var matcher = VocabularyMatcher.Build(entries, new TextNormaliser(normalisation), problems);
        var reader = new EntryReader(
            entries,
            parsed.Where(f => f.Lexicon is not null).Select(f => f.Lexicon!).ToList(),
            parsed.SelectMany(f => f.Compositions).ToList(),
            parsed.SelectMany(f => f.PastReadings).ToList(),
            parsed.SelectMany(f => f.EntryGroups).ToList(),
            parsed.SelectMany(f => f.Yields).ToList(),
            normalisation,
            problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var knowledgeBase = new KnowledgeBase(versions[0], entries, screeningRules, triageRules, requirements, advice, course, normalisation, matcher, reader)
        {
            Charting = charting.FirstOrDefault(),
            ConsentRisks = consentRisks,
            CheckInQuickPicks = quickPicks,
        };
        return (knowledgeBase, problems);
    }

    internal static Assembly Assembly => typeof(KnowledgeBaseLoader).Assembly;
}
