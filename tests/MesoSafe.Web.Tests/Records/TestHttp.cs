using System.Net.Http.Json;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

/// <summary>HTTP calls that stop when the test is cancelled.</summary>
internal static class TestHttp
{
    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> GetTestAsync(this HttpClient client, string url) =>
        client.GetAsync(url, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> SendTestAsync(this HttpClient client, HttpRequestMessage request) =>
        client.SendAsync(request, TestContext.Current.CancellationToken);
}
