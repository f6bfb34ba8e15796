namespace MesoSafe.Web.Pages.Admin;

/// <summary>A clinic's telephone number as typed by an administrator: digits with the usual
/// separators, an optional leading "+", 5 to 20 digits, at most RecordBounds.PhoneLength (32) characters.</summary>
public static class ClinicTelephone
{
    public const string Rule = "Enter a telephone number of 5 to 20 digits (spaces, +, -, ( ) and . allowed), or leave it empty.";

    public static bool IsValid(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.Count(char.IsAsciiDigit);
        return number.Length <= MesoSafe.Records.Outcomes.RecordBounds.PhoneLength
            && digits is >= 5 and <= 20
            && number.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' || (c == '+' && i == 0)).All(ok => ok);
    }
}
