using System.CommandLine;

namespace MesoSafe.Cli.CommandLine;

/// <summary>Checks on options that name files and folders, made while parsing so that a typo is
/// exit 2 with one line naming the option before any work starts. Opening can still fail later
/// (permissions, a full disk); those messages name the option too.</summary>
internal static class PathOption
{
    /// <summary>The value that means standard input or output.</summary>
    public const string Standard = "-";

    public static void InputFile(Option option, bool standardInput) => Check(option, path => InputFileProblem(option.Name, path, standardInput));

    public static void InputFolder(Option option) => Check(option, path => InputFolderProblem(option.Name, path));

    public static void OutputFile(Option option, bool standardOutput) => Check(option, path => OutputFileProblem(option.Name, path, standardOutput));

    public static string? InputFileProblem(string name, string? path, bool standardInput)
    {
        if (path is null || (standardInput && path == Standard))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            return Empty(name, "file", standardInput ? "standard input" : null);
        }

        if (Directory.Exists(path))
        {
            return $"{name} {CliText.Quote(path)}: is a folder, not a file";
        }

        return File.Exists(path) ? null : $"{name} {CliText.Quote(path)}: no such file";
    }

    public static string? InputFolderProblem(string name, string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            return Empty(name, "folder", null);
        }

        if (File.Exists(path))
        {
            return $"{name} {CliText.Quote(path)}: is a file, not a folder";
        }

        return Directory.Exists(path) ? null : $"{name} {CliText.Quote(path)}: no such folder";
    }

    public static string? OutputFileProblem(string name, string? path, bool standardOutput)
    {
        if (path is null || (standardOutput && path == Standard))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            return Empty(name, "file", standardOutput ? "standard output" : null);
        }

        if (Directory.Exists(path))
        {
            return $"{name} {CliText.Quote(path)}: is a folder, not a file";
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || Directory.Exists(folder))
        {
            return null;
        }

        return File.Exists(folder)
            ? $"{name} {CliText.Quote(path)}: {CliText.Quote(folder)} is a file, not a folder"
            : $"{name} {CliText.Quote(path)}: no folder {CliText.Quote(folder)}";
    }

    private static string Empty(string name, string what, string? standard) =>
        standard is null ? $"{name} is empty: name a {what}" : $"{name} is empty: name a {what}, or '{Standard}' for {standard}";

    private static void Check(Option option, Func<string?, string?> problem) => option.Validators.Add(r =>
    {
        if (problem(r.GetValueOrDefault<string?>()) is { } message)
        {
            r.AddError(message);
        }
    });
}
