namespace MesoSafe.Web.Tests.Access;

/// <summary>Issue 11 item 3: every API endpoint and page x every role of clinic A x own / other
/// clinic x own / other patient, with each cell's expected status in this one table.
/// Columns: anonymous | practitioner | safety officer | administrator | patient (all of clinic A).
/// A targeted row (its request or its body names {clinic}, {patient}, {plan}, ...) has four statuses per role,
/// for the targets own clinic + own patient, own clinic + other patient, other clinic + its first
/// patient, other clinic + its other patient ("own patient" is the one the patient signs in as);
/// one status stands for all four. An untargeted row (lists without a filter, the catalogue,
/// pages) has one status per role. 404 is the records API's answer for "not yours" (a stranger's
/// record is never confirmed to exist); 403 is a page or policy refusing the role; 302 is a page
/// sending a stranger to sign in. A 400, 409 or 422 on an own record shows the request reached it
/// and a rule refused it (a stale version, the days between sessions, a reading's fields), while
/// the same request on the other clinic's record is 404. A 400 on POST /patients or /users naming
/// another clinic is "clinic-not-yours".</summary>
internal static class AccessMatrix
{
    public const string Anonymous = "anonymous";
    public const string Practitioner = "practitioner";
    public const string SafetyOfficer = "safety-officer";
    public const string Admin = "admin";
    public const string Patient = "patient";

    public const string OwnOwn = "own clinic, own patient";
    public const string OwnOther = "own clinic, other patient";
    public const string OtherOwn = "other clinic, patient 1";
    public const string OtherOther = "other clinic, patient 2";

    public static IReadOnlyList<string> Roles { get; } = [Anonymous, Practitioner, SafetyOfficer, Admin, Patient];

    public static IReadOnlyList<string> Targets { get; } = [OwnOwn, OwnOther, OtherOwn, OtherOther];

