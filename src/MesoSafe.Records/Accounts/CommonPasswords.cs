using System.Reflection;

namespace MesoSafe.Records.Accounts;

/// <summary>The 10,000 most common passwords (Data/common-passwords.txt: SecLists' ranking of Mark
/// Burnett's ten million passwords; its README names the source), read once from the assembly.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    /// <summary>Distinct passwords ignoring case (the file's 10,000 lines give 9,913).</summary>
    public static int Count => List.Value.Count;

    /// <summary>True when the password is on the list, ignoring case ("Password" is as weak as "password").</summary>
    public static bool Contains(string password) => List.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MesoSafe.Records.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in MesoSafe.Records.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
