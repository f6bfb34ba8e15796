namespace MesoSafe.Records.Privacy;

public sealed record ErasureInput(string? Reason);
