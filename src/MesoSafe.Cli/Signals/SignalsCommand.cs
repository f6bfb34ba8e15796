using System.CommandLine;

namespace MesoSafe.Cli.Signals;

internal static class SignalsCommand
{
    public static Command Create()
    {
        var command = new Command("signals", "not yet built");
        command.SetAction(_ => 2);
        return command;
    }
}
