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

    [Theory]
    [InlineData("fat reduction", "belly", "liver-strain")]
    [InlineData("Double chin", "under the chin", "liver-strain")]
    [InlineData("dark circles", "under the eyes", "periorbital-sensitivity")]
    [InlineData("facial-rejuvenation", "crow's feet", "periorbital-sensitivity")]
    [InlineData("alopecia", "scalp", "limited-evidence-hair")]
    public void A_plan_in_words_lists_the_risks_of_the_indication_and_area_the_vocabulary_reads(string indication, string area, string expected) =>
        Assert.Contains(Catalog.RisksFor(Plan(indication, area)), r => r.Code == expected);

    [Fact]
    public void The_risks_are_the_knowledge_base_consent_risks_with_their_sources()
    {
        var kb = MesoSafe.Knowledge.KnowledgeBase.LoadEmbedded();

        var risks = Catalog.RisksFor(Plan("hair-loss", "scalp"));

        Assert.Equal(kb.Version, Catalog.Version);
        Assert.All(risks, r => Assert.Equal(kb.ConsentRisks.Single(k => k.Code == r.Code).Sources, r.Sources));
    }
}
