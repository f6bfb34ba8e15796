using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

public sealed class ScreeningThresholdTests
{
    private static readonly ScreeningEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("nappage", 1.0, false)]
    [InlineData("nappage", 4.0, false)]
    [InlineData("nappage", 0.9, true)]
    [InlineData("nappage", 4.1, true)]
    [InlineData("papule", 0.5, true)]
    [InlineData("point-by-point", 4.5, true)]
    [InlineData("injector-gun", 4.1, true)]
    [InlineData("needle-free", 6.0, false)]
    [InlineData("needle-free", 0.2, false)]
    [InlineData(null, 5.0, true)]
    public void Depth_must_be_within_1_and_4_mm_for_dermal_techniques(string? technique, double depth, bool outOfRange)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Technique = technique, DepthMm = depth }));

        Assert.Equal(outOfRange, result.Findings.Any(f => f.Code == "depth-out-of-range" && f.Effect == FindingEffect.NeedsReview));
    }

    [Theory]
    [InlineData(2.0, false)]
    [InlineData(2.1, true)]
    public void Depth_around_the_eyes_is_at_most_2_mm(double depth, bool outOfRange)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Areas = ["periorbital"], DepthMm = depth }));

        Assert.Equal(outOfRange, result.Findings.Any(f => f.Code == "depth-out-of-range"));
        Assert.Contains(result.Findings, f => f.Code == "periorbital-area");
    }

    [Fact]
    public void Depth_finding_names_the_depth()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { DepthMm = 4.1 }));

        Assert.Equal("4.1 mm", Assert.Single(result.Findings).Subject);
    }

    [Theory]
    [InlineData("2008-11-22", false)]
    [InlineData("2008-11-23", true)]
    [InlineData("2008-11-21", false)]
    [InlineData("2015-01-01", true)]
    public void A_patient_is_a_minor_until_the_18th_birthday(string birthDate, bool minor)
    {
        var request = ScreeningRequests.Eligible() with
        {
            Patient = ScreeningRequests.Eligible().Patient with { BirthDate = DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var result = Engine.Evaluate(request);

        Assert.Equal(minor, result.Findings.Any(f => f.Code == "minor" && f.Effect == FindingEffect.NeedsReview));
    }

    [Fact]
    public void A_missing_birth_date_needs_review()
    {
        var request = ScreeningRequests.Eligible() with { Patient = ScreeningRequests.Eligible().Patient with { BirthDate = null } };

        var result = Engine.Evaluate(request);

        Assert.Equal("age-unknown", Assert.Single(result.Findings).Code);
        Assert.Equal(ScreeningDecision.NeedsReview, result.Decision);
    }
}
