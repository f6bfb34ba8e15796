using MesoSafe.Records.Outcomes;

namespace MesoSafe.Records.Catalog;

/// <summary>A manufactured lot. A lot past its expiry date or recalled cannot be charted. The recall
/// state changes only through <see cref="Recall"/>, so a lot is recalled once, with its reason
/// (EF Core maps the private setters).</summary>
public sealed class Lot : IVersioned
{
    /// <summary>Longest recall reason stored (the column's length).</summary>
    public const int MaxRecallReasonLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    public Product? Product { get; set; }

    public required string LotNumber { get; set; }

    public DateOnly Expiry { get; set; }

    public bool Recalled { get; private set; }

    public DateTimeOffset? RecalledAt { get; private set; }

    public string? RecallReason { get; private set; }

    /// <summary>The user who recalled the lot (issue 10): clinics are told who, when and why.</summary>
    public Guid? RecalledBy { get; private set; }

    public long Version { get; set; }

    public bool IsExpiredOn(DateOnly date) => date > Expiry;

    /// <summary>Checks the lot may be injected on <paramref name="date"/>: the refusal names
    /// <paramref name="field"/>, else the checked lot a session is charted from.</summary>
    public RecordOutcome<CheckedLot> CheckFor(DateOnly date, string field)
    {
        if (Recalled)
        {
            return RecordProblem.Refused(field, RecordProblemCodes.LotRecalled, $"Lot {LotNumber} has been recalled.");
        }

        if (IsExpiredOn(date))
        {
            return RecordProblem.Refused(field, RecordProblemCodes.LotExpired, $"Lot {LotNumber} expired on {Expiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return new CheckedLot(this, date);
    }

    /// <summary>Recalls the lot at <paramref name="at"/>, by the user <paramref name="by"/>. Refuses a blank reason (the reason is kept
    /// with the recall and shown to every clinic) and a second recall (the first one's time and
    /// reason are what clinics were told); returns the refusal, or null when recalled.</summary>
    public RecordProblem? Recall(string? reason, DateTimeOffset at, Guid by)
    {
        if (Recalled)
        {
            return new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.LotAlreadyRecalled, "id", $"Lot {LotNumber} was already recalled: {RecallReason}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RecordProblem.Invalid("reason", Clinical.Json.RequestErrorCodes.Required, "reason says why the lot is recalled.");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length > MaxRecallReasonLength)
        {
            return RecordProblem.Invalid("reason", Clinical.Json.RequestErrorCodes.TooLong, $"reason is at most {MaxRecallReasonLength} characters.");
        }

        Recalled = true;
        RecalledAt = at;
        RecallReason = trimmed;
        RecalledBy = by;
        return null;
    }
}
