namespace MesoSafe.Testing;

/// <summary>Locates the repository and the read-only <c>../shared</c> folder beside it
/// (specs, seeds, public data sets), which tests read but never copy.</summary>
public static class SharedFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SharedRoot
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("MESOSAFE_SHARED");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        }
    }

    public static string Data(params string[] parts) => Path.Combine([SharedRoot, "data", .. parts]);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MesoSafe.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("MesoSafe.slnx not found above " + AppContext.BaseDirectory);
    }
}
