using MesoSafe.Knowledge;
using MesoSafe.Records.Access;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Records.Tests;

/// <summary>The safety officer's reads, tested on the services themselves (both databases): the
/// filtered event list and the patients a recall reached, each limited to the caller's clinics.</summary>
public sealed class OfficerQueryTests
{
    public static TheoryData<string> Providers => new(TestDatabase.Providers);

    private static readonly DateOnly Onset = new(2026, 5, 10);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_event_list_keeps_to_the_officers_clinics_and_filters(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await World.CreateAsync(provider, ct);
        var db = world.Db;
        var registry = new AdverseEventRegistry(db, TimeProvider.System, KnowledgeBase.LoadEmbedded());
        Value(await registry.ReportAsync(world.OfficerA, Report(world.PatientA, "nodule", ["hospitalisation"], world.Product.Id), ct));
        Value(await registry.ReportAsync(world.OfficerA, Report(world.PatientA, "bruising", [], null), ct));
        Value(await registry.ReportAsync(world.OfficerB, Report(world.PatientB, "nodule", [], null), ct));

        var all = await registry.ListRowsAsync(world.OfficerA, new AdverseEventFilter(), 200, ct);
        var serious = await registry.ListRowsAsync(world.OfficerA, new AdverseEventFilter { Seriousness = AdverseEventFilter.Serious }, 200, ct);
        var notSerious = await registry.ListRowsAsync(world.OfficerA, new AdverseEventFilter { Seriousness = AdverseEventFilter.NonSerious }, 200, ct);
        var ofProduct = await registry.ListRowsAsync(world.OfficerA, new AdverseEventFilter { Product = world.Product.Id }, 200, ct);
        var first = await registry.ListRowsAsync(world.OfficerA, new AdverseEventFilter(), 1, ct);
        var otherClinic = await registry.ListRowsAsync(world.OfficerB, new AdverseEventFilter(), 200, ct);

        Assert.Equal(["bruising", "nodule"], all.Select(r => r.EventCode).Order(StringComparer.Ordinal));
        Assert.All(all, r => Assert.Equal("Ada Clinic-A", r.Patient));
        Assert.Equal("nodule", Assert.Single(serious).EventCode);
        Assert.Equal("bruising", Assert.Single(notSerious).EventCode);
        Assert.Equal(["Hair cocktail"], Assert.Single(ofProduct).Products);
        Assert.Single(first);
        Assert.Equal("Bea Clinic-B", Assert.Single(otherClinic).Patient);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_recall_names_only_the_patients_the_caller_may_see_with_their_session_dates(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await World.CreateAsync(provider, ct);
        var recall = new LotRecall(world.Lot, [world.PatientA.Id, world.PatientB.Id],
        [
            new LotExposure(Guid.NewGuid(), Onset.AddDays(10), world.PatientA.Id, world.PatientA.ClinicId),
            new LotExposure(Guid.NewGuid(), Onset, world.PatientA.Id, world.PatientA.ClinicId),
            new LotExposure(Guid.NewGuid(), Onset, world.PatientB.Id, world.PatientB.ClinicId),
        ]);

        var exposed = await new LotRecalls(world.Db, TimeProvider.System).ExposedPatientsAsync(world.OfficerA, recall, ct);

        var own = Assert.Single(exposed, e => e.PatientId == world.PatientA.Id);
        Assert.Equal("Ada Clinic-A", own.Name);
        Assert.Equal([Onset, Onset.AddDays(10)], own.Sessions);
        Assert.Null(Assert.Single(exposed, e => e.PatientId == world.PatientB.Id).Name);
    }

    /// <summary>A migrated database with two clinics, a patient in each, a product and its lot, and an
    /// officer of each clinic; disposing it drops the database.</summary>
    private sealed class World(TestDatabase database, MesoSafeDbContext db) : IAsyncDisposable
    {
        public MesoSafeDbContext Db => db;

        public Patient PatientA { get; } = new() { GivenName = "Ada", FamilyName = "Clinic-A", CreatedAt = DateTimeOffset.UnixEpoch };

        public Patient PatientB { get; } = new() { GivenName = "Bea", FamilyName = "Clinic-B", CreatedAt = DateTimeOffset.UnixEpoch };

        public Product Product { get; } = new() { Name = "Hair cocktail", Manufacturer = "Meso Labs" };

        public Lot Lot { get; private set; } = null!;

        public CallerScope OfficerA { get; private set; } = null!;

        public CallerScope OfficerB { get; private set; } = null!;

        public static async Task<World> CreateAsync(string provider, CancellationToken ct)
        {
            var database = await TestDatabase.CreateAsync(provider);
            var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
            options.UseRecordsDatabase(database.Provider, database.ConnectionString);
            var world = new World(database, new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor()));
            await RecordsDatabase.MigrateAsync(world.Db, ct);
            var clinicA = new Clinic { Name = "A" };
            var clinicB = new Clinic { Name = "B" };
            world.PatientA.ClinicId = clinicA.Id;
            world.PatientB.ClinicId = clinicB.Id;
            world.Lot = new Lot { ProductId = world.Product.Id, LotNumber = "L-1", Expiry = Onset.AddYears(1) };
            world.OfficerA = Officer(clinicA.Id);
            world.OfficerB = Officer(clinicB.Id);
            world.Db.AddRange(clinicA, clinicB, world.PatientA, world.PatientB, world.Product, world.Lot);
            await world.Db.SaveChangesAsync(ct);
            return world;
        }

        public async ValueTask DisposeAsync()
        {
            await db.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static CallerScope Officer(Guid clinicId) =>
        new(Guid.NewGuid(), new HashSet<string>(StringComparer.Ordinal) { ClinicRoles.SafetyOfficer }, [clinicId], []);

    private static AdverseEventInput Report(Patient patient, string eventCode, IReadOnlyList<string> seriousness, Guid? product) =>
        new(patient.Id, null, eventCode, Onset, seriousness, "mild", "recovering", "possible", [], product is { } p ? [p] : [], "safety-officer", null, null);

    private static T Value<T>(RecordOutcome<T> outcome) =>
        outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException(string.Join("; ", outcome.Problems.Select(p => p.Code + ": " + p.Message)));
}
