using System.Numerics;

namespace MesoSafe.Cli.Tests.CommandLine;

/// <summary>How a hostile value reaches the program.</summary>
internal enum Passing
{
    /// <summary><c>--option value</c>.</summary>
    Option,

    /// <summary>A flag: <c>--flag value</c>, or <c>--flag=value</c> for a value starting with '='.</summary>
    Flag,

    /// <summary>A positional argument.</summary>
    Argument,
}

/// <summary>One option (or argument) of one command and the hostile values it must refuse.</summary>
/// <param name="Command">The command path, e.g. <c>kb show</c>.</param>
/// <param name="Symbol">The option's name (<c>--top</c>) or the argument's (<c>code</c>); the message must name it.</param>
/// <param name="With">Further arguments the row needs (e.g. <c>--format faers</c> for a folder input).</param>
/// <param name="Range">For whole-number options: the range the parser must accept, no more.</param>
internal sealed record HostileRow(
    string Command,
    string Symbol,
    Func<HostileFiles, IEnumerable<string>> Values,
    Passing Passing = Passing.Option,
    string[]? With = null,
    (BigInteger Min, BigInteger Max)? Range = null)
{
    public static HostileRow Number(string command, string option, BigInteger min, BigInteger max) =>
        new(command, option, HostileValues.WholeNumber(min, max), Range: (min, max));

    public string[] Arguments(string value) => Passing switch
    {
        Passing.Argument => [value],
        Passing.Flag when value.StartsWith('=') => [Symbol + value],
        _ => [Symbol, value],
    };

    public override string ToString() => Command + " " + Symbol + (With is null ? "" : " (with " + string.Join(' ', With) + ")");
}
