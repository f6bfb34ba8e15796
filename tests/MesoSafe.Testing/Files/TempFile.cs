namespace MesoSafe.Testing.Files;

/// <summary>One file of a test's own, in a private temporary folder deleted with it.</summary>
public sealed class TempFile : IDisposable
{
    private readonly TempFolder _folder = new("mesosafe-file-");

    /// <summary>A path to write to (the file is not created).</summary>
    public TempFile(string name) => Path = _folder.File(name);

    /// <summary>A file holding <paramref name="content"/>.</summary>
    public TempFile(byte[] content, string name = "input.jsonl") => Path = _folder.WriteBytes(name, content);

    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}
