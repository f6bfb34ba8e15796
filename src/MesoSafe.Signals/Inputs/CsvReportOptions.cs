namespace MesoSafe.Signals.Inputs;

/// <summary>Which columns of a report CSV hold what. Column names match case-insensitively.</summary>
public sealed class CsvReportOptions
{
    public string IdColumn { get; init; } = "id";

    /// <summary>Null: <c>product</c>, or openEBGM's <c>var1</c> when there is no <c>product</c> column.</summary>
    public string? ProductColumn { get; init; }

    /// <summary>Null: <c>event</c>, or openEBGM's <c>var2</c> when there is no <c>event</c> column.</summary>
    public string? EventColumn { get; init; }

    /// <summary>Columns whose values, together, make a report's stratum (none: unstratified).</summary>
    public IReadOnlyList<string> StrataColumns { get; init; } = [];
}
