using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests;

/// <summary>Signs of a stroke (an injection into a facial vessel can embolise to the brain) or of a
/// seizure (anaesthetic toxicity) are emergencies, never the review given to unrecognized words.</summary>
public sealed class TriageNeurologicalSignTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("slurred speech", "stroke-signs")]
    [InlineData("face drooping", "stroke-signs")]
    [InlineData("weakness in my arm", "stroke-signs")]
    [InlineData("confused", "stroke-signs")]
    [InlineData("had a fit", "seizure")]
    [InlineData("convulsions", "seizure")]
    public void A_neurological_sign_calls_emergency_services(string symptom, string code)
    {
        var result = Engine.Evaluate(Reported(1, Symptom(symptom)));

        Assert.Equal(TriageLevel.Emergency, result.Level);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(code, finding.Symptom);
        Assert.Equal("neurological-emergency", finding.Rule);
    }
}
