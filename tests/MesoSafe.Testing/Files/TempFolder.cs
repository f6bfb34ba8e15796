namespace MesoSafe.Testing.Files;

/// <summary>A private temporary folder for one test (or one fixture), deleted with everything in it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "mesosafe-tests-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>The path of a file in the folder (not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A file in the folder holding <paramref name="text"/>.</summary>
    public string WriteText(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    /// <summary>A file in the folder holding <paramref name="bytes"/>.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var file = File(name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the operating system cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above, on a file a test made read-only.
        }
    }
}
