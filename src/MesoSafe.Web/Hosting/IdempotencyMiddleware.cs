using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Idempotency;
using MesoSafe.Web.Features.Problems;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Hosting;

/// <summary>A POST to /api/v1 carrying an Idempotency-Key is carried out once per user and key:
/// the key is reserved before the write, the answer stored after it, and a duplicate gets the
/// stored answer (or 409 while the first is still running).</summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context, MesoSafeDbContext db, TimeProvider clock)
    {
        var key = context.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || !HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
            || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await next(context);
            return;
        }

        if (key.Length > 200)
        {
            await ApiProblem.Create(400, "Idempotency-Key is too long.", ApiProblemCodes.IdempotencyKeyTooLong, "Use at most 200 characters.").ExecuteAsync(context);
            return;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        var stored = await db.IdempotentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        if (stored is not null)
        {
            await ReplayAsync(context, stored, path);
            return;
        }

        var reservation = new IdempotentRequest { Key = key, UserId = userId, Method = context.Request.Method, Path = path, Body = string.Empty, CreatedAt = clock.GetUtcNow() };
        db.IdempotentRequests.Add(reservation);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            stored = await db.IdempotentRequests.AsNoTracking().FirstAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
            await ReplayAsync(context, stored, path);
            return;
        }

        db.ChangeTracker.Clear();
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await ForgetAsync(db, userId, key);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        var body = await new StreamReader(buffer).ReadToEndAsync(context.RequestAborted);
        if (context.Response.StatusCode >= 500)
        {
            await ForgetAsync(db, userId, key);
        }
        else
        {
            db.ChangeTracker.Clear();
            var done = await db.IdempotentRequests.FirstAsync(r => r.UserId == userId && r.Key == key);
            done.StatusCode = context.Response.StatusCode;
            done.ContentType = context.Response.ContentType;
            done.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            done.Body = body;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, CancellationToken.None);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentRequest stored, string path)
    {
        if (!string.Equals(stored.Path, path, StringComparison.OrdinalIgnoreCase))
        {
            await ApiProblem.Create(422, "Idempotency-Key already used.", ApiProblemCodes.IdempotencyKeyReused, "This key was used for another request.").ExecuteAsync(context);
            return;
        }

        if (stored.StatusCode == 0)
        {
            await ApiProblem.Create(409, "The first request with this Idempotency-Key is still running.", ApiProblemCodes.IdempotencyKeyInFlight,
                "Send it again once the first request has been answered.").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = stored.StatusCode;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (stored.ContentType is not null)
        {
            context.Response.ContentType = stored.ContentType;
        }

        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }

        await context.Response.WriteAsync(stored.Body);
    }

    private static async Task ForgetAsync(MesoSafeDbContext db, Guid userId, string key)
    {
        db.ChangeTracker.Clear();
        await db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
    }
}
