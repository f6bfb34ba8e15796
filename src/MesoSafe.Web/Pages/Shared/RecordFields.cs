namespace MesoSafe.Web.Pages.Shared;

/// <summary>Maps a records-service field name ("depthMm", "products[0].lotId") onto the form's
/// model-state key ("Form.DepthMm", "Form.Products[0].LotId") so the error shows next to its field.</summary>
public static class RecordFields
{
    public static string Key(string prefix, string field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var parts = field.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]);
        return prefix + "." + string.Join('.', parts);
    }
}
