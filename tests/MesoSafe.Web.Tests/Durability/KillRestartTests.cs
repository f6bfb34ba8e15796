using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MesoSafe.Records.Demo;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Durability;

/// <summary>Starts the real process, writes concurrently, SIGKILLs it mid-way, restarts it on the same
/// database: every acknowledged write is there, whole, with its audit entry; nothing else is.</summary>
public sealed class KillRestartTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_acknowledged_write_survives_a_kill_and_nothing_is_half_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__MesoSafe"] = database.ConnectionString,
            ["DataProtection__KeysFolder"] = Path.Combine(database.Folder, "keys"),
        };
        var acknowledged = new ConcurrentDictionary<Guid, string>();
        var run = Guid.NewGuid().ToString("N")[..8];
        string token;

        using (var first = await WebAppProcess.StartAsync(environment, "--seed-demo"))
        {
            token = await TokenAsync(first.Address, "practitioner@" + DemoSeed.Domain);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
            {
                using var client = Client(first.Address, token);
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var family = $"Kill-{run}-{w}-{i}";
                    try
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/patients")
                        {
                            Content = JsonContent.Create(new { givenName = "Given-" + family, familyName = family, birthDate = "1980-02-03", sex = "female" }),
                        };
                        request.Headers.Add("Idempotency-Key", family);
                        var response = await client.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                            acknowledged[body.GetProperty("id").GetGuid()] = family;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 40)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using var second = await WebAppProcess.StartAsync(environment);
        using var practitioner = Client(second.Address, token); // keys persisted: the old token still works
        using var officer = Client(second.Address, await TokenAsync(second.Address, "officer@" + DemoSeed.Domain));
        var stored = await AllAsync(practitioner, $"/api/v1/patients?name=Kill-{run}-");
        var audited = (await AllAsync(officer, "/api/v1/audit?entityType=Patient"))
            .Where(e => e.GetProperty("action").GetString() == "create")
            .Select(e => Guid.Parse(e.GetProperty("entityId").GetString()!))
            .ToHashSet();

        Assert.True(acknowledged.Count >= 40);
        var storedIds = stored.Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        Assert.All(acknowledged.Keys, id => Assert.Contains(id, storedIds));
        Assert.All(stored, p =>
        {
            var family = p.GetProperty("familyName").GetString()!;
            Assert.Equal("Given-" + family, p.GetProperty("givenName").GetString());
            Assert.Equal("1980-02-03", p.GetProperty("birthDate").GetString());
            Assert.Contains(p.GetProperty("id").GetGuid(), audited);
        });
        Assert.Equal(stored.Count, stored.Select(p => p.GetProperty("familyName").GetString()).Distinct().Count());
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(Uri address, string email)
    {
        using var client = new HttpClient { BaseAddress = address };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoSeed.DefaultPassword }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string path)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"{path}&page={page}&pageSize=200", TestContext.Current.CancellationToken);
            all.AddRange(body.GetProperty("items").EnumerateArray());
            if (all.Count >= body.GetProperty("totalCount").GetInt32())
            {
                return all;
            }
        }
    }
}
