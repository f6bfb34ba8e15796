using MesoSafe.Records.AdverseEvents;
using Xunit;

namespace MesoSafe.Records.Tests;

public sealed class AdverseEventVocabularyTests
{
    [Fact]
    public void Seriousness_is_the_six_ICH_E2A_criteria() =>
        Assert.Equal(
            ["congenital-anomaly", "death", "disability", "hospitalisation", "life-threatening", "other-medically-important"],
            AdverseEventVocabulary.Seriousness.Order(StringComparer.Ordinal));

    [Fact]
    public void Causality_is_the_six_WHO_UMC_categories() =>
        Assert.Equal(
            ["certain", "conditional", "possible", "probable", "unassessable", "unlikely"],
            AdverseEventVocabulary.Causality.Order(StringComparer.Ordinal));
}
