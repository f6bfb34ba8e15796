using System.Text.Json.Nodes;
using Xunit;

namespace MesoSafe.Cli.Tests.Acceptance;

/// <summary>Symptoms in a patient's own words, none of them verbatim in clinical-rules.md, triaged
/// through the real program one day after the session as a mild symptom begun with the session:
/// each must map to the rule's symptom and give its level. A lower level than the rule gives is the
/// worst defect, so each row pins the level exactly.</summary>
public sealed class TriagePhrasingTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        // free text, expected symptom code, expected level
        { "I can't breathe", "difficulty-breathing", "emergency" },
        { "can not breathe", "difficulty-breathing", "emergency" },
        { "struggling to breathe", "difficulty-breathing", "emergency" },
        { "out of breath, short of breath", "difficulty-breathing", "emergency" },
        { "throat is closing", "throat-swelling", "emergency" },
        { "my throat is closing up", "throat-swelling", "emergency" },
        { "can't swallow", "throat-swelling", "emergency" },
        { "hoarse voice", "throat-swelling", "emergency" },
        { "lips swelling", "tongue-or-lip-swelling", "emergency" },
        { "my lips are swelling up", "tongue-or-lip-swelling", "emergency" },
        { "tongue swollen", "tongue-or-lip-swelling", "emergency" },
        { "swollen lips and tongue", "tongue-or-lip-swelling", "emergency" },
        { "lips are puffy", "tongue-or-lip-swelling", "emergency" },
        { "swelling in my lips", "tongue-or-lip-swelling", "emergency" },
        { "anaphylaxis", "throat-swelling", "emergency" },
        { "vision is blurry", "vision-change", "emergency" },
        { "seeing double", "vision-change", "emergency" },
        { "chest tight", "chest-pain", "emergency" },
        { "wheezy", "wheezing", "emergency" },
        { "slurred speech", "stroke-signs", "emergency" },
        { "one side of face drooping", "stroke-signs", "emergency" },
        { "had a fit", "seizure", "emergency" },
        { "passed out", "fainting", "emergency" },
        { "blacked out at home", "fainting", "emergency" },
        { "chest pain", "chest-pain", "emergency" },
        { "blurred vision", "vision-change", "emergency" },
        { "can't see properly", "vision-change", "emergency" },
        { "white patch on skin", "skin-blanching", "urgent" },
        { "skin turning white", "skin-blanching", "urgent" },
        { "purple blotchy skin", "skin-mottling", "urgent" },
        { "livid skin", "skin-mottling", "urgent" },
        { "skin went pale and cold", "skin-blanching", "urgent" },
        { "bluish patches", "skin-mottling", "urgent" },
        { "black skin", "skin-mottling", "urgent" },
        { "weeping", "pus", "urgent" },
        { "smells bad", "pus", "urgent" },
        { "red streaks", "pus", "urgent" },
        { "shivers", "fever", "urgent" },
        { "pus coming out", "pus", "urgent" },
        { "hives all over", "hives", "urgent" },
        { "covered in hives", "hives", "urgent" },
        { "bleeding won't stop", "bleeding", "urgent" },
        { "excruciating pain", "pain", "urgent" },
        { "yellow discharge", "pus", "urgent" },
        { "fever", "fever", "urgent" },
        { "high temperature", "fever", "urgent" },
        { "open sore", "ulcer", "urgent" },
        { "skin looks yellow", "jaundice", "urgent" },
        { "hot to touch", "warmth", "review" },
        { "hair falling out", "hair-shedding", "review" },
        { "hair loss", "hair-shedding", "review" },
        { "dark spots", "pigmentation", "review" },
        { "discoloured skin", "pigmentation", "review" },
        { "hard skin under the puncture", "hardening", "review" },
        { "face swollen", "face-swelling", "review" },
        { "dizzy", "dizziness", "review" },
        { "huge bruise", "bruising", "review" },
        { "eyes swollen shut", "face-swelling", "review" },
        { "tummy pain", "abdominal-pain", "review" },
        { "bald spot", "hair-shedding", "review" },
        { "lump", "nodule", "self-care" },
        { "hard lump", "nodule", "self-care" },
        { "itchy", "itching", "self-care" },
        { "bruise", "bruising", "self-care" },
        { "black and blue", "bruising", "self-care" },
        { "numb", "numbness", "self-care" },
        { "pins and needles", "tingling", "self-care" },
        { "it hurts", "pain", "self-care" },
        { "a bit red", "redness", "self-care" },
    };

    private static readonly FreeTextBatch Batch = new("triage", Enumerable.Range(0, Cases.Count).Select(Request));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_symptom_in_plain_words_gives_the_rules_symptom_and_level(string text, string code, string level)
    {
        var answer = await Batch.AnswerAsync(text);

        Assert.Contains(code, answer.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("symptom").GetString()));
        Assert.Empty(answer.GetProperty("unrecognized").EnumerateArray());
        Assert.Equal(level, answer.GetProperty("level").GetString());
    }

    /// <summary>The same words written only in the free-text description, with no symptom list.</summary>
    public static readonly TheoryData<string, string, string> DescriptionCases = new()
    {
        { "I can't breathe properly since this morning", "difficulty-breathing", "emergency" },
        { "my throat is closing up", "throat-swelling", "emergency" },
        { "my lips are swelling up", "tongue-or-lip-swelling", "emergency" },
        { "I passed out after lunch", "fainting", "emergency" },
        { "my vision is blurry in one eye", "vision-change", "emergency" },
        { "there is a white patch on my cheek", "skin-blanching", "urgent" },
        { "purple blotchy skin where the needle went in", "skin-mottling", "urgent" },
        { "pus coming out of one spot", "pus", "urgent" },
        { "I have a high temperature", "fever", "urgent" },
        { "an open sore near the injection", "ulcer", "urgent" },
        { "my hair is falling out", "hair-shedding", "review" },
    };

    private static readonly FreeTextBatch DescriptionBatch = new("triage", Enumerable.Range(0, DescriptionCases.Count).Select(DescriptionRequest));

    [Theory]
    [MemberData(nameof(DescriptionCases))]
    public async Task A_symptom_named_only_in_the_description_gives_the_rules_level(string text, string code, string level)
    {
        var answer = await DescriptionBatch.AnswerAsync(text);

        Assert.Contains(code, answer.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("symptom").GetString()));
        Assert.Equal(level, answer.GetProperty("level").GetString());
    }

    private static JsonObject DescriptionRequest(int index)
    {
        var text = DescriptionCases.ElementAt(index).Data.Item1;
        return new JsonObject
        {
            ["id"] = text,
            ["sessionDate"] = "2026-11-10",
            ["reportedOn"] = "2026-11-11",
            ["areas"] = new JsonArray("face"),
            ["symptoms"] = new JsonArray(),
            ["text"] = text,
        };
    }

    private static JsonObject Request(int index)
    {
        var text = Cases.ElementAt(index).Data.Item1;
        return new JsonObject
        {
            ["id"] = text,
            ["sessionDate"] = "2026-11-10",
            ["reportedOn"] = "2026-11-11",
            ["areas"] = new JsonArray("face"),
            ["substances"] = new JsonArray("hyaluronic-acid"),
            ["symptoms"] = new JsonArray(new JsonObject { ["code"] = text, ["severity"] = "mild", ["startedDaysAfterSession"] = 0 }),
        };
    }
}
