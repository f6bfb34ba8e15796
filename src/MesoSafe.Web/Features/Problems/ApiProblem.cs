using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

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

    /// <summary>The section of RFC 9110 that defines the status, as ASP.NET Core's defaults spell it
    /// (they have none for 413, and an older reference for 422); RFC 9457's "about:blank" otherwise.</summary>
    public static string TypeOf(int status)
    {
        int? section = status switch
        {
            StatusCodes.Status400BadRequest => 1,
            StatusCodes.Status401Unauthorized => 2,
            StatusCodes.Status403Forbidden => 4,
            StatusCodes.Status404NotFound => 5,
            StatusCodes.Status408RequestTimeout => 9,
            StatusCodes.Status409Conflict => 10,
            StatusCodes.Status413PayloadTooLarge => 14,
            StatusCodes.Status415UnsupportedMediaType => 16,
            StatusCodes.Status422UnprocessableEntity => 21,
            _ => null,
        };
        return section is { } number
            ? "https://tools.ietf.org/html/rfc9110#section-15.5." + number.ToString(CultureInfo.InvariantCulture)
            : "about:blank";
    }
}
