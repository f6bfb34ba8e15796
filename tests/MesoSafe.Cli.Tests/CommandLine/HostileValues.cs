using System.Globalization;
using System.Numerics;

namespace MesoSafe.Cli.Tests.CommandLine;

/// <summary>Hostile values by kind of option (issue 20: text for numbers, overflow, negative, zero,
/// a missing file, a folder for a file, an unwritable output), each of which must end in exit 2
/// with one line naming the option.</summary>
internal static class HostileValues
{
    /// <summary>Values that are not whole numbers in [min, max].</summary>
    public static Func<HostileFiles, IEnumerable<string>> WholeNumber(BigInteger min, BigInteger max) => _ =>
    {
        string[] candidates =
        [
            "abc", "2.5", "1e3", "0x10", "1,000", "", " ", "-1", "0",
            Text(min - 1), Text(max + 1), "99999999999", "99999999999999999999999",
        ];
        return candidates.Distinct().Where(v => !BigInteger.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max);
    };

    public static IEnumerable<string> InputFile(HostileFiles f) => [f.Missing, f.Folder, "", " "];

    public static IEnumerable<string> InputFolder(HostileFiles f) => [Path.Combine(f.MissingFolder, "data"), f.PlainFile, "", " "];

    /// <summary>A folder for FAERS tables: also one that exists but holds none.</summary>
    public static IEnumerable<string> FaersFolder(HostileFiles f) => [.. InputFolder(f), f.EmptyFolder];

    public static IEnumerable<string> OutputFile(HostileFiles f) =>
    [
        f.Folder, Path.Combine(f.MissingFolder, "out.csv"), Path.Combine(f.PlainFile, "out.csv"), "", " ",
        .. Unwritable("out.csv"),
    ];

    /// <summary>Plot files must also end in .svg or .png.</summary>
    public static IEnumerable<string> PlotFile(HostileFiles f) =>
    [
        f.FolderNamedSvg, Path.Combine(f.MissingFolder, "top.svg"), Path.Combine(f.PlainFile, "top.png"), "", "chart.pdf", "top",
        .. Unwritable("top.svg"),
    ];

    public static IEnumerable<string> Database(HostileFiles f) =>
    [
        Path.Combine(f.Root, "no-such.db"), f.Folder, f.PlainFile, "", "Host=x;Bad", "Data Source=" + Path.Combine(f.MissingFolder, "x.db"),
    ];

    public static IEnumerable<string> Choice(HostileFiles f) => ["", "nonsense", "a\nb"];

    public static IEnumerable<string> Column(HostileFiles f) => ["", " ", ",", "nosuch", "a\nb"];

    public static IEnumerable<string> Roles(HostileFiles f) => ["", ",", "XX", "PS,XX", "a\nb"];

    public static IEnumerable<string> Prior(HostileFiles f) =>
        ["", "abc", "1,2,3", "1,1,1,1,1", "-1,1,1,1,0.5", "NaN,1,1,1,0.5", "1e999,1,1,1,0.5", "0,0,0,0,0", "1,1,1,1,0.5,9"];

    /// <summary>Values after a flag: as the next argument, or glued with '='.</summary>
    public static IEnumerable<string> Flag(HostileFiles f) => ["maybe", "=maybe", "=2", "3"];

    public static IEnumerable<string> Code(HostileFiles f) => ["", "no-such-code", "a\nb"];

    /// <summary>Paths that exist as folders but cannot take a file (/proc), and a device that is always full.</summary>
    private static IEnumerable<string> Unwritable(string name)
    {
        if (Directory.Exists("/proc"))
        {
            yield return Path.Combine("/proc", "mesosafe-" + name);
        }

        if (File.Exists("/dev/full") && Path.GetExtension(name) == ".csv")
        {
            yield return "/dev/full";
        }
    }

    private static string Text(BigInteger n) => n.ToString(CultureInfo.InvariantCulture);
}
