using System.Security.Claims;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Features.Problems;
using MesoSafe.Web.Features.Records;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MesoSafe.Web.Features.Auth;

/// <summary>POST /api/v1/auth/token: e-mail and password in, a data-protected bearer token out.
/// Failed attempts count toward Identity's lockout. An account with two-factor sign-in also sends
/// <c>twoFactorCode</c> (ADR 0411).</summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", IssueAsync).AllowAnonymous().WithTags("Auth").WithName("IssueToken")
            .WithSummary("Signs in with e-mail and password and answers a bearer token.").Produces<TokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAsync(
        TokenRequest? request,
        UserManager<ClinicUser> users,
        SignInManager<ClinicUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TwoFactorEnrolment enrolment,
        TimeProvider clock)
    {
        var missing = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(request?.Email))
        {
            missing.Add(("email", "email is required."));
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            missing.Add(("password", "password is required."));
        }

        if (missing.Count > 0)
        {
            return RecordResults.Invalid(missing);
        }

        var user = await users.FindByEmailAsync(request!.Email!.Trim());
        if (user is null)
        {
            return Unauthorized(ApiProblemCodes.InvalidCredentials, "Unknown e-mail or wrong password.");
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Unauthorized(ApiProblemCodes.LockedOut, "Too many failed attempts: the account is locked for a while.");
        }

        if (!check.Succeeded)
        {
            return Unauthorized(ApiProblemCodes.InvalidCredentials, "Unknown e-mail or wrong password.");
        }

        var secondFactor = await TwoFactorSignIn.CheckBearerAsync(users, enrolment, user, request.TwoFactorCode);
        if (secondFactor is not null)
        {
            return Unauthorized(secondFactor.Value.Code, secondFactor.Value.Detail);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var bearer = new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, IdentityConstants.BearerScheme));
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { ExpiresUtc = expiresAt, IssuedUtc = clock.GetUtcNow() };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(bearer, properties, IdentityConstants.BearerScheme));
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }

    private static ProblemHttpResult Unauthorized(string code, string detail) =>
        ApiProblem.Create(StatusCodes.Status401Unauthorized, "Sign-in failed.", code, detail);
}
