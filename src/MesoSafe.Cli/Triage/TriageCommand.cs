using System.CommandLine;

namespace MesoSafe.Cli.Triage;

internal static class TriageCommand
{
    public static Command Create()
    {
        var command = new Command("triage", "not yet built");
        command.SetAction(_ => 2);
        return command;
    }
}
