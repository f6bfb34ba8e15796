namespace MesoSafe.Web.Features.Users;

internal sealed record UserInput(string? Email, string? Password, string? Role, string? DisplayName, IReadOnlyList<Guid>? ClinicIds, Guid? PatientId);

internal sealed record UserView(Guid Id, string? Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> ClinicIds, bool LockedOut);
