namespace MesoSafe.Web.Features.Auth;

internal sealed record TokenRequest(string? Email, string? Password);

internal sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
