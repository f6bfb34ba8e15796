namespace MesoSafe.Cli.Tests;

/// <summary>A file of its own for one test, deleted afterwards.</summary>
internal sealed class TemporaryFile : IDisposable
{
    public TemporaryFile(byte[] content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mesosafe-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
