namespace MesoSafe.Cli.JsonLines;

/// <summary>How a batch went: lines read and lines answered with an error.</summary>
internal readonly record struct JsonLinesSummary(long Lines, long Errors)
{
    /// <summary>contract.md: 0 when every line was answered, 3 when some lines were errors.</summary>
    public int ExitCode => Errors == 0 ? 0 : 3;
}
