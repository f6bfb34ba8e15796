using MesoSafe.Records.Accounts;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Idempotency;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records;

/// <summary>The clinic's records and the Identity store in one database. Every save raises the
/// version of edited records and appends audit entries in the same transaction. It also keeps the
/// data-protection keys and the sign-in sessions, so app servers on one database share sign-ins (ADR 0411).</summary>
public sealed class MesoSafeDbContext(
    DbContextOptions<MesoSafeDbContext> options,
    TimeProvider clock,
    AuditActor actor) : IdentityDbContext<ClinicUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public TimeProvider Clock { get; } = clock;

    public AuditActor Actor { get; } = actor;

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<ClinicMembership> ClinicMemberships => Set<ClinicMembership>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();

    public DbSet<TreatmentPlan> Plans => Set<TreatmentPlan>();

    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<TreatmentSession> Sessions => Set<TreatmentSession>();

    public DbSet<SessionProduct> SessionProducts => Set<SessionProduct>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<AttentionItem> AttentionItems => Set<AttentionItem>();

    public DbSet<Readings.CheckInReading> CheckInReadings => Set<Readings.CheckInReading>();

    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();

    public DbSet<AdverseEventReport> AdverseEventReports => Set<AdverseEventReport>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<Privacy.PatientErasure> PatientErasures => Set<Privacy.PatientErasure>();

    /// <summary>Appends a "read" audit entry; saved with the next save.</summary>
    public void RecordRead(string entityType, Guid id, Guid? patientId) =>
        AuditEntries.Add(new AuditEntry
        {
            At = Clock.GetUtcNow(),
            UserId = Actor.UserId,
            IpAddress = Actor.IpAddress,
            Action = "read",
            EntityType = entityType,
            EntityId = id.ToString(),
            PatientId = patientId,
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MesoSafeDbContext).Assembly);
        if (Database.IsSqlite())
        {
            SqliteConventions.Apply(builder);
        }
    }

    /// <summary>Attention items are derived work lists (their cause, the check-in or the recalled lot,
    /// is audited), so they are not audited one by one; keys and sign-in sessions are machinery,
    /// not records.</summary>
    private void PrepareSave()
    {
        var now = Clock.GetUtcNow();
        var audits = new List<AuditEntry>();
        var entries = ChangeTracker.Entries().ToList();
        var revisionsKept = entries.Select(e => e.Entity).OfType<PlanRevision>().Select(r => (r.PlanId, r.Revision)).ToHashSet();
        foreach (var entry in entries)
        {
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified
                && entry.Entity is not AdverseEvent)
            {
                versioned.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or IdempotentRequest or AttentionItem or DataProtectionKey or SignInSession)
            {
                continue;
            }

            if (entry.Entity is TreatmentPlan plan
                && (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(nameof(TreatmentPlan.Revision)).IsModified))
                && revisionsKept.Add((plan.Id, plan.Revision)))
            {
                // Every saved revision keeps its own row (ADR 0406): a consent names one.
                PlanRevisions.Add(PlanRevision.Of(plan, Actor.UserId, now));
            }

            audits.Add(new AuditEntry
            {
                At = now,
                UserId = Actor.UserId,
                IpAddress = Actor.IpAddress,
                Action = entry.State switch
                {
                    EntityState.Added => "create",
                    EntityState.Deleted => "delete",
                    _ => "update",
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyText(entry),
                PatientId = entry.Entity is Patient patient ? patient.Id
                    : entry.Metadata.FindProperty("PatientId") is { } property
                    ? entry.Property(property.Name).CurrentValue as Guid?
                    : null,
            });
        }

        AuditEntries.AddRange(audits);
    }

    private static string KeyText(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join(
            "/",
            key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
