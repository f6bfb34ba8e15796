using MesoSafe.Clinical.Json;

namespace MesoSafe.Records.Outcomes;

/// <summary>The bounds of every field of the records API, written once (issue 20, ADR 0408): the
/// records services check them (400 naming the field and the bound), the pages take their
/// <c>maxlength</c>/<c>min</c>/<c>max</c> from them, the EF model gives the columns these lengths
/// (so PostgreSQL refuses a longer value too), and the OpenAPI document publishes them. The ranges
/// of the contract (depth, temperature, list entries, the triage text) stay
/// <see cref="RequestLimits"/>' and are only listed here; the record-only ranges stay
/// <see cref="RecordLimits"/>'.</summary>
public static class RecordBounds
{
    /// <summary>A person's given or family name. HL7 v2 XPN holds a family name in 194 characters and
    /// FHIR HumanName has no limit of its own; 200 is the column these names always had.</summary>
    public const int NameLength = 200;

    /// <summary>RFC 5321 (4.5.3.1.3, with RFC 3696 erratum 1690): a path is at most 256 octets with
    /// its angle brackets, so an address is at most 254.</summary>
    public const int EmailLength = 254;

    /// <summary>ITU-T E.164: at most 15 digits; with a "+", spaces, hyphens, dots, brackets and an
    /// extension's room, 32 characters.</summary>
    public const int PhoneLength = 32;

    /// <summary>A plan's or session's code (indication, technique, anaesthetic).</summary>
    public const int CodeLength = 80;

    /// <summary>A product's name and its manufacturer's (as the catalogue always held them).</summary>
    public const int ProductNameLength = 200;

    /// <summary>ICH E2B(R3) G.k.4.r.7, batch/lot number: 35 characters.</summary>
    public const int LotNumberLength = 35;

    /// <summary>ICH E2B(R3) H.1, case narrative: 100,000 characters.</summary>
    public const int NarrativeLength = 100_000;

    /// <summary>The contract's triage text (<see cref="RequestLimits.MaxTextLength"/>).</summary>
    public const int CheckInTextLength = RequestLimits.MaxTextLength;

    /// <summary>A staff member's or patient's display name: a whole name, so the names' length.</summary>
    public const int DisplayNameLength = NameLength;

    /// <summary>A clinic's name: as long as a person's names (the column it always had).</summary>
    public const int ClinicNameLength = 200;

    /// <summary>A lot's recall reason, shown to every clinic.</summary>
    public const int RecallReasonLength = Catalog.Lot.MaxRecallReasonLength;

    /// <summary>Bytes of one records request body: the largest field (100,000 characters, up to 4 bytes
    /// each in UTF-8 when escaped text is counted) fits with room; 413 over it.</summary>
    public const int MaxRequestBytes = 512 * 1024;

    /// <summary>No birth date before 1900: no patient alive was born earlier.</summary>
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>No record of the clinic is older than the product catalogue's oldest lots.</summary>
    public static readonly DateOnly EarliestRecordDate = new(2000, 1, 1);

    /// <summary>No lot expires, and no treatment is planned, after 2100.</summary>
    public static readonly DateOnly LatestRecordDate = new(2100, 12, 31);

    /// <summary>Today where the clinic is. Clinics have no time zone of their own yet, so it is the
    /// server's (<see cref="TimeProvider.LocalTimeZone"/>), which a clinic's server is set to.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    private const string Patient = "PatientInput";
    private const string Plan = "PlanInput";
    private const string Session = "SessionInput";
    private const string SessionProduct = "SessionProductInput";
    private const string CheckIn = "CheckInInput";
    private const string AdverseEvent = "AdverseEventInput";
    private const string Product = "ProductInput";
    private const string Lot = "LotInput";
    private const string Intake = "IntakeInput";
    private const string Screening = "ScreeningInput";
    private const string User = "UserInput";
    private const string Recall = "RecallRequest";
    private const string Clinic = "ClinicInput";

    public static TextBound GivenName { get; } = new(Patient, "givenName", NameLength, "HL7 v2 XPN / FHIR HumanName");

    public static TextBound FamilyName { get; } = new(Patient, "familyName", NameLength, "HL7 v2 XPN / FHIR HumanName");

    public static TextBound Email { get; } = new(Patient, "email", EmailLength, "RFC 5321 4.5.3.1.3");

    public static TextBound Phone { get; } = new(Patient, "phone", PhoneLength, "ITU-T E.164 with formatting");

    public static TextBound Indication { get; } = new(Plan, "indication", CodeLength, "knowledge-base code", RequestErrorCodes.TooLong);

    public static TextBound PlanTechnique { get; } = new(Plan, "technique", CodeLength, "knowledge-base code", RequestErrorCodes.TooLong);

    public static TextBound PlanAnesthetic { get; } = new(Plan, "anesthetic", CodeLength, "knowledge-base code", RequestErrorCodes.TooLong);

