namespace MesoSafe.Records.Idempotency;

/// <summary>The stored answer to a write sent with an Idempotency-Key, replayed on a duplicate.</summary>
public sealed class IdempotentRequest
{
    public required string Key { get; set; }

    public Guid UserId { get; set; }

    public required string Method { get; set; }

    public required string Path { get; set; }

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
