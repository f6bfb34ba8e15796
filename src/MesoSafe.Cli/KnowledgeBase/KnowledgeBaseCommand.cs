using System.CommandLine;

namespace MesoSafe.Cli.KnowledgeBase;

internal static class KnowledgeBaseCommand
{
    public static Command Create()
    {
        var command = new Command("kb", "not yet built");
        command.SetAction(_ => 2);
        return command;
    }
}
