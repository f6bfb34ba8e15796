using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>A field in error says so to assistive technology: aria-invalid="true" and its error
/// message added to aria-describedby (after any hint). Works on every <c>asp-for</c> input, select
/// and textarea, and on any element given <c>error-for="Form.Key"</c> (hand-written fields and
/// checkbox groups). Runs after the built-in tag helpers, which set the id.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement(Attributes = "error-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    [HtmlAttributeName("error-for")]
    public string? ErrorFor { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = ErrorFor ?? (For is null ? null : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name));
        if (key is null || !FormErrors.HasError(ViewContext.ModelState, key))
        {
            return;
        }

        if (output.TagName is "input" or "select" or "textarea")
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }

        var message = FormErrors.MessageId(key);
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var attribute) ? attribute.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(existing) ? message : existing + " " + message);
    }
}
