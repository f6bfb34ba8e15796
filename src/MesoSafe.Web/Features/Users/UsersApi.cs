using MesoSafe.Clinical.Json;
using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.OpenApi;
using MesoSafe.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Features.Users;

/// <summary>Administrators manage the accounts of their clinics, and see only those (another
/// clinic of an account is not named, ADR 0409). The clinics themselves: Features/Clinics.</summary>
internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Lists the user accounts of the caller's clinics.").Produces<Page<UserView>>()
            .WithMetadata(new ApiRoles(ClinicRoles.Admin));
        users.MapPost("/", CreateAsync).WithName("CreateUser").WithSummary("Creates a user account in the caller's clinics.").Produces<UserView>(StatusCodes.Status201Created)
            .WithMetadata(new ApiRoles(ClinicRoles.Admin));
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        var scope = await CallerScopes.ForAsync(http, db);
        if (problem is not null || !scope.IsAdmin)
        {
            return problem ?? RecordResults.NotFound("users");
        }

        var clinics = scope.ClinicIds.ToList();
        var query = db.Users.AsNoTracking()
            .Where(u => u.Memberships.Any(m => clinics.Contains(m.ClinicId)) || db.Patients.Any(p => p.UserId == u.Id && clinics.Contains(p.ClinicId)))
            .OrderBy(u => u.Email);
        var invalid = paging.Validate();
        if (invalid.Count > 0)
        {
            return RecordResults.Problem(invalid);
        }

        var found = await paging.ApplyAsync(query.Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, Clinics = u.Memberships.Where(m => clinics.Contains(m.ClinicId)).Select(m => m.ClinicId).ToList() }), http.RequestAborted);
        var ids = found.Items.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(r => ids.Contains(r.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(http.RequestAborted);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var views = found.Items.Select(u => new UserView(u.Id, u.Email, u.DisplayName,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)], u.Clinics, u.LockoutEnd > now)).ToList();
        return TypedResults.Ok(new Page<UserView>(views, found.PageNumber, found.PageSize, found.TotalCount));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MesoSafeDbContext db, ClinicAccounts accounts, UserInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        if (!scope.IsAdmin)
        {
            return RecordResults.NotFound("users");
        }

        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(RecordProblem.Invalid("email", RecordProblemCodes.InvalidEmail, "email is an e-mail address."));
        }

        RecordBounds.UserEmail.Check(input.Email?.Trim(), problems);
        RecordBounds.DisplayName.Check(input.DisplayName, problems);

        if (input.Role is null || !ClinicRoles.All.Contains(input.Role))
        {
            problems.Add(RecordProblem.Invalid("role", RecordProblemCodes.UnknownRole, "role is one of: " + string.Join(", ", ClinicRoles.All) + "."));
        }

        var clinicIds = input.ClinicIds ?? [];
        if (clinicIds.Any(c => !scope.ClinicIds.Contains(c)))
        {
            problems.Add(RecordProblem.Invalid("clinicIds", RecordProblemCodes.ClinicNotYours, "You can only add users to your own clinics."));
        }

        if (input.Role is not null and not ClinicRoles.Patient && clinicIds.Count == 0)
        {
            problems.Add(RecordProblem.Invalid("clinicIds", RequestErrorCodes.Required, "Staff belong to at least one clinic."));
        }

        var patient = input.PatientId is { } patientId
            ? await db.Patients.FirstOrDefaultAsync(p => p.Id == patientId && scope.ClinicIds.Contains(p.ClinicId), http.RequestAborted)
            : null;
        if (input.PatientId is not null && patient is null)
        {
            problems.Add(RecordProblem.Invalid("patientId", RecordProblemCodes.UnknownPatient, "No such patient in your clinics."));
        }

        if (problems.Count > 0)
        {
            return RecordResults.Problem(problems);
        }

        var (user, errors) = await accounts.CreateAsync(
            new NewAccount(input.Email!.Trim(), input.DisplayName, input.Password ?? string.Empty, input.Role!, [.. clinicIds], patient), http.RequestAborted);
        if (user is null)
        {
            return RecordResults.Problem([.. errors.Select(e => RecordProblem.Invalid(
                e.Field, RecordProblemCodes.IdentityPrefix + e.Code.ToLowerInvariant(), e.Description))]);
        }

        return TypedResults.Created($"/api/v1/users/{user.Id}", new UserView(user.Id, user.Email, user.DisplayName, [input.Role!], [.. clinicIds.Distinct()], false));
    }
}
