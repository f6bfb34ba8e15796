namespace MesoSafe.Web.Pages.Shared;

/// <summary>Maps a records-service field name ("depthMm", "products[0].lotId") onto the form's
/// model-state key ("Form.DepthMm") so the error shows next to its field; a field the form does
/// not have goes to the summary at the top of the form.</summary>
public static class RecordFields
{
    public static string Key(string prefix, string field, Type form)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var first = field.Split('.', '[')[0];
        var property = char.ToUpperInvariant(first[0]) + first[1..];
        return form.GetProperty(property) is null ? string.Empty : prefix + "." + property + field[first.Length..];
    }
}
