using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

public sealed class TextNormaliserTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    [Theory]
    [InlineData("Xarelto 20 mg", "xarelto")]
    [InlineData("aspirin 81mg tablets", "aspirin")]
    [InlineData("Aspirin 75 mg daily", "aspirin")]
    [InlineData("warfarin sodium 5mg tablet", "warfarin")]
    [InlineData("LIDOCAINE HCL", "lidocaine")]
    [InlineData("potassium chloride? no: metformin HCl 500 mg twice a day", "chloride no metformin")]
    [InlineData("currently pregnant (12 weeks)", "pregnant")]
    [InlineData("lidocaine 0.5% injection", "lidocaine")]
    [InlineData("syrup 5 ml bid", "")]
    [InlineData("Type 1 diabetes", "type 1 diabetes")]
    [InlineData("omega-3", "omega 3")]
    [InlineData("can't   breathe", "cant breathe")]
    [InlineData("history of heart disease", "heart")]
    [InlineData("Point-by-point", "point by point")]
    [InlineData("  Pregnant.  ", "pregnant")]
    public void Normalisation_drops_doses_forms_frequencies_salts_notes_and_fillers(string input, string expected)
    {
        Assert.Equal(expected, Kb.Vocabulary.Normaliser.Normalise(input));
    }
}
