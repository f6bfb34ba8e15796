using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>One error of a rejected form, as the error summary lists it: the message and the id
/// of the field it links to (null for an error of the whole form).</summary>
public sealed record FormError(string Message, string? FieldId);

/// <summary>The GOV.UK / NHS error pattern in one place: a field's id and its message's id both
/// follow from the model-state key ("Form.GivenName" → "Form_GivenName" and
/// "Form_GivenName-error"), so the summary's links, the field's aria-describedby and the message
/// element agree without each page wiring them by hand.</summary>
public static class FormErrors
{
    public static string FieldId(string key) => TagBuilder.CreateSanitizedId(key, "_");

    public static string MessageId(string key) => FieldId(key) + "-error";

    public static bool HasError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public static string? Message(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? Text(entry.Errors[0]) : null;

    /// <summary>The first error of each key, errors of the whole form first.</summary>
    public static IReadOnlyList<FormError> List(ModelStateDictionary modelState)
    {
        var errors = new List<FormError>();
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0)
            {
                errors.Add(new FormError(Text(entry.Errors[0]), key.Length == 0 ? null : FieldId(key)));
            }
        }

        return [.. errors.OrderBy(e => e.FieldId is null ? 0 : 1)];
    }

    private static string Text(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? "Check this answer: it could not be read." : error.ErrorMessage;
}
