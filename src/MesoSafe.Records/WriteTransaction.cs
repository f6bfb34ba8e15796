using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MesoSafe.Records;

/// <summary>A transaction of its own, or the caller's when one is already open (an idempotent request
/// runs its write and stores its answer in one, ADR 0412): joined, commit and roll back are left to
/// the owner, and a failed SaveChanges is undone by EF's own savepoint.</summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _owned;

    private WriteTransaction(IDbContextTransaction? owned) => _owned = owned;

    public static async Task<WriteTransaction> BeginAsync(DbContext db, CancellationToken ct) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null);

    public Task CommitAsync(CancellationToken ct) => _owned?.CommitAsync(ct) ?? Task.CompletedTask;

    public Task RollbackAsync(CancellationToken ct) => _owned?.RollbackAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
