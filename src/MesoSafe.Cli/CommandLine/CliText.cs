using System.Text;

namespace MesoSafe.Cli.CommandLine;

/// <summary>Messages on standard error are one line each (contract.md), even when they quote a
/// value the user typed or a file name holding line breaks or control characters.</summary>
internal static class CliText
{
    public static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (char c in text.ReplaceLineEndings(" "))
        {
            line.Append(char.IsControl(c) ? '?' : c);
        }

        return line.ToString();
    }

    /// <summary>A value quoted in a message: one line, and cut when very long.</summary>
    public static string Quote(string? value)
    {
        const int Longest = 200;
        string text = OneLine(value ?? "");
        return "'" + (text.Length <= Longest ? text : string.Concat(text.AsSpan(0, Longest), "...")) + "'";
    }
}
