namespace MesoSafe.Knowledge.Practice;

/// <summary>One step of the asepsis checklist charted with a session ("skin-disinfected").</summary>
public sealed record AsepsisStep
{
    public string Code { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
