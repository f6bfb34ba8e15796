using System.Reflection;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Readings;
using MesoSafe.Records.Sessions;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>Issue 10 item 7: the API answers with records of its own, with every field the entity
/// answered with before (its public properties, less the navigations and raw JSON columns it hid
/// with [JsonIgnore]). A property added to an entity fails here until its body says whether to show it.</summary>
public sealed class BodyShapeTests
{
    public static TheoryData<string, string, string> Pairs() => new()
    {
        { typeof(Patient).FullName!, "MesoSafe.Web.Features.Patients.PatientBody", "Clinic" },
        { typeof(Intake).FullName!, "MesoSafe.Web.Features.Patients.IntakeBody", "" },
        { typeof(ScreeningRecord).FullName!, "MesoSafe.Web.Features.Patients.ScreeningBody", "ResultJson" },
        { typeof(TreatmentPlan).FullName!, "MesoSafe.Web.Features.Plans.PlanBody", "" },
        { typeof(Consent).FullName!, "MesoSafe.Web.Features.Plans.ConsentBody", "" },
        { typeof(TreatmentSession).FullName!, "MesoSafe.Web.Features.Sessions.SessionBody", "" },
        { typeof(SessionProduct).FullName!, "MesoSafe.Web.Features.Sessions.SessionProductBody", "" },
        { typeof(CheckIn).FullName!, "MesoSafe.Web.Features.CheckIns.CheckInBody", "RequestJson,ResultJson" },
        { typeof(CheckInReading).FullName!, "MesoSafe.Web.Features.CheckIns.ReadingBody", "" },
        { typeof(AdverseEvent).FullName!, "MesoSafe.Web.Features.AdverseEvents.AdverseEventBody", "" },
        { typeof(AdverseEventReport).FullName!, "MesoSafe.Web.Features.AdverseEvents.AdverseEventReportBody", "" },
        { typeof(Product).FullName!, "MesoSafe.Web.Features.Lots.ProductBody", "" },
        { typeof(Lot).FullName!, "MesoSafe.Web.Features.Lots.LotBody", "Product" },
        { typeof(AttentionItem).FullName!, "MesoSafe.Web.Features.Queue.AttentionItemBody", "" },
        { typeof(AuditEntry).FullName!, "MesoSafe.Web.Features.Audit.AuditEntryBody", "" },
        { typeof(Clinic).FullName!, "MesoSafe.Web.Features.Clinics.ClinicBody", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_body_has_every_field_its_entity_answered_with(string entityName, string bodyName, string hidden)
    {
        var entity = typeof(Patient).Assembly.GetType(entityName, throwOnError: true)!;
        var body = typeof(Program).Assembly.GetType(bodyName, throwOnError: true)!;

        var expected = Names(entity).Except(hidden.Split(',', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal);
        var actual = Names(body).Except(["EqualityContract"]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.DoesNotContain(entity.GetProperties(), p => p.GetCustomAttributes().Any(a => a.GetType().Name == "JsonIgnoreAttribute"));
    }

    private static IEnumerable<string> Names(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
}
