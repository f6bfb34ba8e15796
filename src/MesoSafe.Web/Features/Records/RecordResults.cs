using System.Globalization;
using MesoSafe.Clinical.Json;
using MesoSafe.Records;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MesoSafe.Web.Features.Records;

/// <summary>Turns record outcomes into HTTP answers: problem+json naming each field, with a stable
/// code (<see cref="ApiProblem"/>); 400 invalid, 404 not found (also another clinic's record), 409
/// conflict, 422 refused.</summary>
internal static class RecordResults
{
    public static IResult Ok<T>(RecordOutcome<T> outcome) => outcome.Succeeded ? TypedResults.Ok(outcome.Value) : Problem(outcome.Problems);

    public static IResult Created<T>(RecordOutcome<T> outcome, Func<T, string> location)
        where T : notnull =>
        outcome.Succeeded ? TypedResults.Created(location(outcome.Value!), outcome.Value) : Problem(outcome.Problems);

    /// <summary>200 with the record's own body (<paramref name="body"/>), never the entity (issue 10).</summary>
    public static IResult Ok<T, TBody>(RecordOutcome<T> outcome, Func<T, TBody> body) =>
        outcome.Succeeded ? TypedResults.Ok(body(outcome.Value!)) : Problem(outcome.Problems);

    public static IResult Created<T, TBody>(RecordOutcome<T> outcome, Func<T, string> location, Func<T, TBody> body)
        where T : notnull =>
        outcome.Succeeded ? TypedResults.Created(location(outcome.Value!), body(outcome.Value!)) : Problem(outcome.Problems);

    /// <summary>A page of bodies from a page of records.</summary>
    public static Func<Page<T>, Page<TBody>> PageOf<T, TBody>(Func<T, TBody> body) =>
        page => new Page<TBody>([.. page.Items.Select(body)], page.PageNumber, page.PageSize, page.TotalCount);

    public static IResult Versioned<T, TBody>(HttpContext context, T? value, Func<T, TBody> body)
        where T : class, IVersioned
    {
        if (value is null)
        {
            return NotFound("id");
        }

        context.Response.Headers.ETag = ETag(value.Version);
        return TypedResults.Ok(body(value));
    }

    public static IResult NotFound(string field) => Problem([RecordProblem.NotFound(field)]);

    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version a client read: the body's <c>version</c>, else the If-Match header.</summary>
    public static long? ExpectedVersion(HttpContext context, long? fromBody)
    {
        if (fromBody is not null)
        {
            return fromBody;
        }

        var header = context.Request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"');
        return long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    public static ProblemHttpResult Invalid(IEnumerable<(string Field, string Message)> errors) =>
        (ProblemHttpResult)Problem([.. errors.Select(e => RecordProblem.Invalid(e.Field, RequestErrorCodes.Required, e.Message))]);

    public static IResult Problem(IReadOnlyList<RecordProblem> problems)
    {
        var kind = problems.Select(p => p.Kind).Max();
        var (status, title) = kind switch
        {
            ProblemKind.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            ProblemKind.Conflict => (StatusCodes.Status409Conflict, "The record was changed meanwhile."),
            ProblemKind.Refused => (StatusCodes.Status422UnprocessableEntity, "Refused by a safety rule."),
            _ => (StatusCodes.Status400BadRequest, "The request has invalid fields."),
        };
        var shown = problems.Where(p => p.Kind == kind).ToList();
        return ApiProblem.Create(
            status,
            title,
            shown[0].Code,
            string.Join(" ", shown.Select(p => p.Message)),
            [.. shown.Select(p => new ProblemEntry(p.Field, p.Code, p.Message))]);
    }
}
