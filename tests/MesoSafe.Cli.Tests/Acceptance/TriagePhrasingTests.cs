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
        { "wheezy", "wheezing", "emergency" },
        { "passed out", "fainting", "emergency" },
        { "blacked out at home", "fainting", "emergency" },
        { "chest pain", "chest-pain", "emergency" },
        { "blurred vision", "vision-change", "emergency" },
        { "can't see properly", "vision-change", "emergency" },
        { "white patch on skin", "skin-blanching", "urgent" },
        { "skin turning white", "skin-blanching", "urgent" },
        { "purple blotchy skin", "skin-mottling", "urgent" },
        { "livid skin", "skin-mottling", "urgent" },
        { "pus coming out", "pus", "urgent" },
        { "yellow discharge", "pus", "urgent" },
        { "fever", "fever", "urgent" },
        { "high temperature", "fever", "urgent" },
        { "open sore", "ulcer", "urgent" },
        { "skin looks yellow", "jaundice", "urgent" },
        { "hot to touch", "warmth", "review" },
        { "hives all over", "hives", "review" },
        { "hair falling out", "hair-shedding", "review" },
        { "hair loss", "hair-shedding", "review" },
        { "dark spots", "pigmentation", "review" },
        { "discoloured skin", "pigmentation", "review" },
        { "hard skin under the puncture", "hardening", "review" },
        { "face swollen", "face-swelling", "review" },
        { "dizzy", "dizziness", "review" },
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
