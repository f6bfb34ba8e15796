namespace MesoSafe.Knowledge.Practice;

/// <summary>A symptom offered as a quick pick on the check-in page, in the patient's words.</summary>
public sealed record CheckInQuickPick
{
    /// <summary>The symptom code the pick reports.</summary>
    public string Symptom { get; init; } = "";

    public string Words { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
