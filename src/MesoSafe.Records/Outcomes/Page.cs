namespace MesoSafe.Records.Outcomes;

/// <summary>One page of a list, with the total count of matching records.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount);
