using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Tests.Readings;

/// <summary>A fresh clinic with a telephone number and a patient treated three days ago.</summary>
internal static class UnreadWorld
{
    public static async Task<(ClinicWorld World, Guid SessionId)> TreatedAsync(RecordsFixture fixture, string provider, string? telephone)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        if (telephone is not null)
        {
            await world.App.WithDbAsync((db, _) => db.Clinics.Where(c => c.Id == world.ClinicId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Telephone, telephone)));
        }

        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-3), world.LotId))).BodyAsync();
        return (world, session.GetProperty("id").GetGuid());
    }

    public static object Report(ClinicWorld world, Guid session, string words) => new
    {
        sessionId = session,
        reportedOn = world.Today,
        symptoms = new[] { new { code = words, severity = "mild", startedDaysAfterSession = 2 } },
    };

    public static async Task<Guid> UnreadCheckInAsync(ClinicWorld world, Guid session, string words)
    {
        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", Report(world, session, words));
        response.EnsureSuccessStatusCode();
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }
}
