namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>The pick lists of the intake form. Codes the knowledge base must know
/// (clinical-rules.md, "Vocabulary every version must know"); free text is still accepted
/// for the list fields and screened as such.</summary>
public static class IntakeChoices
{
    public static IReadOnlyList<string> Areas { get; } =
        ["face", "periorbital", "neck", "scalp", "submental", "decollete", "abdomen", "flanks", "thighs", "buttocks", "arms", "legs"];

    public static IReadOnlyList<string> Techniques { get; } =
        ["nappage", "papule", "point-by-point", "injector-gun", "needle-free"];

    public static IReadOnlyList<string> Indications { get; } =
        ["facial-rejuvenation", "skin-tightening", "fine-lines", "dark-circles", "hyperpigmentation", "stretch-marks",
         "double-chin", "face-contouring", "hair-loss", "cellulite", "localized-fat", "body-tightening"];

    public static IReadOnlyList<string> Anesthetics { get; } = ["lidocaine", "procaine", "mepivacaine"];
}
