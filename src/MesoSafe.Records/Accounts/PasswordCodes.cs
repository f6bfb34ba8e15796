namespace MesoSafe.Records.Accounts;

/// <summary>Stable codes of the password policy (ADR 0411). Each contains "Password", so the users
/// API and the administrator page name the password field. <see cref="TooShort"/> is Identity's own.</summary>
public static class PasswordCodes
{
    public const string TooShort = "PasswordTooShort";
    public const string TooLong = "PasswordTooLong";
    public const string Common = "PasswordCommon";
    public const string Repetitive = "PasswordRepetitive";
    public const string ContainsEmail = "PasswordContainsEmail";
    public const string ContainsClinicName = "PasswordContainsClinicName";
    public const string ContainsServiceName = "PasswordContainsServiceName";
}
