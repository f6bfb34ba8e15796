using System.CommandLine;

namespace MesoSafe.Cli.CommandLine;

/// <summary>Options that take one of a few words.</summary>
internal static class ChoiceOption
{
    /// <summary>Like AcceptOnlyFromAmong, but the one-line message names the option (contract: one line on stderr).</summary>
    public static void OneOf(Option<string> option, params string[] values) => option.Validators.Add(r =>
    {
        string? value = r.GetValueOrDefault<string?>();
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            r.AddError($"{option.Name} {CliText.Quote(value)} is not one of: {string.Join(", ", values)}");
        }
    });
}
