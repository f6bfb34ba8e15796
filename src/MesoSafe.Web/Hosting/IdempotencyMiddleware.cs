using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Idempotency;
using MesoSafe.Web.Features.Problems;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Hosting;

/// <summary>A POST to /api/v1 carrying an Idempotency-Key is carried out once per user and key:
/// the key is reserved (committed) before the write; the write and its stored answer then commit in
/// one transaction, so a reservation without an answer means nothing was written. A duplicate gets
/// the stored answer, or 409 while the first is still running; a reservation left without an answer
/// for longer than <c>Idempotency:ReleaseAfter</c> (a process killed mid-request) is taken over by
/// the retry (ADR 0412).</summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Header = "Idempotency-Key";

    /// <summary>Longer than any request runs (the request timeout is far shorter), short enough that
    /// a client retrying after a crash is not refused for long.</summary>
    public static readonly TimeSpan DefaultReleaseAfter = TimeSpan.FromMinutes(2);

    private readonly TimeSpan _releaseAfter = configuration.GetValue("Idempotency:ReleaseAfter", DefaultReleaseAfter);

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
        var reservedAt = await ReserveAsync(context, db, clock, userId, key, path);
        if (reservedAt is null)
        {
            return; // answered: replayed, in flight or reused
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await using (var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted))
        {
            try
            {
                await next(context);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await ForgetAsync(db, userId, key, reservedAt.Value);
                context.Response.Body = original;
                throw;
            }

            context.Response.Body = original;
            if (context.Response.StatusCode >= 500)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await ForgetAsync(db, userId, key, reservedAt.Value);
            }
            else if (await StoreAnswerAsync(context, db, userId, key, reservedAt.Value, buffer))
            {
                await transaction.CommitAsync(CancellationToken.None);
            }
            else
            {
                // Another request took the reservation over (this one outlived ReleaseAfter): its
                // write is the one that counts, so this one's is undone.
                await transaction.RollbackAsync(CancellationToken.None);
                context.Response.Clear();
                await InFlight(context);
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, CancellationToken.None);
    }

    /// <summary>Reserves the key and returns the reservation's instant (its token), or answers the
    /// request from an earlier one and returns null.</summary>
    private async Task<DateTimeOffset?> ReserveAsync(HttpContext context, MesoSafeDbContext db, TimeProvider clock, Guid userId, string key, string path)
    {
        // Whole milliseconds: the token must compare equal after a round trip through either database.
        var now = Truncate(clock.GetUtcNow());
        var stored = await db.IdempotentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        if (stored is null)
        {
            db.IdempotentRequests.Add(new IdempotentRequest { Key = key, UserId = userId, Method = context.Request.Method, Path = path, Body = string.Empty, CreatedAt = now });
            try
            {
                await db.SaveChangesAsync(context.RequestAborted);
                db.ChangeTracker.Clear();
                return now;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                stored = await db.IdempotentRequests.AsNoTracking().FirstAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
            }
        }

        if (stored.StatusCode == 0 && string.Equals(stored.Path, path, StringComparison.OrdinalIgnoreCase)
            && now - stored.CreatedAt >= _releaseAfter)
        {
            // Unanswered for longer than any request runs: its process died before committing, so
            // nothing was written. One retry wins the compare-and-set and runs.
            var taken = await db.IdempotentRequests
                .Where(r => r.UserId == userId && r.Key == key && r.StatusCode == 0 && r.CreatedAt == stored.CreatedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, now), context.RequestAborted);
            if (taken == 1)
            {
                return now;
            }

            stored = await db.IdempotentRequests.AsNoTracking().FirstAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        }

        await ReplayAsync(context, stored, path);
        return null;
    }

    /// <summary>Stores the answer inside the write's transaction, only while this request still holds
    /// the reservation.</summary>
    private static async Task<bool> StoreAnswerAsync(HttpContext context, MesoSafeDbContext db, Guid userId, string key, DateTimeOffset reservedAt, MemoryStream buffer)
    {
        buffer.Position = 0;
        var body = await new StreamReader(buffer, leaveOpen: true).ReadToEndAsync(CancellationToken.None);
        var status = context.Response.StatusCode;
        var contentType = context.Response.ContentType;
        var location = context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
        db.ChangeTracker.Clear();
        var stored = await db.IdempotentRequests
            .Where(r => r.UserId == userId && r.Key == key && r.StatusCode == 0 && r.CreatedAt == reservedAt)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.StatusCode, status).SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location).SetProperty(r => r.Body, body),
                CancellationToken.None);
        return stored == 1;
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
            await InFlight(context);
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

    private static Task InFlight(HttpContext context) =>
        ApiProblem.Create(409, "The first request with this Idempotency-Key is still running.", ApiProblemCodes.IdempotencyKeyInFlight,
            "Send it again once the first request has been answered.").ExecuteAsync(context);

    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static async Task ForgetAsync(MesoSafeDbContext db, Guid userId, string key, DateTimeOffset reservedAt)
    {
        db.ChangeTracker.Clear();
        await db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key && r.CreatedAt == reservedAt).ExecuteDeleteAsync(CancellationToken.None);
    }
}
