namespace MesoSafe.Clinical.Screening;

/// <summary>What one allergy entry came to: the planned substances it hits, or none (history).</summary>
internal sealed record AllergyMatch(string Input, IReadOnlyList<string> PlannedSubstancesHit, string? SaferReading);
