using System.CommandLine;
using MesoSafe.Cli.Database;
using MesoSafe.Cli.KnowledgeBase;
using MesoSafe.Cli.Screening;
using MesoSafe.Cli.Signals;
using MesoSafe.Cli.Triage;

namespace MesoSafe.Cli.CommandLine;

/// <summary>The whole <c>mesosafe</c> command tree, and how one run turns into an exit code
/// (contract.md: 2 with one line on standard error when the command itself cannot run). Tests walk
/// the same tree, so a new option cannot go unchecked.</summary>
internal static class MesosafeCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("mesosafe: screening, triage, knowledge base and safety signals for mesotherapy");
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(TriageCommand.Create());
        root.Subcommands.Add(KnowledgeBaseCommand.Create());
        root.Subcommands.Add(SignalsCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(DatabaseCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var parsed = Create().Parse(args);
            if (parsed.Errors.Count > 0)
            {
                string message = parsed.UnmatchedTokens.Count > 0 ? Unexpected(parsed, args, parsed.UnmatchedTokens[0]) : parsed.Errors[0].Message;
                await Console.Error.WriteLineAsync("mesosafe: " + CliText.OneLine(message));
                return 2;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last guard: whatever escaped a command still ends as the contract's one line and exit 2, never an abort.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"mesosafe: internal-error: {exception.GetType().Name}: {CliText.OneLine(exception.Message)}");
            return 2;
        }
    }

    /// <summary>System.CommandLine says only "Unrecognized command or argument 'x'"; name the
    /// option it follows, so that <c>--list-ids=maybe</c> or <c>--squash 3</c> points at the flag.</summary>
    private static string Unexpected(ParseResult parsed, string[] args, string token)
    {
        int at = Array.FindIndex(args, a => a == token || a.EndsWith("=" + token, StringComparison.Ordinal) || a.EndsWith(":" + token, StringComparison.Ordinal));
        string? before = at < 0 ? null
            : args[at] == token ? (at > 0 ? args[at - 1] : null)
            : args[at][..(args[at].Length - token.Length - 1)];
        var flag = before is null ? null : parsed.CommandResult.Command.Options.FirstOrDefault(o => o.ValueType == typeof(bool) && (o.Name == before || o.Aliases.Contains(before)));
        if (flag is not null)
        {
            return $"{flag.Name} is a flag: give it alone, or as {flag.Name}=true or {flag.Name}=false (got {CliText.Quote(token)})";
        }

        return before is null
            ? $"unexpected argument {CliText.Quote(token)} (see --help)"
            : $"unexpected argument {CliText.Quote(token)} after {CliText.Quote(before)} (see --help)";
    }
}
