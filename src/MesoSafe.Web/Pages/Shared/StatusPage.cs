using Microsoft.AspNetCore.Diagnostics;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>A plain HTML page for 403, 404 and 500 answers to people (the API keeps problem+json).
/// Written directly: routing has already run, so re-executing a Razor page is not possible here.</summary>
public static class StatusPage
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var (title, text) = response.StatusCode switch
        {
            404 => ("Not found", "There is no such page, or it is not yours to see."),
            403 => ("Not for your role", "You are signed in, but this part of MesoSafe belongs to another role."),
            _ => ("Something went wrong", "The page could not be shown. Please try again."),
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + title + " · MesoSafe</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
            + "<header class=\"site-header\"><div class=\"site-header__inner\"><a class=\"brand\" href=\"/\">MesoSafe</a></div></header>"
            + "<main id=\"main\" class=\"page\"><section class=\"card card--message\"><h1>" + title + "</h1><p>" + text
            + "</p><a class=\"button\" href=\"/\">Go to my home page</a></section></main></body></html>");
    }
}