    public static TextBound SessionTechnique { get; } = new(Session, "technique", CodeLength, "knowledge-base code", RequestErrorCodes.TooLong);

    public static TextBound SessionAnesthetic { get; } = new(Session, "anesthetic", CodeLength, "knowledge-base code", RequestErrorCodes.TooLong);

    public static TextBound CheckInText { get; } = new(CheckIn, "text", CheckInTextLength, "contract: triage text", RequestErrorCodes.TooLong);

    public static TextBound Narrative { get; } = new(AdverseEvent, "narrative", NarrativeLength, "ICH E2B(R3) H.1");

    public static TextBound EventCode { get; } = new(AdverseEvent, "eventCode", CodeLength, "knowledge-base code");

    public static TextBound ProductName { get; } = new(Product, "name", ProductNameLength, "catalogue column");

    public static TextBound Manufacturer { get; } = new(Product, "manufacturer", ProductNameLength, "catalogue column");

    public static TextBound LotNumber { get; } = new(Lot, "lotNumber", LotNumberLength, "ICH E2B(R3) G.k.4.r.7");

    public static TextBound RecallReason { get; } = new(Recall, "reason", RecallReasonLength, "shown to every clinic", RequestErrorCodes.TooLong);

    public static TextBound UserEmail { get; } = new(User, "email", EmailLength, "RFC 5321 4.5.3.1.3");

    public static TextBound DisplayName { get; } = new(User, "displayName", DisplayNameLength, "HL7 v2 XPN / FHIR HumanName");

    public static TextBound ClinicName { get; } = new(Clinic, "name", ClinicNameLength, "clinic column");

    public static NumberBound PlanDepth { get; } = new(Plan, "depthMm", RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, "mm", "contract");

    public static NumberBound PlanSessions { get; } = new(Plan, "sessions", RecordLimits.MinSessions, RecordLimits.MaxSessions, "sessions", "contract");

    public static NumberBound PlanInterval { get; } = new(Plan, "intervalDays", RecordLimits.MinIntervalDays, RecordLimits.MaxIntervalDays, "days", "contract");

    public static NumberBound SessionDepth { get; } = new(Session, "depthMm", RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, "mm", "contract");

    public static NumberBound Volume { get; } = new(SessionProduct, "volumeMl", RecordLimits.MinVolumeMl, RecordLimits.MaxVolumeMl, "ml", "records");

    public static NumberBound Temperature { get; } = new(CheckIn, "temperatureC", RequestLimits.MinTemperatureC, RequestLimits.MaxTemperatureC, "°C", "contract");

    public static DateBound BirthDate { get; } = new(Patient, "birthDate", EarliestBirthDate, LatestRecordDate, 0, "not in the future, not before 1900");

    /// <summary>Also not before the session (<see cref="RecordProblemCodes.BeforeSession"/>).</summary>
    public static DateBound ReportedOn { get; } = new(CheckIn, "reportedOn", EarliestRecordDate, LatestRecordDate, 1, "not after tomorrow, not before the session");

    /// <summary>Also not before the session when one is named (<see cref="RecordProblemCodes.BeforeSession"/>).</summary>
    public static DateBound Onset { get; } = new(AdverseEvent, "onset", EarliestRecordDate, LatestRecordDate, 1, "not after tomorrow, not before the session");

    public static DateBound Expiry { get; } = new(Lot, "expiry", EarliestRecordDate, LatestRecordDate, null, "2000 to 2100");

    public static DateBound SessionDate { get; } = new(Session, "date", EarliestRecordDate, LatestRecordDate, null, "2000 to 2100");

    public static DateBound IntakePlannedDate { get; } = new(Intake, "plannedDate", EarliestRecordDate, LatestRecordDate, null, "2000 to 2100");

    public static DateBound ScreeningPlannedDate { get; } = new(Screening, "plannedDate", EarliestRecordDate, LatestRecordDate, null, "2000 to 2100");

    /// <summary>Every bound, in the README's order.</summary>
    public static IReadOnlyList<FieldBound> All { get; } =
    [
        GivenName, FamilyName, BirthDate, Email, Phone,
        Indication, PlanTechnique, PlanAnesthetic, PlanDepth, PlanSessions, PlanInterval,
        IntakePlannedDate, ScreeningPlannedDate,
        SessionDate, SessionTechnique, SessionAnesthetic, SessionDepth, Volume,
        ReportedOn, Temperature, CheckInText,
        EventCode, Onset, Narrative,
        ProductName, Manufacturer, LotNumber, Expiry, RecallReason,
        UserEmail, DisplayName,
        ClinicName,
    ];

    /// <summary>E.164 digits and the usual separators: digits, space, "+", "-", ".", "(" and ")".</summary>
    public static bool IsPhone(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '.' or '(' or ')');
    }
}
