namespace MesoSafe.Web.Features.Problems;

/// <summary>The stable codes the HTTP layer answers itself (transport, sign-in, roles, idempotency),
/// one constant each. Never rename one; add freely. Codes of a request's fields are
/// <see cref="MesoSafe.Clinical.Json.RequestErrorCodes"/> (the JSON contract) and
/// <see cref="MesoSafe.Records.Outcomes.RecordProblemCodes"/> (the records API).</summary>
internal static class ApiProblemCodes
{
    // The contract endpoints' body (413, 415, 400).
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string BodyTooLarge = "body-too-large";
    public const string UnreadableBody = "unreadable-body";

    /// <summary>A records request that could not be bound and is not JSON at fault (400).</summary>
    public const string BadRequest = "bad-request";

    // Sign-in (401) and roles (403).

    /// <summary>No signed-in caller (a bare 401 from the authentication middleware).</summary>
    public const string SignInRequired = "sign-in-required";
    public const string InvalidCredentials = "invalid-credentials";
    public const string LockedOut = "locked-out";
    public const string PractitionerOnly = "practitioner-only";

    /// <summary>The account signs in with a second factor: send <c>twoFactorCode</c> (ADR 0411).</summary>
    public const string TwoFactorRequired = "two-factor-required";

    /// <summary>The authenticator code (or recovery code) is not right (401; counts toward lockout).</summary>
    public const string TwoFactorInvalid = "two-factor-invalid";

    /// <summary>An administrator of a clinic that requires two-factor sign-in has not set it up yet:
    /// sign in on the page, which leads to setting it up (ADR 0411).</summary>
    public const string TwoFactorEnrolmentRequired = "two-factor-enrolment-required";

    /// <summary>A path that exists, with another method (405 from routing).</summary>
    public const string MethodNotAllowed = "method-not-allowed";

    /// <summary>A request target (path and query) over the limit (414, ADR 0206).</summary>
    public const string UriTooLong = "uri-too-long";

    /// <summary>Request headers over the limit in size or count (431, ADR 0206).</summary>
    public const string HeadersTooLarge = "headers-too-large";

    /// <summary>A request body that did not arrive in time (408 from the server).</summary>
    public const string RequestTimeout = "request-timeout";

    /// <summary>Anything else the framework answers (a 500 from the exception handler).</summary>
    public const string ServerError = "server-error";

    // Idempotency-Key (400, 422, 409).
    public const string IdempotencyKeyTooLong = "idempotency-key-too-long";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string IdempotencyKeyInFlight = "idempotency-key-in-flight";
}
