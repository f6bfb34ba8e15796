using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace MesoSafe.Cli.CommandLine;

/// <summary>Integer options with a range, parsed by hand: text, fractions, overflow and values out of
/// range become a parse error naming the option and the range (System.CommandLine's own conversion
/// error, read by a validator, would throw instead).</summary>
internal static class WholeNumberOption
{
    public static Option<T> Create<T>(string name, string description, T min, T max, T defaultValue)
        where T : struct, IBinaryInteger<T>
    {
        var option = new Option<T>(name)
        {
            Description = Describe(description, min, max),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result => Parse(result, name, min, max) ?? defaultValue;
        return option;
    }

    /// <summary>An option that may be absent (null), but when given is a whole number in range.</summary>
    public static Option<T?> CreateOptional<T>(string name, string description, T min, T max)
        where T : struct, IBinaryInteger<T>
    {
        var option = new Option<T?>(name) { Description = Describe(description, min, max) };
        option.CustomParser = result => Parse(result, name, min, max);
        return option;
    }

    private static string Describe<T>(string description, T min, T max)
        where T : struct, IBinaryInteger<T> =>
        string.Create(CultureInfo.InvariantCulture, $"{description} Whole number from {min} to {max}.");

    private static T? Parse<T>(ArgumentResult result, string name, T min, T max)
        where T : struct, IBinaryInteger<T>
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (T.TryParse(text.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out T value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max} (got {CliText.Quote(text)})"));
        return null;
    }
}
