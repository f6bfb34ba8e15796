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
    DateTimeOffset? RaisedAt);
