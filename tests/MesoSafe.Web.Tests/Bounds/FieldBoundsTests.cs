using System.Globalization;
using System.Net;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>Issue 20 item 2: every row of <see cref="RecordBounds"/> on both databases. A value at
/// the bound is taken (the bound does not refuse it); one past it is refused with 400, the row's
/// code and the field's name, and nothing is stored.</summary>
public sealed class FieldBoundsTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>Fields whose value at the bound is refused for another reason, with another code:
    /// an 80-character event code is no symptom of the knowledge base.</summary>
    private static readonly HashSet<FieldBound> RefusedOtherwiseAtTheBound = [RecordBounds.EventCode];

    /// <summary>Any date: the cases' labels do not depend on it.</summary>
    private static readonly DateOnly Someday = new(2026, 1, 1);

    public static TheoryData<string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            foreach (var bound in RecordBounds.All)
            {
                foreach (var (label, _, accepted) in ValuesOf(bound, Someday, Someday))
                {
                    data.Add(provider, Key(bound), label, accepted);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_bound_of_the_table_has_a_request_that_tests_it() =>
        Assert.Empty(RecordBounds.All.Where(b => !BoundSenders.All.ContainsKey(b)).Select(Key));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_value_at_the_bound_is_taken_and_one_past_it_refused_naming_the_field(string provider, string key, string label, bool accepted)
    {
        var world = await WorldOf(await fixture.AppAsync(provider));
        var bound = RecordBounds.All.Single(b => Key(b) == key);
        var session = bound == RecordBounds.ReportedOn ? await SessionDateAsync(world) : DateOnly.MinValue;
        var value = ValuesOf(bound, world.Today, session).Single(v => v.Label == label).Value;

        var response = await BoundSenders.All[bound](world, value);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (accepted)
        {
            Assert.True(response.StatusCode != HttpStatusCode.BadRequest || RefusedOtherwiseAtTheBound.Contains(bound), $"{key} {label}: {response.StatusCode} {body}");
            Assert.True((int)response.StatusCode < 500, body);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.DoesNotContain(ProblemsOf(await response.BodyAsync()), p => p.Field == bound.Field && p.Code == CodeOf(bound));
            }
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{key} {label}: {response.StatusCode} {body}");
            var expected = bound == RecordBounds.ReportedOn && label == "before" ? RecordProblemCodes.BeforeSession : CodeOf(bound);
            var problems = ProblemsOf(await response.BodyAsync());
            Assert.Contains(problems, p => p.Field.EndsWith(bound.Field, StringComparison.Ordinal) && p.Code == expected);
            if (bound is TextBound text && expected == text.Code)
            {
                Assert.Contains(text.MaxLength.ToString(CultureInfo.InvariantCulture), problems.First(p => p.Code == expected).Message, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The values tried for a bound: at and past each end.</summary>
    private static IEnumerable<(string Label, object? Value, bool Accepted)> ValuesOf(FieldBound bound, DateOnly today, DateOnly session)
    {
        switch (bound)
        {
            case TextBound text:
                yield return ("at", Text(bound, text.MaxLength), true);
                yield return ("over", Text(bound, text.MaxLength + 1), false);
                break;
            case NumberBound number:
                var step = bound.Field is "sessions" or "intervalDays" ? 1 : number.Minimum is > 0 and < 0.1 ? number.Minimum : 0.1;
                yield return ("min", number.Minimum, true);
                yield return ("max", number.Maximum, true);
                yield return ("below", Math.Round(number.Minimum - step, 2), false);
                yield return ("above", Math.Round(number.Maximum + step, 2), false);
                break;
            case DateBound date when date == RecordBounds.ReportedOn:
                // The session comes before the table's earliest date: it is the lower bound here.
                yield return ("session", session, true);
                yield return ("before", session.AddDays(-1), false);
                yield return ("latest", date.LatestOn(today), true);
                yield return ("after", date.LatestOn(today).AddDays(1), false);
                break;
            case DateBound date:
                yield return ("earliest", date.Earliest, true);
                yield return ("before", date.Earliest.AddDays(-1), false);
                yield return ("latest", date.LatestOn(today), true);
                yield return ("after", date.LatestOn(today).AddDays(1), false);
                yield return ("9999-12-31", DateOnly.MaxValue, false);
                yield return ("0001-01-01", DateOnly.MinValue, false);
                break;
        }
    }

    /// <summary>One clinic per database for every case: each case writes a record of its own, and
    /// building a clinic (five accounts, password hashing) per case took minutes.</summary>
    private static Task<ClinicWorld> WorldOf(RecordsApp app) => Worlds.GetValue(app, ClinicWorld.CreateAsync);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecordsApp, Task<ClinicWorld>> Worlds = new();

    private static string Key(FieldBound bound) => bound.Body + "." + bound.Field;

    private static string CodeOf(FieldBound bound) => bound switch
    {
        TextBound text => text.Code,
        DateBound => RecordProblemCodes.DateOutOfRange,
        _ => RequestErrorCodes.OutOfRange,
    };

    /// <summary>A text of <paramref name="length"/> characters that is valid for the field in every
    /// other way (an e-mail address, a telephone number, a code).</summary>
    private static string Text(FieldBound bound, int length)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        if (bound.Field == "email")
        {
            // RFC 5321: a local part of at most 64 octets, labels of at most 63.
            var local = unique + new string('a', 64 - unique.Length);
            var room = length - local.Length - 1 - ".test".Length;
            var labels = string.Join('.', Enumerable.Repeat(new string('b', 62), 5))[..room];
            labels = labels.EndsWith('.') ? labels[..^1] + "c" : labels;
            return local + "@" + labels + ".test";
        }

        if (bound.Field == "phone")
        {
            return "+" + new string('1', length - 1);
        }

        if (bound.Field is "text" or "narrative")
        {
            // Words, as a patient or a practitioner writes them (one 100,000-letter word is a
            // question for the reader's speed, not for the bound).
            var words = string.Concat(Enumerable.Repeat(" a little red", (length / 13) + 1));
            return (unique + words)[..length];
        }

        return bound.Field is "indication" or "technique" or "anesthetic" or "eventCode"
            ? new string('x', length)
            : unique + new string('x', length - unique.Length);
    }

    private static async Task<DateOnly> SessionDateAsync(ClinicWorld world)
    {
        await BoundSenders.SessionIdAsync(world);
        return world.Today.AddDays(-2);
    }

    private static List<(string Field, string Code, string Message)> ProblemsOf(System.Text.Json.JsonElement body) =>
        [.. body.GetProperty("problems").EnumerateArray().Select(p => (
            p.GetProperty("field").GetString() ?? "", p.GetProperty("code").GetString() ?? "", p.GetProperty("message").GetString() ?? ""))];
}
