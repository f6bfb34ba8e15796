using System.Text.Json;

namespace MesoSafe.Records.Sessions;

/// <summary>The charting limits of Data/session-rules.json: minimum interval, check-in days, depth range.</summary>
public sealed record SessionRules(int MinimumIntervalDays, IReadOnlyList<int> CheckInDays, IReadOnlyList<string> DermalTechniques,
    double MinDepthMm, double MaxDepthMm, IReadOnlyDictionary<string, double> AreaMaxDepthMm)
{
    public static SessionRules LoadEmbedded()
    {
        using var stream = typeof(SessionRules).Assembly.GetManifestResourceStream("MesoSafe.Records.Data.session-rules.json")
            ?? throw new InvalidDataException("session-rules.json is not embedded.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var depth = root.GetProperty("depth");
        return new SessionRules(
            root.GetProperty("minimumIntervalDays").GetProperty("value").GetInt32(),
            root.GetProperty("checkInDays").GetProperty("value").EnumerateArray().Select(e => e.GetInt32()).ToList(),
            depth.GetProperty("dermalTechniques").EnumerateArray().Select(e => e.GetString()!).ToList(),
            depth.GetProperty("minMm").GetDouble(),
            depth.GetProperty("maxMm").GetDouble(),
            depth.GetProperty("areaMaxMm").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal));
    }

    /// <summary>True when the depth is outside the range of the technique in any of the areas.</summary>
    public bool DepthOutOfRange(string technique, IEnumerable<string> areas, double? depthMm)
    {
        if (depthMm is not { } depth || !DermalTechniques.Contains(technique, StringComparer.Ordinal))
        {
            return false;
        }

        if (depth < MinDepthMm || depth > MaxDepthMm)
        {
            return true;
        }

        return areas.Any(a => AreaMaxDepthMm.TryGetValue(a, out var max) && depth > max);
    }
}
