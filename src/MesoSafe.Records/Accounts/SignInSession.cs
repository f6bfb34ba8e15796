namespace MesoSafe.Records.Accounts;

/// <summary>One signed-in browser session (ADR 0503), kept in the database so every app server of a
/// clinic reads the same sessions (ADR 0411). <see cref="Ticket"/> is the data-protected
/// authentication ticket; the cookie carries only <see cref="Key"/>.</summary>
public sealed class SignInSession
{
    public const int KeyLength = 64;

    public required string Key { get; set; }

    public Guid? UserId { get; set; }

    public required byte[] Ticket { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
