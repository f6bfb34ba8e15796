using System.Text.Json;

namespace MesoSafe.Records.Plans;

/// <summary>The risks of Data/plan-risks.json, chosen for a plan by indication and area.</summary>
public sealed class PlanRiskCatalog
{
    private readonly IReadOnlyList<Entry> _entries;

    private PlanRiskCatalog(IReadOnlyList<Entry> entries) => _entries = entries;

    public static PlanRiskCatalog LoadEmbedded()
    {
        using var stream = typeof(PlanRiskCatalog).Assembly.GetManifestResourceStream("MesoSafe.Records.Data.plan-risks.json")
            ?? throw new InvalidDataException("plan-risks.json is not embedded.");
        var file = JsonSerializer.Deserialize<RiskFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("plan-risks.json is empty.");
        foreach (var entry in file.Risks)
        {
            if (entry.Sources.Count == 0)
            {
                throw new InvalidDataException($"plan-risks.json: risk '{entry.Code}' names no source.");
            }
        }

        return new PlanRiskCatalog(file.Risks);
    }

    public IReadOnlyList<PlanRisk> RisksFor(TreatmentPlan plan) =>
        _entries
            .Where(e => e.When is null
                || (e.When.Indications ?? []).Contains(plan.Indication, StringComparer.Ordinal)
                || (e.When.Areas ?? []).Intersect(plan.Areas, StringComparer.Ordinal).Any())
            .Select(e => new PlanRisk(e.Code, e.Text, e.Sources))
            .ToList();

    private sealed record RiskFile(IReadOnlyList<Entry> Risks);

    private sealed record Entry(string Code, string Text, Condition? When, IReadOnlyList<string> Sources);

    private sealed record Condition(IReadOnlyList<string>? Indications, IReadOnlyList<string>? Areas);
}