    /// <summary>request | anonymous | practitioner | safety officer | administrator | patient</summary>
    public static IReadOnlyList<string> Table { get; } =
    [
        // The records API: patients and intakes.
        "GET /api/v1/patients                                   | 401 | 200             | 200             | 200             | 200",
        "GET /api/v1/patients?clinicId={clinic}                 | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/patients                                  | 401 | 201 201 400 400 | 201 201 400 400 | 201 201 400 400 | 400",
        "GET /api/v1/patients/{patient}                         | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "PUT /api/v1/patients/{patient}                         | 401 | 200 200 404 404 | 409 409 404 404 | 409 409 404 404 | 404",
        "POST /api/v1/patients/{patient}/intakes                | 401 | 201 201 404 404 | 404             | 404             | 404",
        "POST /api/v1/intakes/{intake}/screenings               | 401 | 201 201 404 404 | 404             | 404             | 404",

        // Plans and consent.
        "GET /api/v1/plans?patientId={patient}                  | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/plans                                     | 401 | 201 201 404 404 | 404             | 404             | 404",
        "GET /api/v1/plans/{plan}                               | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "PUT /api/v1/plans/{plan}                               | 401 | 200 200 404 404 | 404             | 404             | 404",
        "GET /api/v1/plans/{plan}/consent                       | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "POST /api/v1/plans/{plan}/consent                      | 401 | 409 409 404 404 | 404             | 404             | 409 404 404 404",

        // Sessions, check-ins and their readings, the queue.
        "GET /api/v1/sessions?patientId={patient}               | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/sessions                                  | 401 | 422 422 404 404 | 404             | 404             | 404",
        "GET /api/v1/sessions/{session}                         | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "GET /api/v1/check-ins?patientId={patient}              | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/check-ins                                 | 401 | 201 201 404 404 | 201 201 404 404 | 201 201 404 404 | 201 404 404 404",
        "GET /api/v1/check-ins/{checkIn}                        | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "GET /api/v1/check-ins/{checkIn}/readings               | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 404",
        "POST /api/v1/check-ins/{checkIn}/readings              | 401 | 400 400 404 404 | 403             | 403             | 403",
        "GET /api/v1/queue?clinicId={clinic}                    | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 404",
        "POST /api/v1/queue/{item}/resolve                      | 401 | 200 200 404 404 | 409 409 404 404 | 409 409 404 404 | 404",

        // Adverse events and follow-ups.
        "GET /api/v1/adverse-events?patientId={patient}         | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/adverse-events                            | 401 | 201 201 404 404 | 201 201 404 404 | 201 201 404 404 | 404",
        "GET /api/v1/adverse-events/{event}                     | 401 | 200 200 404 404 | 200 200 404 404 | 200 200 404 404 | 200 404 404 404",
        "POST /api/v1/adverse-events/{event}/follow-ups         | 401 | 409 409 404 404 | 409 409 404 404 | 409 409 404 404 | 404",

        // The audit trail, users and clinics.
        "GET /api/v1/audit?patientId={patient}                  | 401 | 404             | 200             | 200             | 404",
        "GET /api/v1/users                                      | 401 | 404             | 404             | 200             | 404",
        "POST /api/v1/users                                     | 401 | 404             | 404             | 201 201 400 400 | 404",
        "GET /api/v1/clinics                                    | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/clinics                                   | 401 | 404             | 404             | 201             | 404",
        "PATCH /api/v1/clinics/{clinic}                         | 401 | 404             | 404             | 200 200 404 404 | 404",

        // The chain's catalogue: products and lots (no clinic's records; recalledBy only for colleagues).
        "GET /api/v1/products                                   | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/products                                  | 401 | 404             | 404             | 201             | 404",
        "GET /api/v1/products/{product}                         | 401 | 200             | 200             | 200             | 200",
        "GET /api/v1/lots                                       | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/lots                                      | 401 | 404             | 404             | 201             | 404",
        "GET /api/v1/lots/{recalled}                            | 401 | 200             | 200             | 200             | 200",
        "POST /api/v1/lots/{recalled}/recall                    | 401 | 404             | 409             | 409             | 404",

        // The contract's evaluations and the open doors.
        "POST /api/v1/screenings/evaluate                       | 400 | 400             | 400             | 400             | 400",
        "POST /api/v1/triage/evaluate                           | 400 | 400             | 400             | 400             | 400",
        "POST /api/v1/auth/token                                | 401 | 401             | 401             | 401             | 401",
        "GET /health                                            | 200 | 200             | 200             | 200             | 200",

        // Pages.
        "GET /                                                  | 200 | 302             | 302             | 302             | 302",
        "GET /Accessibility                                     | 200 | 200             | 200             | 200             | 200",
        "GET /Account/SignIn                                    | 200 | 200             | 200             | 200             | 200",
        "GET /Account/Denied                                    | 403 | 403             | 403             | 403             | 403",
        "GET /Practitioner                                      | 302 | 200             | 403             | 403             | 403",
        "GET /Practitioner/Patients                             | 302 | 200             | 403             | 403             | 403",
        "GET /Practitioner/Patients/{patient}                   | 302 | 200 200 404 404 | 403             | 403             | 403",
        "GET /Practitioner/Intake                               | 302 | 200             | 403             | 403             | 403",
        "GET /Practitioner/Plan?patientId={patient}&planId={plan} | 302 | 200 200 404 404 | 403             | 403             | 403",
        "GET /Practitioner/Session?patientId={patient}&planId={plan} | 302 | 200 200 404 404 | 403             | 403             | 403",
        "GET /Practitioner/AdverseEvent?patientId={patient}     | 302 | 200 200 404 404 | 403             | 403             | 403",
        "GET /Patient                                           | 302 | 403             | 403             | 403             | 200",
        "GET /Patient/History                                   | 302 | 403             | 403             | 403             | 200",
        "GET /Patient/CheckIn                                   | 302 | 403             | 403             | 403             | 200",
        "GET /Patient/Consent                                   | 302 | 403             | 403             | 403             | 200",
        "GET /Patient/Sessions/{session}                        | 302 | 403             | 403             | 403             | 200 404 404 404",
        "GET /Safety/Events                                     | 302 | 403             | 200             | 403             | 403",
        "GET /Safety/Events/{event}                             | 302 | 403             | 200 200 404 404 | 403             | 403",
        "GET /Safety/Lots                                       | 302 | 403             | 200             | 403             | 403",
        "GET /Safety/Rates                                      | 302 | 403             | 200             | 403             | 403",
        "GET /Safety/Signals                                    | 302 | 403             | 200             | 403             | 403",
        "GET /Admin                                             | 302 | 403             | 403             | 200             | 403",
        "GET /Admin/Clinics                                     | 302 | 403             | 403             | 200             | 403",
        "GET /Admin/Products                                    | 302 | 403             | 403             | 200             | 403",
        "GET /Admin/Knowledge                                   | 302 | 403             | 403             | 200             | 403",
        "GET /Admin/Readings                                    | 302 | 403             | 403             | 200             | 403",
    ];

