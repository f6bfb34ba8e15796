using System.Reflection;
using System.Text.RegularExpressions;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.Problems;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>Every problem code is one constant whose value never changes: each is pinned here, and a
/// constant added without a row (or a row without a constant) fails.</summary>
public sealed partial class ProblemCodeCatalogueTests
{
    private static readonly Type[] Catalogues = [typeof(RequestErrorCodes), typeof(RecordProblemCodes), typeof(ApiProblemCodes)];

    public static TheoryData<string, string> Pinned => new()
    {
        // The JSON contract (also used for the records API's fields).
        { "RequestErrorCodes.InvalidJson", "invalid-json" },
        { "RequestErrorCodes.NotAnObject", "not-an-object" },
        { "RequestErrorCodes.InvalidRequest", "invalid-request" },
        { "RequestErrorCodes.BlankLine", "blank-line" },
        { "RequestErrorCodes.LineTooLong", "line-too-long" },
        { "RequestErrorCodes.EvaluationFailed", "evaluation-failed" },
        { "RequestErrorCodes.Required", "required" },
        { "RequestErrorCodes.InvalidType", "invalid-type" },
        { "RequestErrorCodes.InvalidDate", "invalid-date" },
        { "RequestErrorCodes.UnknownValue", "unknown-value" },
        { "RequestErrorCodes.OutOfRange", "out-of-range" },
        { "RequestErrorCodes.TooLong", "too-long" },
        { "RequestErrorCodes.TooManyEntries", "too-many-entries" },
        { "RequestErrorCodes.NullEntry", "null-entry" },
        { "RequestErrorCodes.EmptyValue", "empty-value" },
        { "RequestErrorCodes.DateOrder", "date-order" },
        { "RequestErrorCodes.InvalidText", "invalid-text" },

        // The records API.
        { "RecordProblemCodes.LotExpired", "lot-expired" },
        { "RecordProblemCodes.LotRecalled", "lot-recalled" },
        { "RecordProblemCodes.UnknownLot", "unknown-lot" },
        { "RecordProblemCodes.ScreeningMissing", "screening-missing" },
        { "RecordProblemCodes.PatientContraindicated", "patient-contraindicated" },
        { "RecordProblemCodes.PatientDeferred", "patient-deferred" },
        { "RecordProblemCodes.ScreeningAfterSession", "screening-after-session" },
        { "RecordProblemCodes.ConsentMissing", "consent-missing" },
        { "RecordProblemCodes.SensitivityTestMissing", "sensitivity-test-missing" },
        { "RecordProblemCodes.SensitivityTestPositive", "sensitivity-test-positive" },
        { "RecordProblemCodes.NotFound", "not-found" },
        { "RecordProblemCodes.Forbidden", "forbidden" },
        { "RecordProblemCodes.VersionConflict", "version-conflict" },
        { "RecordProblemCodes.DuplicateLot", "duplicate-lot" },
        { "RecordProblemCodes.LotAlreadyRecalled", "lot-already-recalled" },
        { "RecordProblemCodes.ClinicNameTaken", "clinic-name-taken" },
        { "RecordProblemCodes.PatientAlreadyErased", "patient-already-erased" },
        { "RecordProblemCodes.QueueItemAlreadyResolved", "queue-item-already-resolved" },
        { "RecordProblemCodes.UnknownPlan", "unknown-plan" },
        { "RecordProblemCodes.UnknownProduct", "unknown-product" },
        { "RecordProblemCodes.UnknownSession", "unknown-session" },
        { "RecordProblemCodes.UnknownPatient", "unknown-patient" },
        { "RecordProblemCodes.UnknownRole", "unknown-role" },
        { "RecordProblemCodes.UnknownSex", "unknown-sex" },
        { "RecordProblemCodes.UnknownSeverity", "unknown-severity" },
        { "RecordProblemCodes.UnknownResult", "unknown-result" },
        { "RecordProblemCodes.UnknownCode", "unknown-code" },
        { "RecordProblemCodes.UnknownEventCode", "unknown-event-code" },
        { "RecordProblemCodes.UnknownCriterion", "unknown-criterion" },
        { "RecordProblemCodes.InvalidCode", "invalid-code" },
        { "RecordProblemCodes.InvalidEmail", "invalid-email" },
        { "RecordProblemCodes.InvalidEntry", "invalid-entry" },
        { "RecordProblemCodes.InvalidLanguage", "invalid-language" },
        { "RecordProblemCodes.BeforeSession", "before-session" },
        { "RecordProblemCodes.ClinicNotYours", "clinic-not-yours" },
        { "RecordProblemCodes.NotANumber", "not-a-number" },
        { "RecordProblemCodes.PageOutOfRange", "page-out-of-range" },
        { "RecordProblemCodes.PageSizeOutOfRange", "page-size-out-of-range" },
        { "RecordProblemCodes.PlanAndPlanId", "plan-and-plan-id" },
        { "RecordProblemCodes.NotSaved", "not-saved" },
        { "RecordProblemCodes.FieldTooLong", "field-too-long" },
        { "RecordProblemCodes.DateOutOfRange", "date-out-of-range" },
        { "RecordProblemCodes.InvalidPhone", "invalid-phone" },
        { "RecordProblemCodes.IdentityPrefix", "identity-" },

        // The HTTP layer itself.
        { "ApiProblemCodes.UnsupportedMediaType", "unsupported-media-type" },
        { "ApiProblemCodes.BodyTooLarge", "body-too-large" },
        { "ApiProblemCodes.UnreadableBody", "unreadable-body" },
        { "ApiProblemCodes.TwoFactorRequired", "two-factor-required" },
        { "ApiProblemCodes.TwoFactorInvalid", "two-factor-invalid" },
        { "ApiProblemCodes.TwoFactorEnrolmentRequired", "two-factor-enrolment-required" },
        { "ApiProblemCodes.BadRequest", "bad-request" },
        { "ApiProblemCodes.SignInRequired", "sign-in-required" },
        { "ApiProblemCodes.InvalidCredentials", "invalid-credentials" },
        { "ApiProblemCodes.LockedOut", "locked-out" },
        { "ApiProblemCodes.PractitionerOnly", "practitioner-only" },
        { "ApiProblemCodes.MethodNotAllowed", "method-not-allowed" },
        { "ApiProblemCodes.ServerError", "server-error" },
        { "ApiProblemCodes.UriTooLong", "uri-too-long" },
        { "ApiProblemCodes.HeadersTooLarge", "headers-too-large" },
        { "ApiProblemCodes.RequestTimeout", "request-timeout" },
        { "ApiProblemCodes.IdempotencyKeyTooLong", "idempotency-key-too-long" },
        { "ApiProblemCodes.IdempotencyKeyReused", "idempotency-key-reused" },
        { "ApiProblemCodes.IdempotencyKeyInFlight", "idempotency-key-in-flight" },
    };

    private static Dictionary<string, string> Constants() =>
        Catalogues
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: type.Name + "." + f.Name, Value: (string)f.GetRawConstantValue()!)))
            .ToDictionary(c => c.Name, c => c.Value);

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Each_code_keeps_its_value(string constant, string value) =>
        Assert.Equal(value, Constants()[constant]);

    [Fact]
    public void Every_constant_is_pinned_and_every_pin_is_a_constant() =>
        Assert.Equal(
            Pinned.Select(row => (string)row.Data.Item1).Order(StringComparer.Ordinal),
            Constants().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Each_code_is_lower_kebab_case_and_defined_once()
    {
        var values = Constants().Values.ToList();

        Assert.All(values, v => Assert.Matches(KebabCase(), v));
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_refusals_are_constants_of_the_catalogue()
    {
        var records = typeof(RecordProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(10, RecordProblemCodes.Refusals.Count);
        Assert.All(RecordProblemCodes.Refusals, code => Assert.Contains(code, records));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*-?$")]
    private static partial Regex KebabCase();
}
