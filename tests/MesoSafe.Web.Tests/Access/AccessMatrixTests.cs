using System.Globalization;
using System.Text;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Access;

/// <summary>Issue 11 item 3: runs every cell of <see cref="AccessMatrix.Table"/> on one seeded world
/// of two clinics per database, in-process, and fails on any status that differs from the table and
/// on any leak: an id of the other clinic (or, for a patient, of the other patient) in the answer's
/// body that the caller did not send.</summary>
public sealed class AccessMatrixTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_cell_answers_its_status_and_no_answer_carries_another_clinics_ids(string provider)
    {
        var world = await AccessWorld.CreateAsync(await fixture.AppAsync(provider));
        var wrong = new List<string>();
        var leaks = new List<string>();
        var observed = new StringBuilder();
        var cells = 0;
        foreach (var row in AccessMatrix.Table)
        {
            var columns = row.Split('|').Select(c => c.Trim()).ToArray();
            var request = columns[0];
            var targeted = IsTargeted(request + AccessMatrix.Bodies.GetValueOrDefault(request));
            observed.Append(request);
            foreach (var (role, i) in AccessMatrix.Roles.Select((r, i) => (r, i)))
            {
                var expected = Expand(columns[i + 1], targeted ? 4 : 1);
                var seen = new List<int>();
                foreach (var (target, t) in (targeted ? AccessMatrix.Targets : [AccessMatrix.OwnOwn]).Select((x, t) => (x, t)))
                {
                    cells++;
                    var (status, body, sent) = await SendAsync(world, role, request, world.Target(target));
                    seen.Add(status);
                    if (status != expected[t])
                    {
                        wrong.Add($"{request} as {role}, {target}: {status}, expected {expected[t]}");
                    }

                    foreach (var id in world.Forbidden(role).Where(id => !sent.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
                    {
                        if (body.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase))
                        {
                            leaks.Add($"{request} as {role}, {target}: answer carries {Name(world, id)} {id}");
                        }
                    }
                }

                observed.Append(" | ").Append(string.Join(' ', seen.Distinct().Count() == 1 ? [seen[0]] : seen));
            }

            observed.AppendLine();
        }

        TestContext.Current.SendDiagnosticMessage($"Access matrix on {provider}: {cells} cells tried, {leaks.Count} leaks, {wrong.Count} unexpected statuses.");
        Console.WriteLine($"Access matrix on {provider}: {cells} cells tried, {leaks.Count} leaks, {wrong.Count} unexpected statuses.");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong) + "\nObserved:\n" + observed);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.True(cells > 500, $"only {cells} cells");
    }

    private static readonly string[] TargetNames = ["{clinic}", "{patient}", "{plan}", "{session}", "{checkIn}", "{event}", "{intake}", "{item}"];

    private static bool IsTargeted(string request) => TargetNames.Any(n => request.Contains(n, StringComparison.Ordinal));

    private static int[] Expand(string cell, int count)
    {
        var codes = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        return codes.Length == 1 ? [.. Enumerable.Repeat(codes[0], count)] : codes;
    }

    private static async Task<(int Status, string Body, string Sent)> SendAsync(AccessWorld world, string role, string request, PatientIds target)
    {
        var ct = TestContext.Current.CancellationToken;
        var space = request.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(request[..space]);
        var path = Fill(world, request[(space + 1)..], target);
        using var message = new HttpRequestMessage(method, path);
        var sent = path;
        if (AccessMatrix.Bodies.TryGetValue(request, out var template))
        {
            var json = Fill(world, template, target);
            sent += json;
            message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await world.Callers[role].SendAsync(message, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct), sent);
    }

    private static string Fill(AccessWorld world, string template, PatientIds target)
    {
        var today = world.App.Today;
        return template
            .Replace("{clinic}", target.Clinic.ToString(), StringComparison.Ordinal)
            .Replace("{patient}", target.Patient.ToString(), StringComparison.Ordinal)
            .Replace("{plan}", target.Plan.ToString(), StringComparison.Ordinal)
            .Replace("{session}", target.Session.ToString(), StringComparison.Ordinal)
            .Replace("{checkIn}", target.CheckIn.ToString(), StringComparison.Ordinal)
            .Replace("{event}", target.Event.ToString(), StringComparison.Ordinal)
            .Replace("{intake}", target.Intake.ToString(), StringComparison.Ordinal)
            .Replace("{item}", target.Item.ToString(), StringComparison.Ordinal)
            .Replace("{lot}", world.A.LotId.ToString(), StringComparison.Ordinal)
            .Replace("{recalled}", world.RecalledLot.ToString(), StringComparison.Ordinal)
            .Replace("{product}", world.A.ProductId.ToString(), StringComparison.Ordinal)
            .Replace("{unique}", Guid.NewGuid().ToString("N")[..12], StringComparison.Ordinal)
            .Replace("{today}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{yesterday}", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{nextYear}", today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Name(AccessWorld world, Guid id)
    {
        foreach (var (label, ids) in new[] { ("other clinic's patient 1", world.OtherClinicPatient), ("other clinic's patient 2", world.OtherClinicOtherPatient), ("other patient", world.OtherPatient), ("own patient", world.OwnPatient) })
        {
            var property = typeof(PatientIds).GetProperties().FirstOrDefault(p => p.PropertyType == typeof(Guid) && (Guid)p.GetValue(ids)! == id);
            if (property is not null)
            {
                return label + " " + property.Name.ToLowerInvariant();
            }
        }

        return id == world.B.ClinicId ? "other clinic" : world.OtherClinicStaff.Contains(id) ? "other clinic's staff user" : "id";
    }
}
