using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>The words and stable codes the pages show for engine outcomes.</summary>
public static class ClinicalWording
{
    public static string Code(ScreeningDecision decision) => decision switch
    {
        ScreeningDecision.Eligible => "eligible",
        ScreeningDecision.EligibleWithPrecautions => "eligible-with-precautions",
        ScreeningDecision.NeedsReview => "needs-review",
        ScreeningDecision.Deferred => "deferred",
        ScreeningDecision.Contraindicated => "contraindicated",
        _ => "unknown",
    };

    public static string Label(ScreeningDecision decision) => decision switch
    {
        ScreeningDecision.Eligible => "Eligible",
        ScreeningDecision.EligibleWithPrecautions => "Eligible with precautions",
        ScreeningDecision.NeedsReview => "Needs review",
        ScreeningDecision.Deferred => "Deferred",
        ScreeningDecision.Contraindicated => "Contraindicated",
        _ => decision.ToString(),
    };

    public static string Code(FindingEffect effect) => effect switch
    {
        FindingEffect.Info => "info",
        FindingEffect.Precaution => "precaution",
        FindingEffect.NeedsReview => "needs-review",
        FindingEffect.Deferred => "deferred",
        FindingEffect.Contraindicated => "contraindicated",
        _ => "unknown",
    };

    public static string Label(FindingEffect effect) => effect switch
    {
        FindingEffect.Info => "Information",
        FindingEffect.Precaution => "Precaution",
        FindingEffect.NeedsReview => "Needs review",
        FindingEffect.Deferred => "Deferred",
        FindingEffect.Contraindicated => "Contraindicated",
        _ => effect.ToString(),
    };

    public static string Code(TriageLevel level) => level switch
    {
        TriageLevel.SelfCare => "self-care",
        TriageLevel.Review => "review",
        TriageLevel.Urgent => "urgent",
        TriageLevel.Emergency => "emergency",
        _ => "unknown",
    };

    public static string Label(TriageLevel level) => level switch
    {
        TriageLevel.SelfCare => "Self-care at home",
        TriageLevel.Review => "The clinic will review",
        TriageLevel.Urgent => "Contact the clinic or a doctor today",
        TriageLevel.Emergency => "Call emergency services now",
        _ => level.ToString(),
    };

    /// <summary>"sensitivity-test" reads as "sensitivity test".</summary>
    public static string Words(string code) => code.Replace('-', ' ');
}
