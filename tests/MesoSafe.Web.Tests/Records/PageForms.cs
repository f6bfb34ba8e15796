using System.Text.RegularExpressions;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

/// <summary>Posts a Razor Page form as a browser would: the antiforgery token is read from the page
/// first (the client keeps the antiforgery cookie).</summary>
internal static partial class PageForms
{
    /// <summary>A client signed in as <paramref name="signedIn"/> that does not follow redirects:
    /// HttpClient drops the bearer header on a redirect, and a page's answer to a saved form is one.</summary>
    public static HttpClient PageClient(this RecordsApp app, HttpClient signedIn)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetAsync(path, ct);
        page.EnsureSuccessStatusCode();
        var html = await page.Content.ReadAsStringAsync(ct);
        var input = TokenInput().Match(html);
        Assert.True(input.Success, $"{path} has no antiforgery token.");
        var token = TokenValue().Match(input.Value).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token))));
        return await client.PostAsync(handler is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, content, ct);
    }

    public static Task<string> HtmlAsync(this HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex TokenValue();
}
