namespace MesoSafe.Web.Pages.Patient;

/// <summary>The symptoms offered as quick picks, in the patient's words, with the knowledge-base
/// code each maps to (clinical-rules.md vocabulary). Anything else can be typed.</summary>
public static class CheckInChoices
{
    public static IReadOnlyList<(string Code, string Words)> Symptoms { get; } =
    [
        ("swelling", "Swelling"),
        ("redness", "Redness"),
        ("bruising", "Bruising"),
        ("pain", "Pain"),
        ("itching", "Itching"),
        ("nodule", "A lump or bump"),
        ("warmth", "Warm to the touch"),
        ("pus", "Pus or discharge"),
        ("fever", "Fever or chills"),
        ("hives", "Hives or rash"),
        ("skin-blanching", "A white patch"),
        ("skin-mottling", "A dusky or purple net pattern"),
        ("difficulty-breathing", "Trouble breathing"),
        ("throat-swelling", "Throat swelling or tightness"),
        ("tongue-or-lip-swelling", "Tongue or lip swelling"),
        ("vision-change", "Change in vision"),
        ("chest-pain", "Chest pain"),
        ("dizziness", "Dizziness or fainting"),
    ];
}
