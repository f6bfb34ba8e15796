using System.CommandLine;
using MesoSafe.Cli.KnowledgeBase;
using MesoSafe.Cli.Screening;
using MesoSafe.Cli.Signals;
using MesoSafe.Cli.Triage;

var root = new RootCommand("mesosafe: screening, triage, knowledge base and safety signals for mesotherapy");
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(TriageCommand.Create());
root.Subcommands.Add(KnowledgeBaseCommand.Create());
root.Subcommands.Add(SignalsCommand.Create());
root.Subcommands.Add(SynthCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // contract.md: exit 2, one line on standard error, when the command itself cannot run.
    await Console.Error.WriteLineAsync("mesosafe: " + parsed.Errors[0].Message);
    return 2;
}

return await parsed.InvokeAsync();
