using MesoSafe.Clinical.Json;
using MesoSafe.Web.Features.Problems;

namespace MesoSafe.Web.Hosting;

/// <summary>A NUL character (U+0000) in the query or in a JSON body's strings is refused with a 400
/// problem before any endpoint runs: PostgreSQL's text cannot hold NUL and answered 500 for a
/// patient's name, a sign-in e-mail or a search with one (issue 20's fuzz batch, ADR 0206), and no
/// field of the API has a use for it. In JSON a NUL can only be written escaped (<c>\u0000</c>), so
/// the body's bytes are scanned for that escape; bodies over <see cref="MaxScannedBytes"/> are left to
/// the endpoints' own size limits.</summary>
internal sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public const int MaxScannedBytes = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            await Refuse(context, "query", ApiProblemCodes.BadRequest, "The query holds a NUL character (%00).");
            return;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is null or (> 0 and <= MaxScannedBytes)
            && await HoldsEscapedNulAsync(request))
        {
            await Refuse(context, "body", RequestErrorCodes.InvalidJson, "A string in the body holds a NUL character (\\u0000).");
            return;
        }

        await next(context);
    }

    private static Task Refuse(HttpContext context, string field, string code, string message) =>
        ApiProblem.Create(
            StatusCodes.Status400BadRequest, "The request has invalid fields.", code, message,
            [new ProblemEntry(field, code, message)]).ExecuteAsync(context);

    /// <summary>True when the body has <c>\u0000</c> preceded by an odd number of backslashes (an
    /// escape, not the text "\\u0000"). The body is buffered and rewound for the endpoint.</summary>
    private static async Task<bool> HoldsEscapedNulAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var buffer = new byte[(request.ContentLength ?? MaxScannedBytes) + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        if (length >= buffer.Length)
        {
            return false;
        }

        var bytes = buffer.AsSpan(0, length);
        for (var at = bytes.IndexOf("u0000"u8); at >= 0;)
        {
            var slashes = 0;
            while (at - 1 - slashes >= 0 && bytes[at - 1 - slashes] == (byte)'\\')
            {
                slashes++;
            }

            if (slashes % 2 == 1)
            {
                return true;
            }

            var next = bytes[(at + 1)..].IndexOf("u0000"u8);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
