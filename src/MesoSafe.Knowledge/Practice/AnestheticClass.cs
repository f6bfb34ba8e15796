namespace MesoSafe.Knowledge.Practice;

/// <summary>The substance class whose members the forms offer as the local anaesthetic.</summary>
public sealed record AnestheticClass
{
    public string Class { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
