using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>Gives a field's error message the id its field points at (<see cref="FormErrors.MessageId"/>).
/// On <c>asp-validation-for</c> spans it only sets the id; <c>error-message-for="Form.Key"</c>
/// also writes the message, for fields whose key is not a model expression.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement(Attributes = "error-message-for")]
public sealed class ErrorMessageTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    [HtmlAttributeName("error-message-for")]
    public string? MessageFor { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = MessageFor ?? (For is null ? null : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name));
        if (key is null)
        {
            return;
        }

        output.Attributes.SetAttribute("id", FormErrors.MessageId(key));
        var message = FormErrors.Message(ViewContext.ModelState, key);
        if (message is null)
        {
            return;
        }

        // As GOV.UK does: a hidden "Error:" so the message is not read as a hint.
        output.PreContent.SetHtmlContent("<span class=\"sr-only\">Error: </span>");
        if (MessageFor is not null)
        {
            output.Content.SetContent(message);
        }
    }
}
