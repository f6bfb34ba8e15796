using System.Net;
using System.Text.Json;
using MesoSafe.Web.Tests.Problems;
using Xunit;

namespace MesoSafe.Web.Tests.Properties;

/// <summary>What every answer of the API must be, whatever it was sent (issue 20): never a 5xx, and
/// every error problem+json with a stable code and nothing of an exception in it.</summary>
internal static class Answers
{
    /// <summary>Throws (so that FsCheck reports the input) unless the answer is 2xx/3xx, or 4xx
    /// problem+json with a code; returns the status.</summary>
    public static async Task<HttpStatusCode> AssertSoundAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (status >= 500)
        {
            Assert.Fail($"{what}: {status} {text[..Math.Min(text.Length, 400)]}");
        }

        if (status >= 400)
        {
            Assert.True(
                response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{what}: {status} answered as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}");
            using var body = JsonDocument.Parse(text);
            Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("code").GetString()), what + ": no code");
            ProblemShape.AssertNoLeak(text);
        }

        return response.StatusCode;
    }
}
