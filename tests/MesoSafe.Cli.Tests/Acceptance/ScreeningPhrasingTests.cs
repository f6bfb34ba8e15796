using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace MesoSafe.Cli.Tests.Acceptance;

/// <summary>Free text as clinicians and patients write it, none of it verbatim in clinical-rules.md,
/// screened through the real program: each must give the rule's finding and decision. The plan has a
/// lipolytic, thyroxine, biotin and lidocaine so that the liver, thyroid, epilepsy and allergy rules
/// can all fire; alone it is eligible (the first row).</summary>
public sealed class ScreeningPhrasingTests
{
    public static readonly TheoryData<string, string, string, string> Cases = new()
    {
        // list, free text, expected finding code, expected decision
        { "conditions", "none", "evidence-fat", "eligible" },
        { "conditions", "I'm 8 weeks pregnant", "pregnancy", "deferred" },
        { "conditions", "expecting twins", "pregnancy", "deferred" },
        { "conditions", "pregnant with my second", "pregnancy", "deferred" },
        { "conditions", "breast feeding", "breastfeeding", "deferred" },
        { "conditions", "breastfeeding my 3 month old", "breastfeeding", "deferred" },
        { "conditions", "still nursing", "breastfeeding", "deferred" },
        { "conditions", "had a mini-stroke in 2019", "stroke-history", "contraindicated" },
        { "conditions", "TIA last year", "stroke-history", "contraindicated" },
        { "conditions", "CVA 2015", "stroke-history", "contraindicated" },
        { "conditions", "T1DM", "diabetes-insulin", "contraindicated" },
        { "conditions", "insulin dependent diabetic", "diabetes-insulin", "contraindicated" },
        { "conditions", "type 2 diabetic on insulin", "diabetes-insulin", "contraindicated" },
        { "conditions", "type II diabetes (metformin)", "diabetes-non-insulin", "needs-review" },
        { "conditions", "diabetes type 2 (insulin)", "diabetes-insulin", "contraindicated" },
        { "conditions", "CHF on bisoprolol", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "AFib", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "angina", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "heart attack 2020", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "MI 2019", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "irregular heartbeat", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "stent in 2021", "heart-disease-on-medication", "contraindicated" },
        { "conditions", "chemo for breast cancer", "cancer", "contraindicated" },
        { "conditions", "leukaemia", "cancer", "contraindicated" },
        { "conditions", "on chemotherapy", "cancer", "contraindicated" },
        { "conditions", "melanoma removed last month", "cancer", "contraindicated" },
        { "conditions", "lymphoma in remission", "cancer-remission", "needs-review" },
        { "conditions", "cancer survivor", "cancer-remission", "needs-review" },
        { "conditions", "haemophilia A", "coagulation-disorder", "contraindicated" },
        { "conditions", "ITP", "coagulation-disorder", "contraindicated" },
        { "conditions", "thrombocytopenia", "coagulation-disorder", "contraindicated" },
        { "conditions", "von Willebrand's", "coagulation-disorder", "contraindicated" },
        { "conditions", "DVT 2022", "coagulation-disorder", "contraindicated" },
        { "conditions", "blood clots", "coagulation-disorder", "contraindicated" },
        { "conditions", "chronic urticaria", "urticaria", "contraindicated" },
        { "conditions", "NAFLD", "lipolytic-with-liver-disease", "contraindicated" },
        { "conditions", "hep B", "lipolytic-with-liver-disease", "contraindicated" },
        { "conditions", "liver cirrhosis", "lipolytic-with-liver-disease", "contraindicated" },
        { "conditions", "cold sore on lip", "skin-infection-at-site", "deferred" },
        { "conditions", "acne flare on forehead", "skin-infection-at-site", "deferred" },
        { "conditions", "impetigo", "skin-infection-at-site", "deferred" },
        { "conditions", "acne", "skin-infection-at-site", "deferred" },
        { "conditions", "platelet disorder", "coagulation-disorder", "contraindicated" },
        { "conditions", "SLE", "autoimmune-disease", "needs-review" },
        { "conditions", "RA", "autoimmune-disease", "needs-review" },
        { "conditions", "Sjogren's", "autoimmune-disease", "needs-review" },
        { "conditions", "kidney transplant 2015", "immunosuppressed", "contraindicated" },
        { "conditions", "HIV", "immunosuppressed", "contraindicated" },
        { "conditions", "bruise easily", "coagulation-disorder", "contraindicated" },
        { "conditions", "type 1", "diabetes-insulin", "contraindicated" },
        { "conditions", "brain bleed", "stroke-history", "contraindicated" },
        { "conditions", "breast ca", "cancer", "contraindicated" },
        { "conditions", "myeloma", "cancer", "contraindicated" },
        { "conditions", "keloid scars", "keloid-tendency", "eligible-with-precautions" },
        { "conditions", "eczema", "allergy-history", "eligible-with-precautions" },
        { "conditions", "asthma and hay fever", "allergy-history", "eligible-with-precautions" },
        { "conditions", "seizure disorder", "epilepsy", "eligible-with-precautions" },
        { "conditions", "epileptic", "epilepsy", "eligible-with-precautions" },
        { "conditions", "hypothyroid on levothyroxine", "thyroid-disease", "eligible-with-precautions" },
        { "conditions", "Graves", "thyroid-disease", "eligible-with-precautions" },
        { "conditions", "underactive thyroid", "thyroid-disease", "eligible-with-precautions" },
        { "medications", "Warfarin 3mg od", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Eliquis 2.5mg BD", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Xarelto", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Lixiana 60", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Clexane injections", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Pradaxa 150mg", "anticoagulant-therapy", "contraindicated" },
        { "medications", "blood thinners", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Plavix 75", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Brilinta", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Efient", "anticoagulant-therapy", "contraindicated" },
        { "medications", "baby aspirin", "blood-thinning-otc", "deferred" },
        { "medications", "Disprin", "blood-thinning-otc", "deferred" },
        { "medications", "Ecopirin 100 mg", "blood-thinning-otc", "deferred" },
        { "medications", "Coraspin", "blood-thinning-otc", "deferred" },
        { "medications", "Ibuprofen 400mg PRN", "blood-thinning-otc", "deferred" },
        { "medications", "Nurofen", "blood-thinning-otc", "deferred" },
        { "medications", "Brufen", "blood-thinning-otc", "deferred" },
        { "medications", "Advil", "blood-thinning-otc", "deferred" },
        { "medications", "Voltaren gel", "blood-thinning-otc", "deferred" },
        { "medications", "Naproxen", "blood-thinning-otc", "deferred" },
        { "medications", "Vit E 400 IU", "blood-thinning-otc", "deferred" },
        { "medications", "omega 3 fish oil", "blood-thinning-otc", "deferred" },
        { "medications", "Ginkgo biloba", "blood-thinning-otc", "deferred" },
        { "medications", "Lantus", "diabetes-insulin", "contraindicated" },
        { "medications", "NovoRapid", "diabetes-insulin", "contraindicated" },
        { "medications", "Roaccutane 20mg", "isotretinoin", "deferred" },
        { "medications", "isotretinoin (stopped 2 months ago)", "isotretinoin", "deferred" },
        { "medications", "Prednisolone 5 mg", "systemic-corticosteroid", "needs-review" },
        { "medications", "Medrol", "systemic-corticosteroid", "needs-review" },
        { "medications", "Methotrexate weekly", "immunosuppressed", "contraindicated" },
        { "medications", "Tacrolimus", "immunosuppressed", "contraindicated" },
        { "medications", "CellCept", "immunosuppressed", "contraindicated" },
        { "medications", "Duoplavin", "anticoagulant-therapy", "contraindicated" },
        { "medications", "Cardiprin", "blood-thinning-otc", "deferred" },
        { "medications", "Oratane", "isotretinoin", "deferred" },
        { "medications", "Zzyxomab", "unrecognized-entry", "needs-review" },
        { "allergies", "Lidocaine", "allergy-to-component", "contraindicated" },
        { "allergies", "xylocaine", "allergy-to-component", "contraindicated" },
        { "allergies", "local anaesthetic", "allergy-to-component", "contraindicated" },
        { "allergies", "vitamin B7", "allergy-to-component", "contraindicated" },
        { "allergies", "vitamins", "allergy-to-component", "contraindicated" },
        { "allergies", "lecithin", "allergy-to-component", "contraindicated" },
        { "allergies", "bupivacaine", "allergy-to-component", "contraindicated" },
        { "allergies", "soy", "allergy-to-component", "contraindicated" },
        { "allergies", "neomycin", "allergy-history", "eligible-with-precautions" },
        { "allergies", "procaine/novocaine", "allergy-history", "eligible-with-precautions" },
        { "allergies", "plant extracts", "allergy-history", "eligible-with-precautions" },
        { "allergies", "penicillin", "allergy-history", "eligible-with-precautions" },
        { "allergies", "nuts", "unrecognized-entry", "needs-review" },
    };

    private static readonly FreeTextBatch Batch = new("screen", Enumerable.Range(0, Cases.Count).Select(Request));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_free_text_entry_gives_the_rules_finding_and_decision(string list, string text, string code, string decision)
    {
        var answer = await Batch.AnswerAsync(Id(list, text));

        Assert.Contains(code, answer.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()));
        Assert.Equal(decision, answer.GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("Lidocaine", "lidocaine")]
    [InlineData("local anaesthetic", "lidocaine")]
    [InlineData("vitamin B7", "biotin")]
    [InlineData("lecithin", "phosphatidylcholine")]
    [InlineData("soy", "phosphatidylcholine")]
    public async Task An_allergy_to_a_planned_component_names_it(string text, string subject)
    {
        var answer = await Batch.AnswerAsync(Id("allergies", text));

        Assert.Contains(
            answer.GetProperty("findings").EnumerateArray(),
            finding => finding.GetProperty("code").GetString() == "allergy-to-component" && finding.GetProperty("subject").GetString() == subject);
    }

    [Theory]
    [InlineData("penicillin")]
    [InlineData("plant extracts")]
    public async Task An_allergy_to_nothing_planned_requires_a_sensitivity_test_even_for_a_returning_patient(string text)
    {
        var answer = await Batch.AnswerAsync(Id("allergies", text));

        Assert.Contains("sensitivity-test", answer.GetProperty("requiredBeforeTreatment").EnumerateArray().Select(step => step.GetString()));
    }

    private static string Id(string list, string text) => list + ":" + text;

    private static JsonObject Request(int index)
    {
        var row = Cases.ElementAt(index).Data;
        return new JsonObject
        {
            ["id"] = Id(row.Item1, row.Item2),
            ["date"] = "2026-11-22",
            ["patient"] = new JsonObject { ["birthDate"] = "1990-05-01", ["sex"] = "female", ["previousMesotherapy"] = true },
            [row.Item1] = new JsonArray(row.Item2),
            ["plan"] = new JsonObject
            {
                ["indication"] = "localized-fat",
                ["areas"] = new JsonArray("abdomen"),
                ["substances"] = new JsonArray("phosphatidylcholine", "thyroxine", "biotin"),
                ["anesthetic"] = "lidocaine",
                ["technique"] = "nappage",
                ["depthMm"] = 1.5,
            },
        };
    }
}
