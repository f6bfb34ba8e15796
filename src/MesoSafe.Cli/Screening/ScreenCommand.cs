using System.CommandLine;

namespace MesoSafe.Cli.Screening;

internal static class ScreenCommand
{
    public static Command Create()
    {
        var command = new Command("screen", "not yet built");
        command.SetAction(_ => 2);
        return command;
    }
}
