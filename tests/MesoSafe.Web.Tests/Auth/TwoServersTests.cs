using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MesoSafe.Records.Demo;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Auth;

/// <summary>Two real app processes on one database (ADR 0411): a sign-in made on one server is a
/// sign-in on the other, because the data-protection keys and the sign-in sessions are in the
/// database. Each step crosses servers: the form comes from one, its post goes to the other.</summary>
public sealed partial class TwoServersTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_sign_in_on_one_server_works_on_the_other(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__MesoSafe"] = database.ConnectionString,
        };
        using var first = await WebAppProcess.StartAsync(environment, "--seed-demo");
        using var second = await WebAppProcess.StartAsync(environment);
        var cookies = new CookieContainer();
        using var one = Browser(first, cookies);
        using var two = Browser(second, cookies);
        var email = "practitioner@" + DemoSeed.Domain;

        // The sign-in form (and its antiforgery token) from the first server, posted to the second.
        var signInToken = await AntiforgeryTokenAsync(one, "/Account/SignIn");
        var signedIn = await two.PostAsync("/Account/SignIn", Form(("Email", email), ("Password", DemoSeed.DefaultPassword), ("__RequestVerificationToken", signInToken)), ct);
        // The session made by the second server opens a page on the first.
        var home = await one.GetAsync("/Practitioner", ct);
        var homeHtml = await home.Content.ReadAsStringAsync(ct);
        // The sign-out form of the first server's page, posted to the second: the session ends on both.
        var signOutToken = TokenIn(homeHtml);
        var signedOut = await two.PostAsync("/Account/SignOut", Form(("__RequestVerificationToken", signOutToken)), ct);
        var afterSignOut = await one.GetAsync("/Practitioner", ct);
        // A bearer token issued by one server is honoured by the other.
        var token = await one.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoSeed.DefaultPassword }, ct);
        using var api = new HttpClient { BaseAddress = second.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString());
        var patients = await api.GetAsync("/api/v1/patients", ct);

        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in on the second server: {signedIn.StatusCode}\n{second.Output}");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Sign out", homeHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/Account/SignIn", afterSignOut.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, patients.StatusCode);
    }

    private static HttpClient Browser(WebAppProcess app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.Address };

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetAsync(path, TestContext.Current.CancellationToken);
        page.EnsureSuccessStatusCode();
        return TokenIn(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string TokenIn(string html)
    {
        var input = TokenInput().Match(html);
        Assert.True(input.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(TokenValue().Match(input.Value).Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex TokenValue();
}
