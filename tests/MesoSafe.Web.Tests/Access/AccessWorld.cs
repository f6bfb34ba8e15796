using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Tests.Access;

/// <summary>The records of one patient that a request can name.</summary>
public sealed record PatientIds(Guid Clinic, Guid Patient, Guid User, Guid Plan, Guid Session, Guid CheckIn, Guid Event, Guid Intake, Guid Item)
{
    public IEnumerable<Guid> All => [Patient, User, Plan, Session, CheckIn, Event, Intake, Item];
}

/// <summary>Two clinics, A (the callers') and B (the other), each with a practitioner, a safety
/// officer, an administrator and two patients with a plan, a session, a check-in, an adverse event,
/// an intake and a queue item each. One lot was used in every clinic and recalled by B's officer.</summary>
public sealed class AccessWorld
{
    public required RecordsApp App { get; init; }

    public required ClinicWorld A { get; init; }

    public required ClinicWorld B { get; init; }

    public required PatientIds OwnPatient { get; init; }

    public required PatientIds OtherPatient { get; init; }

    public required PatientIds OtherClinicPatient { get; init; }

    public required PatientIds OtherClinicOtherPatient { get; init; }

    /// <summary>B's staff user ids (the patients' are in their <see cref="PatientIds"/>).</summary>
    public required IReadOnlyList<Guid> OtherClinicStaff { get; init; }

    public required Guid RecalledLot { get; init; }

    /// <summary>A's callers by role, none following redirects (a page's answer to a stranger is one).</summary>
    public required IReadOnlyDictionary<string, HttpClient> Callers { get; init; }

    public static async Task<AccessWorld> CreateAsync(RecordsApp app)
    {
        var a = await ClinicWorld.CreateAsync(app);
        var b = await ClinicWorld.CreateAsync(app);
        var shared = a.SecondLotId;
        var ids = new List<PatientIds>();
        foreach (var (world, patient) in new[] { (a, a.PatientId), (a, a.OtherPatientId), (b, b.PatientId), (b, b.OtherPatientId) })
        {
            var plan = await world.ReadyPlanAsync(patient);
            var session = (await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
                ClinicWorld.Session(patient, plan, world.Today.AddDays(-2), shared))).BodyAsync()).GetProperty("id").GetGuid();
            var patientClient = patient == world.PatientId ? world.Patient : world.OtherPatient;
            (await patientClient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, text = "a little red" })).EnsureSuccessStatusCode();
            var adverse = (await (await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", AdverseEvent(patient, world.Today))).BodyAsync()).GetProperty("id").GetGuid();
            ids.Add(new PatientIds(world.ClinicId, patient, Guid.Empty, plan, session, Guid.Empty, adverse, Guid.Empty, Guid.Empty));
        }

        (await b.Officer.PostJsonAsync($"/api/v1/lots/{shared}/recall", new { reason = "sterility failure" })).EnsureSuccessStatusCode();
        var filled = await app.WithDbAsync(async (db, _) =>
        {
            var result = new List<PatientIds>();
            foreach (var p in ids)
            {
                var user = await db.Patients.Where(x => x.Id == p.Patient).Select(x => x.UserId!.Value).SingleAsync();
                var checkIn = await db.CheckIns.Where(c => c.SessionId == p.Session && c.ResultJson != null).Select(c => c.Id).FirstAsync();
                var intake = await db.Intakes.Where(i => i.PatientId == p.Patient).Select(i => i.Id).FirstAsync();
                var item = await db.AttentionItems.Where(i => i.PatientId == p.Patient).Select(i => i.Id).FirstAsync();
                result.Add(p with { User = user, CheckIn = checkIn, Intake = intake, Item = item });
            }

            return result;
        });
        var staff = await app.WithDbAsync(async (db, _) =>
            await db.ClinicMemberships.Where(m => m.ClinicId == b.ClinicId).Select(m => m.UserId).ToListAsync());
        return new AccessWorld
        {
            App = app,
            A = a,
            B = b,
            OwnPatient = filled[0],
            OtherPatient = filled[1],
            OtherClinicPatient = filled[2],
            OtherClinicOtherPatient = filled[3],
            OtherClinicStaff = staff,
            RecalledLot = shared,
            Callers = new Dictionary<string, HttpClient>
            {
                [AccessMatrix.Anonymous] = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
                [AccessMatrix.Practitioner] = app.PageClient(a.Practitioner),
                [AccessMatrix.SafetyOfficer] = app.PageClient(a.Officer),
                [AccessMatrix.Admin] = app.PageClient(a.Admin),
                [AccessMatrix.Patient] = app.PageClient(a.Patient),
            },
        };
    }

    /// <summary>The target of a cell: own clinic own patient, own clinic other patient, other clinic
    /// (its first patient), other clinic other patient.</summary>
    public PatientIds Target(string target) => target switch
    {
        AccessMatrix.OwnOwn => OwnPatient,
        AccessMatrix.OwnOther => OtherPatient,
        AccessMatrix.OtherOwn => OtherClinicPatient,
        _ => OtherClinicOtherPatient,
    };

    /// <summary>The ids no answer to this caller may carry (unless the caller sent them): every id
    /// of the other clinic, and for a patient also the other patient's; for a stranger, every id.</summary>
    public IReadOnlyCollection<Guid> Forbidden(string role)
    {
        // The product catalogue (products and lots) is the chain's, shared by every clinic.
        var forbidden = new HashSet<Guid> { B.ClinicId };
        forbidden.UnionWith(OtherClinicPatient.All);
        forbidden.UnionWith(OtherClinicOtherPatient.All);
        forbidden.UnionWith(OtherClinicStaff);
        if (role is AccessMatrix.Patient or AccessMatrix.Anonymous)
        {
            forbidden.UnionWith(OtherPatient.All);
        }

        if (role == AccessMatrix.Anonymous)
        {
            forbidden.UnionWith(OwnPatient.All);
            forbidden.Add(A.ClinicId);
        }

        return forbidden;
    }

    public static object AdverseEvent(Guid patientId, DateOnly today) => new
    {
        patientId,
        eventCode = "nodule",
        onset = today.AddDays(-1),
        severity = "mild",
        outcome = "recovering",
        causality = "possible",
        reporterType = "practitioner",
        narrative = "A small nodule.",
    };
}
