namespace MesoSafe.Web.Features.Auth;

/// <summary><see cref="TwoFactorCode"/>: the authenticator app's six digits (or a recovery code),
/// needed only by accounts with two-factor sign-in (ADR 0411).</summary>
internal sealed record TokenRequest(string? Email, string? Password, string? TwoFactorCode = null);

internal sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
