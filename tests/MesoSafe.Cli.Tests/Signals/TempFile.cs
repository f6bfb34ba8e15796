namespace MesoSafe.Cli.Tests.Signals;

/// <summary>A file path in a private temporary folder, deleted with the folder.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mesosafe-cli-").FullName;

    public TempFile(string name) => Path = System.IO.Path.Combine(_folder, name);

    public string Path { get; }

    public static TempFile WithText(string name, string text)
    {
        var file = new TempFile(name);
        File.WriteAllText(file.Path, text);
        return file;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
