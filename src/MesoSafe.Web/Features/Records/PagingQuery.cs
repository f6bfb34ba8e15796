using System.Globalization;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Features.Records;

/// <summary>Reads page and pageSize from the query string, naming the field when either is not a number.</summary>
internal static class PagingQuery
{
    public static (Paging Paging, IResult? Problem) Read(string? page, string? pageSize)
    {
        var problems = new List<RecordProblem>();
        var p = Parse(page, "page", 1, problems);
        var s = Parse(pageSize, "pageSize", 50, problems);
        return problems.Count > 0 ? (default, RecordResults.Problem(problems)) : (new Paging(p, s), null);
    }

    private static int Parse(string? text, string field, int fallback, List<RecordProblem> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(RecordProblem.Invalid(field, RecordProblemCodes.NotANumber, $"{field} is a whole number."));
        return fallback;
    }
}
