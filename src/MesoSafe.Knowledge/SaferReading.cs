namespace MesoSafe.Knowledge;

/// <summary>An ambiguous word read as the more severe candidate; <see cref="Note"/> says so to the reader.</summary>
public sealed record SaferReading
{
    public string Synonym { get; init; } = "";

    public string Note { get; init; } = "";
}
