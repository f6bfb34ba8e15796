using System.Net;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>The storage side of the bounds: a refused value is never stored, the EF model gives
/// each column the table's length, and PostgreSQL's columns refuse a longer value themselves.</summary>
public sealed class BoundsStorageTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_megabyte_field_is_never_stored(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var marker = "M" + Guid.NewGuid().ToString("N")[..12];
        var huge = marker + new string('x', 1_000_000);

        var patient = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "Bo", familyName = marker + new string('x', RecordBounds.NameLength) });
        var product = await world.Admin.PostJsonAsync("/api/v1/products", new { name = marker + new string('x', RecordBounds.ProductNameLength), manufacturer = "M", substances = new[] { "biotin" } });
        var narrative = await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", new
        {
            patientId = world.PatientId, eventCode = "nodule", onset = world.Today, severity = "mild", outcome = "recovering", causality = "possible",
            reporterType = "practitioner", narrative = marker + new string('x', RecordBounds.NarrativeLength),
        });
        var megabyte = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "Bo", familyName = huge });

        Assert.Equal(HttpStatusCode.BadRequest, patient.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, product.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, narrative.StatusCode);
        Assert.True(megabyte.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, megabyte.StatusCode.ToString());
        var stored = await world.App.WithDbAsync(async (db, _) =>
            await db.Patients.CountAsync(p => p.FamilyName.StartsWith(marker))
            + await db.Products.CountAsync(p => p.Name.StartsWith(marker))
            + await db.Set<AdverseEventReport>().CountAsync(r => r.Narrative != null && r.Narrative.StartsWith(marker)));
        Assert.Equal(0, stored);
    }

    public static TheoryData<string, string, string, int> Columns()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, nameof(Patient), nameof(Patient.GivenName), RecordBounds.NameLength);
            data.Add(provider, nameof(Patient), nameof(Patient.FamilyName), RecordBounds.NameLength);
            data.Add(provider, nameof(Patient), nameof(Patient.Email), RecordBounds.EmailLength);
            data.Add(provider, nameof(Patient), nameof(Patient.Phone), RecordBounds.PhoneLength);
            data.Add(provider, nameof(Product), nameof(Product.Name), RecordBounds.ProductNameLength);
            data.Add(provider, nameof(Product), nameof(Product.Manufacturer), RecordBounds.ProductNameLength);
            data.Add(provider, nameof(Lot), nameof(Lot.LotNumber), RecordBounds.LotNumberLength);
            data.Add(provider, nameof(Lot), nameof(Lot.RecallReason), RecordBounds.RecallReasonLength);
            data.Add(provider, nameof(AdverseEventReport), nameof(AdverseEventReport.Narrative), RecordBounds.NarrativeLength);
            data.Add(provider, nameof(AdverseEventReport), nameof(AdverseEventReport.EventCode), RecordBounds.CodeLength);
            data.Add(provider, nameof(ClinicUser), nameof(ClinicUser.DisplayName), RecordBounds.DisplayNameLength);
            data.Add(provider, nameof(Clinic), nameof(Clinic.Name), RecordBounds.ClinicNameLength);
            data.Add(provider, nameof(Clinic), nameof(Clinic.Telephone), RecordBounds.PhoneLength);
        }

        return data;
    }

    /// <summary>The model's length is the table's; on PostgreSQL the migrated column's
    /// (information_schema) is too.</summary>
    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Each_column_holds_the_bound_of_its_field(string provider, string entity, string property, int length)
    {
        var app = await fixture.AppAsync(provider);
        var (modelLength, columnLength) = await app.WithDbAsync(async (db, _) =>
        {
            var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == entity);
            var column = type.FindProperty(property)!;
            if (!db.Database.IsNpgsql())
            {
                return (column.GetMaxLength(), column.GetMaxLength());
            }

            var table = type.GetTableName()!;
            var name = column.GetColumnName();
            var found = await db.Database.SqlQuery<int?>(
                $"SELECT character_maximum_length AS \"Value\" FROM information_schema.columns WHERE table_name = {table} AND column_name = {name}").SingleAsync();
            return (column.GetMaxLength(), found);
        });

        Assert.Equal(length, modelLength);
        Assert.Equal(length, columnLength);
    }

    [Fact]
    public async Task A_postgresql_column_refuses_a_longer_value_than_its_bound_itself()
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync("postgres"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => world.App.WithDbAsync(async (db, _) =>
        {
            db.Patients.Add(new Patient { ClinicId = world.ClinicId, GivenName = "Bo", FamilyName = new string('x', RecordBounds.NameLength + 1) });
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("22001", error.InnerException?.Message + " " + (error.InnerException as Npgsql.PostgresException)?.SqlState, StringComparison.Ordinal);
    }
}
