namespace MesoSafe.Records.Sessions;

/// <summary>One product injected in a session, with the lot it came from.</summary>
public sealed class SessionProduct
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SessionId { get; set; }

    public Guid ProductId { get; set; }

    public Guid LotId { get; set; }

    public double? VolumeMl { get; set; }
}