    /// <summary>The body sent with each write, its ids filled from the cell's target ({unique} is new
    /// in every cell, so a name or e-mail never collides).</summary>
    public static IReadOnlyDictionary<string, string> Bodies { get; } = new Dictionary<string, string>
    {
        ["POST /api/v1/patients"] = """{"clinicId":"{clinic}","givenName":"Cy","familyName":"Matrix","birthDate":"1980-01-01","sex":"female"}""",
        ["PUT /api/v1/patients/{patient}"] = """{"givenName":"Ada","familyName":"Matrix","birthDate":"1985-03-01","sex":"female","version":0}""",
        ["POST /api/v1/patients/{patient}/intakes"] = """{"conditions":[]}""",
        ["POST /api/v1/intakes/{intake}/screenings"] = """{"plannedDate":"{today}"}""",
        ["POST /api/v1/plans"] = """{"patientId":"{patient}","indication":"hair-loss","areas":["scalp"],"substances":["biotin"],"technique":"nappage","depthMm":1.0,"sessions":4,"intervalDays":10}""",
        ["PUT /api/v1/plans/{plan}"] = """{"patientId":"{patient}","indication":"hair-loss","areas":["scalp"],"substances":["biotin"],"technique":"nappage","depthMm":1.0,"sessions":4,"intervalDays":10,"version":0}""",
        ["POST /api/v1/plans/{plan}/consent"] = """{"planRevision":1}""",
        ["POST /api/v1/sessions"] = """{"patientId":"{patient}","planId":"{plan}","date":"{today}","areas":["scalp"],"technique":"point-by-point","depthMm":2.0,"asepsis":["skin-disinfected","sterile-single-use-needles"],"sensitivityTest":"negative","products":[{"lotId":"{lot}","volumeMl":2.0}]}""",
        ["POST /api/v1/check-ins"] = """{"sessionId":"{session}","reportedOn":"{today}","text":"still a little red"}""",
        ["POST /api/v1/check-ins/{checkIn}/readings"] = """{"action":"called the patient"}""",
        ["POST /api/v1/adverse-events"] = """{"patientId":"{patient}","eventCode":"nodule","onset":"{yesterday}","severity":"mild","outcome":"recovering","causality":"possible","reporterType":"practitioner","narrative":"A nodule."}""",
        ["POST /api/v1/adverse-events/{event}/follow-ups"] = """{"patientId":"{patient}","eventCode":"nodule","onset":"{yesterday}","severity":"mild","outcome":"recovered","causality":"possible","reporterType":"practitioner","narrative":"Resolved.","version":0}""",
        ["POST /api/v1/users"] = """{"email":"m-{unique}@example.test","password":"long-enough-password-2026","role":"practitioner","clinicIds":["{clinic}"]}""",
        ["POST /api/v1/clinics"] = """{"name":"Clinic {unique}"}""",
        ["PATCH /api/v1/clinics/{clinic}"] = """{"name":"Clinic {unique}"}""",
        ["POST /api/v1/products"] = """{"name":"P {unique}","manufacturer":"M","substances":["biotin"]}""",
        ["POST /api/v1/lots"] = """{"productId":"{product}","lotNumber":"M-{unique}","expiry":"{nextYear}"}""",
        ["POST /api/v1/lots/{recalled}/recall"] = """{"reason":"again"}""",
        ["POST /api/v1/screenings/evaluate"] = "{}",
        ["POST /api/v1/triage/evaluate"] = "{}",
        ["POST /api/v1/auth/token"] = """{"email":"nobody@example.test","password":"wrong-password-2026"}""",
    };
}
