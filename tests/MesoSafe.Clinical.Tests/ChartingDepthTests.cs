using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

/// <summary>Charting checks depths with the knowledge base's compiled depth rule: for every technique,
/// area and depth the answer is the screening's.</summary>
public sealed class ChartingDepthTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly ScreeningEngine Engine = new(Kb);
    private static readonly DepthCheck Check = new(Kb, Kb.Charting!.DepthRule);

    public static TheoryData<string?, string> Plans()
    {
        var data = new TheoryData<string?, string>();
        string?[] techniques = ["nappage", "papule", "point-by-point", "injector-gun", "needle-free", "meso gun", "unheard-of", null];
        foreach (var technique in techniques)
        {
            foreach (var area in new[] { "face", "periorbital", "under the eyes", "scalp", "abdomen" })
            {
                data.Add(technique, area);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Charting_and_screening_agree_on_every_depth(string? technique, string area)
    {
        for (var tenths = 1; tenths <= 60; tenths++)
        {
            var depth = tenths / 10.0;
            var screened = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Technique = technique, Areas = [area], DepthMm = depth }))
                .Findings.Any(f => f.Code == Check.RuleCode);

            Assert.True(screened == Check.IsOutOfRange(technique, [area], depth), $"{technique} {area} {depth} mm");
        }
    }

    [Fact]
    public void The_charting_depth_rule_is_the_screening_rule_of_that_code()
    {
        Assert.Equal("depth-out-of-range", Check.RuleCode);
        Assert.Contains(Kb.ScreeningRules, r => r.Code == Check.RuleCode && r.Evaluation == "depth");
    }

    [Fact]
    public void A_code_that_names_no_depth_rule_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DepthCheck(Kb, "pregnancy"));

        Assert.Contains("'pregnancy' is not a depth rule", error.Message, StringComparison.Ordinal);
    }
}
