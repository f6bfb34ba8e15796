namespace MesoSafe.Records.Aftercare;

/// <summary>One line of a clinic's queue for today.</summary>
public sealed record AttentionQueueEntry(
    string Reason,
    int Priority,
    Guid PatientId,
    string PatientName,
    Guid? CheckInId,
    Guid? SessionId,
    Guid? LotId,
    DateOnly? Due,
    DateTimeOffset? RaisedAt)
{
    /// <summary>The attention item to resolve (POST /api/v1/queue/{itemId}/resolve); null for
    /// overdue check-ins and today's sessions, which leave the queue by themselves.</summary>
    public Guid? ItemId { get; init; }

    /// <summary>The words of the check-in nobody could read (empty when all was read).</summary>
    public IReadOnlyList<string> UnreadWords { get; init; } = [];
}
