using System.CommandLine;
using MesoSafe.Cli.CommandLine;
using MesoSafe.Knowledge;

namespace MesoSafe.Cli.KnowledgeBase;

/// <summary><c>mesosafe kb lint|show|version|readings</c>: validate, inspect and version the knowledge base,
/// and export practitioners' readings as a draft of candidate synonyms.</summary>
internal static class KnowledgeBaseCommand
{
    public static Command Create()
    {
        var command = new Command("kb", "Validate and inspect the clinical knowledge base");
        command.Subcommands.Add(CreateLint());
        command.Subcommands.Add(CreateShow());
        command.Subcommands.Add(CreateVersion());
        command.Subcommands.Add(ReadingsCommand.Create());
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("mesosafe kb: choose a subcommand: lint, show, version or readings");
            return 2;
        });
        return command;
    }

    private static Command CreateLint()
    {
        var data = DataOption();
        var command = new Command("lint", "Validate knowledge-base data: exit 0 valid, 1 invalid (one line a problem), 2 unreadable");
        command.Options.Add(data);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var folder = parseResult.GetValue(data);
            KnowledgeBaseCheck check;
            try
            {
                check = folder is null ? MesoSafe.Knowledge.KnowledgeBase.CheckEmbedded() : MesoSafe.Knowledge.KnowledgeBase.Check(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"mesosafe kb lint: --data {CliText.Quote(folder)}: cannot read: {CliText.OneLine(exception.Message)}");
                return 2;
            }

            if (check.KnowledgeBase is { } kb)
            {
                output.WriteLine(
                    $"knowledge base {kb.Version} is valid: {kb.Entries.Count} entries, {kb.ScreeningRules.Count} screening rules, " +
                    $"{kb.TriageRules.Count} triage rules, {kb.Advice.Count} advice texts");
                output.WriteLine(PracticeFactViews.Summary(kb));
                return 0;
            }

            foreach (var problem in check.Problems)
            {
                output.WriteLine(problem);
            }

            return 1;
        });
        return command;
    }

    private static Command CreateShow()
    {
        var code = new Argument<string>("code") { Description = "A code (entry, rule, requirement, advice or course-of-sessions), or a synonym or brand name, to show" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var data = DataOption();
        var command = new Command("show", "Show one code: an entry (kind, synonyms, brand names, classes, rules that use it), a rule, a requirement, an advice text or the course of sessions, with sources");
        command.Arguments.Add(code);
        command.Options.Add(json);
        command.Options.Add(data);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var folder = parseResult.GetValue(data);
            MesoSafe.Knowledge.KnowledgeBase kb;
            try
            {
                kb = folder is null ? MesoSafe.Knowledge.KnowledgeBase.LoadEmbedded() : MesoSafe.Knowledge.KnowledgeBase.LoadFrom(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"mesosafe kb show: cannot load the knowledge base{(folder is null ? "" : " from --data " + CliText.Quote(folder))}: {CliText.OneLine(exception.Message)}");
                return 2;
            }

            var requested = parseResult.GetRequiredValue(code);
            var view = KnowledgeEntryView.Find(kb, requested);
            if (view is null)
            {
                error.WriteLine($"mesosafe kb show: unknown code {CliText.Quote(requested)}");
                return 2;
            }

            parseResult.InvocationConfiguration.Output.Write(parseResult.GetValue(json) ? view.ToJson() : view.ToText());
            return 0;
        });
        return command;
    }

    private static Option<string> DataOption()
    {
        var data = new Option<string>("--data") { Description = "Folder of knowledge-base JSON files (default: the embedded data)" };
        PathOption.InputFolder(data);
        return data;
    }

    private static Command CreateVersion()
    {
        var command = new Command("version", "Print the knowledge-base version");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.WriteLine(MesoSafe.Knowledge.KnowledgeBase.LoadEmbedded().Version);
            return 0;
        });
        return command;
    }
}
