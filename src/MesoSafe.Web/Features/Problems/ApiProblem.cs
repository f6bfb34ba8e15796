using MesoSafe.Records.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace MesoSafe.Web.Features.Problems;

/// <summary>The one problem+json shape of the API (RFC 9457, ADR 0204), for the contract endpoints
/// and the records API alike: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>; <c>code</c>,
/// the stable code of the answer; <c>errors</c>, field -> messages as in ASP.NET's
/// ValidationProblemDetails (<c>"$"</c> -> the detail when no field is at fault); and the same list
/// of <c>{field, code, message}</c> under both <c>fieldErrors</c> (the contract endpoints' name) and
/// <c>problems</c> (the records API's name), because the contract lets no field be renamed or
/// dropped; <c>id</c> when the request's id could be read.</summary>
internal static class ApiProblem
{
    public const string WholeRequest = "$";

    public static ProblemHttpResult Create(
        int status, string title, string code, string detail, IReadOnlyList<ProblemEntry>? entries = null, string? id = null)
    {
        entries ??= [];
        var errors = entries.Count == 0
            ? new Dictionary<string, string[]>(StringComparer.Ordinal) { [WholeRequest] = [detail] }
            : entries
                .GroupBy(entry => entry.Field, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(entry => entry.Message).ToArray(), StringComparer.Ordinal);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["errors"] = errors,
            ["fieldErrors"] = entries,
            ["problems"] = entries,
        };
        if (id is not null)
        {
            extensions["id"] = id;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeOf(status), extensions: extensions);
    }

    /// <summary>Gives a problem the framework writes itself for an API client (<see cref="ApiRequests"/>:
    /// a 415 from routing, a bare 401/403 challenge, a 404 of an unknown path, a 405, a 500) the same
    /// members, so that a client reads every API error one way. Set as <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>;
    /// it runs for this class's own answers too, where it finds everything already there.</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        if (!ApiRequests.WantsProblem(context.HttpContext))
        {
            return;
        }

        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= TypeOf(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
        problem.Detail ??= DetailOf(status, context.HttpContext.Request.Method) ?? problem.Title;
        problem.Extensions.TryAdd("code", CodeOf(status));
        if (!problem.Extensions.ContainsKey("errors"))
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [WholeRequest] = [problem.Detail] };
        }

        problem.Extensions.TryAdd("fieldErrors", Array.Empty<ProblemEntry>());
        problem.Extensions.TryAdd("problems", Array.Empty<ProblemEntry>());
    }

    /// <summary>The section of RFC 9110 that defines the status, as ASP.NET Core's defaults spell it
    /// (they have none for 413 and 415, and an older reference for 422); RFC 6585's for 431; RFC
    /// 9457's "about:blank" otherwise.</summary>
    public static string TypeOf(int status)
    {
        if (status == StatusCodes.Status431RequestHeaderFieldsTooLarge)
        {
            return "https://tools.ietf.org/html/rfc6585#section-5";
        }

        var section = status switch
        {
            StatusCodes.Status400BadRequest => "15.5.1",
            StatusCodes.Status401Unauthorized => "15.5.2",
            StatusCodes.Status403Forbidden => "15.5.4",
            StatusCodes.Status404NotFound => "15.5.5",
            StatusCodes.Status405MethodNotAllowed => "15.5.6",
            StatusCodes.Status408RequestTimeout => "15.5.9",
            StatusCodes.Status409Conflict => "15.5.10",
            StatusCodes.Status413PayloadTooLarge => "15.5.14",
            StatusCodes.Status414UriTooLong => "15.5.15",
            StatusCodes.Status415UnsupportedMediaType => "15.5.16",
            StatusCodes.Status422UnprocessableEntity => "15.5.21",
            StatusCodes.Status500InternalServerError => "15.6.1",
            _ => null,
        };
        return section is null ? "about:blank" : "https://tools.ietf.org/html/rfc9110#section-" + section;
    }

    /// <summary>What a framework answer means, for a client's developer; never the exception's words.</summary>
    private static string? DetailOf(int status, string method) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read.",
        StatusCodes.Status401Unauthorized => "Sign in first: send a bearer token or the sign-in cookie.",
        StatusCodes.Status403Forbidden => "This is not open to the signed-in user's role.",
        StatusCodes.Status404NotFound => "Nothing is at this path.",
        StatusCodes.Status405MethodNotAllowed => $"This path does not take {method} requests.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint takes.",
        StatusCodes.Status414UriTooLong => "The path and query are longer than the server takes.",
        StatusCodes.Status415UnsupportedMediaType => "The body is JSON: send it with Content-Type: application/json.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request headers are larger, or more, than the server takes.",
        StatusCodes.Status500InternalServerError => "The server could not answer this request. Try again; if it keeps happening, tell the clinic's administrator.",
        _ => null,
    };

    /// <summary>The code of a problem the framework wrote, from its status alone.</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ApiProblemCodes.BadRequest,
        StatusCodes.Status401Unauthorized => ApiProblemCodes.SignInRequired,
        StatusCodes.Status403Forbidden => RecordProblemCodes.Forbidden,
        StatusCodes.Status404NotFound => RecordProblemCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ApiProblemCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ApiProblemCodes.BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ApiProblemCodes.UnsupportedMediaType,
        StatusCodes.Status408RequestTimeout => ApiProblemCodes.RequestTimeout,
        StatusCodes.Status414UriTooLong => ApiProblemCodes.UriTooLong,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => ApiProblemCodes.HeadersTooLarge,
        >= 400 and < 500 => ApiProblemCodes.BadRequest,
        _ => ApiProblemCodes.ServerError,
    };
}
