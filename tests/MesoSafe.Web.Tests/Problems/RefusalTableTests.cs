using System.Net;
using System.Text.RegularExpressions;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Outcomes;
using MesoSafe.Testing;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>Each refusal of charting a session, pinned by code, HTTP status and field through the real
/// API on both databases; the table is the README's ("Refusals and flags when charting a session").</summary>
public sealed partial class RefusalTableTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>code, status, field (an index written as [0] here, [i] in the README).</summary>
    private static readonly (string Code, int Status, string Field)[] Table =
    [
        ("lot-expired", 422, "products[0].lotId"),
        ("lot-recalled", 422, "products[0].lotId"),
        ("unknown-lot", 422, "products[0].lotId"),
        ("screening-missing", 422, "patientId"),
        ("patient-contraindicated", 422, "patientId"),
        ("patient-deferred", 422, "patientId"),
        ("screening-after-session", 422, "date"),
        ("consent-missing", 422, "planId"),
        ("sensitivity-test-missing", 422, "sensitivityTest"),
        ("sensitivity-test-positive", 422, "sensitivityTest"),
    ];

    public static TheoryData<string, string, int, string> Rows
    {
        get
        {
            var rows = new TheoryData<string, string, int, string>();
            foreach (var provider in Providers.Both)
            {
                foreach (var row in Table)
                {
                    rows.Add(provider, row.Code, row.Status, row.Field);
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_refusal_answers_its_code_status_and_field(string provider, string code, int status, string field)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var session = await ArrangeAsync(world, code);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", session);

        var body = await ProblemShape.AssertAsync(response, (HttpStatusCode)status, code);
        Assert.Equal([(field, code)], ProblemShape.Entries(body));
    }

    [Fact]
    public void The_table_has_a_row_for_every_refusal_code_of_the_catalogue()
    {
        Assert.Equal(RecordProblemCodes.Refusals.Order(StringComparer.Ordinal), Table.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_README_lists_exactly_the_table()
    {
        var readme = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("#### Refusals and flags when charting a session", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", StringComparison.Ordinal)];
        var listed = new List<(string Code, int Status, string Field)>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var field = Ticked().Match(cells[3]).Groups[1].Value.Replace("[i]", "[0]", StringComparison.Ordinal);
            var codes = Ticked().Matches(cells[1]).Select(m => m.Groups[1].Value);
            listed.AddRange(codes.Select(c => (c, int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), field)));
        }

        Assert.Equal(Table.Order(), listed.Order());
    }

    /// <summary>A session that breaks exactly the rule named by the code, and no other.</summary>
    private static async Task<object> ArrangeAsync(ClinicWorld world, string code)
    {
        var patient = world.PatientId;
        switch (code)
        {
            case "lot-expired":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient), world.Today, world.ExpiredLotId);
            case "lot-recalled":
                (await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "contamination" })).EnsureSuccessStatusCode();
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient), world.Today, world.SecondLotId);
            case "unknown-lot":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient), world.Today, Guid.NewGuid());
            case "screening-missing":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient, decision: null), world.Today, world.LotId);
            case "patient-contraindicated":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient, decision: ScreeningDecision.Contraindicated), world.Today, world.LotId);
            case "patient-deferred":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient, decision: ScreeningDecision.Deferred), world.Today, world.LotId);
            case "screening-after-session":
                var plan = await world.ReadyPlanAsync(patient);
                await world.StoreScreeningAsync(patient, ScreeningDecision.Eligible, world.Today.AddDays(30));
                return ClinicWorld.Session(patient, plan, world.Today, world.LotId);
            case "consent-missing":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient, consent: false), world.Today, world.LotId);
            case "sensitivity-test-missing":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient), world.Today, world.LotId, sensitivityTest: null);
            case "sensitivity-test-positive":
                return ClinicWorld.Session(patient, await world.ReadyPlanAsync(patient), world.Today, world.LotId, sensitivityTest: "positive");
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, "No arrangement for this refusal: add one.");
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Ticked();
}
