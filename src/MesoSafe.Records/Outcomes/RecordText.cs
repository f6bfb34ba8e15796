using System.Globalization;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Records.Outcomes;

/// <summary>Checks of text fields shared by the records services. Lists and entries take the
/// contract's limits (<see cref="RequestLimits"/>), so whatever the evaluate endpoint screens can be
/// stored, and the other way round.</summary>
internal static class RecordText
{
    /// <summary>An optional list: at most <see cref="RequestLimits.MaxListEntries"/> entries, each a
    /// non-empty text of at most <see cref="RequestLimits.MaxEntryLength"/> characters.</summary>
    public static void CheckEntries(string field, IReadOnlyList<string>? entries, List<RecordProblem> problems)
    {
        if (entries is null)
        {
            return;
        }

        if (entries.Count > RequestLimits.MaxListEntries)
        {
            problems.Add(RecordProblem.Invalid(field, RequestErrorCodes.TooManyEntries, string.Create(
                CultureInfo.InvariantCulture, $"{field} has {entries.Count} entries; the limit is {RequestLimits.MaxListEntries}.")));
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(entries[i]) || entries[i].Length > RequestLimits.MaxEntryLength)
            {
                problems.Add(RecordProblem.Invalid(
                    string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"),
                    RecordProblemCodes.InvalidEntry,
                    string.Create(CultureInfo.InvariantCulture, $"Each entry is a non-empty text of at most {RequestLimits.MaxEntryLength} characters.")));
            }
        }
    }

    public static string DepthMessage(string field) =>
        $"{field} is a depth {RequestLimits.Between(RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, "mm")}.";

    public static string TemperatureMessage(string field) =>
        $"{field} is a body temperature {RequestLimits.Between(RequestLimits.MinTemperatureC, RequestLimits.MaxTemperatureC, "°C")}.";
}
