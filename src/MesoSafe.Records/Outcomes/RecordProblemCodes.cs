using MesoSafe.Clinical.Json;

namespace MesoSafe.Records.Outcomes;

/// <summary>The stable codes of the records API's problems, one constant each (as the Firely SDK
/// defines each parser issue once and tests it in a table). Never rename one; add freely. Codes the
/// JSON contract already defines (<c>required</c>, <c>out-of-range</c>, <c>too-long</c>,
/// <c>too-many-entries</c>, <c>empty-value</c>, <c>unknown-value</c>) are
/// <see cref="RequestErrorCodes"/>' and are not repeated here.</summary>
public static class RecordProblemCodes
{
    // 422: charting a session refused by a safety rule (README, "Refusals and flags when charting a session").
    public const string LotExpired = "lot-expired";
    public const string LotRecalled = "lot-recalled";

    /// <summary>A session's lot that does not exist (422); also a suspect lot of an adverse event (400).</summary>
    public const string UnknownLot = "unknown-lot";
    public const string ScreeningMissing = "screening-missing";
    public const string PatientContraindicated = "patient-contraindicated";
    public const string PatientDeferred = "patient-deferred";
    public const string ScreeningAfterSession = "screening-after-session";
    public const string ConsentMissing = "consent-missing";
    public const string SensitivityTestMissing = "sensitivity-test-missing";
    public const string SensitivityTestPositive = "sensitivity-test-positive";

    // 404 and 409.
    public const string NotFound = "not-found";

    /// <summary>A role that may not do this; answered 404 like a record out of the caller's scope.</summary>
    public const string Forbidden = "forbidden";
    public const string VersionConflict = "version-conflict";
    public const string DuplicateLot = "duplicate-lot";

    /// <summary>A lot recalled a second time (409): the first recall's time and reason stand.</summary>
    public const string LotAlreadyRecalled = "lot-already-recalled";

    /// <summary>A clinic of that name exists already (names are how people tell clinics apart).</summary>
    public const string ClinicNameTaken = "clinic-name-taken";

    /// <summary>An erasure of a patient whose identity is already erased (409): the first one stands.</summary>
    public const string PatientAlreadyErased = "patient-already-erased";

    /// <summary>A queue item resolved a second time, or by two people at once (409): the first
    /// resolution's time and author stand.</summary>
    public const string QueueItemAlreadyResolved = "queue-item-already-resolved";

    // 400: a field of a records request.
    public const string UnknownPlan = "unknown-plan";
    public const string UnknownProduct = "unknown-product";
    public const string UnknownSession = "unknown-session";
    public const string UnknownPatient = "unknown-patient";
    public const string UnknownRole = "unknown-role";
    public const string UnknownSex = "unknown-sex";
    public const string UnknownSeverity = "unknown-severity";
    public const string UnknownResult = "unknown-result";
    public const string UnknownCode = "unknown-code";
    public const string UnknownEventCode = "unknown-event-code";
    public const string UnknownCriterion = "unknown-criterion";
    public const string InvalidCode = "invalid-code";
    public const string InvalidEmail = "invalid-email";
    public const string InvalidEntry = "invalid-entry";
    public const string InvalidLanguage = "invalid-language";
    public const string BeforeSession = "before-session";
    public const string ClinicNotYours = "clinic-not-yours";
    public const string NotANumber = "not-a-number";
    public const string PageOutOfRange = "page-out-of-range";
    public const string PageSizeOutOfRange = "page-size-out-of-range";
    public const string PlanAndPlanId = "plan-and-plan-id";

    // 400: a field over its bound (RecordBounds, issue 20).

    /// <summary>A text longer than its field's bound; the message gives the bound.</summary>
    public const string FieldTooLong = "field-too-long";

    /// <summary>A date outside its field's window (birth date in the future, expiry before 2000, ...).</summary>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>A telephone number with other characters than digits, spaces and + - . ( ).</summary>
    public const string InvalidPhone = "invalid-phone";

    /// <summary>The database refused an intake, its plan or its screening: nothing was saved.</summary>
    public const string NotSaved = "not-saved";

    /// <summary>ASP.NET Core Identity's own error code follows, lower-cased ("identity-passwordtooshort").</summary>
    public const string IdentityPrefix = "identity-";

    /// <summary>The codes answered 422 when a session is charted, in the README's order.</summary>
    public static IReadOnlyList<string> Refusals { get; } =
    [
        LotExpired, LotRecalled, UnknownLot, ScreeningMissing, PatientContraindicated, PatientDeferred, ScreeningAfterSession,
        ConsentMissing, SensitivityTestMissing, SensitivityTestPositive,
    ];
}
