namespace MesoSafe.Web.Pages.Shared;

/// <summary>Free-text list fields: one entry per line or separated by commas or semicolons.</summary>
public static class FormLists
{
    private static readonly char[] Separators = ['\n', '\r', ',', ';'];

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
}
