using MesoSafe.Records.Plans;
using Xunit;

namespace MesoSafe.Records.Tests;

public sealed class PlanRiskCatalogTests
{
    private static readonly PlanRiskCatalog Catalog = PlanRiskCatalog.LoadEmbedded();

    private static TreatmentPlan Plan(string indication, params string[] areas) =>
        new() { Indication = indication, Technique = "nappage", Areas = [.. areas], Substances = ["hyaluronic-acid"] };

    [Fact]
    public void Every_plan_lists_the_general_risks_each_with_a_source()
    {
        var risks = Catalog.RisksFor(Plan("skin-rejuvenation", "face"));

        Assert.Contains(risks, r => r.Code == "infection");
        Assert.Contains(risks, r => r.Code == "allergic-reaction");
        Assert.All(risks, r => Assert.NotEmpty(r.Sources));
        Assert.DoesNotContain(risks, r => r.Code is "liver-strain" or "periorbital-sensitivity" or "limited-evidence-hair");
    }

    [Theory]
    [InlineData("localized-fat", "abdomen", "liver-strain")]
    [InlineData("dark-circles", "periorbital", "periorbital-sensitivity")]
    [InlineData("hair-loss", "scalp", "limited-evidence-hair")]
    public void A_plan_adds_the_risks_of_its_indication_or_area(string indication, string area, string expected) =>
        Assert.Contains(Catalog.RisksFor(Plan(indication, area)), r => r.Code == expected);
}
