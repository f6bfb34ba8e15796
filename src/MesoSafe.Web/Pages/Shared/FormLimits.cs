using System.Globalization;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>The contract's limits (<see cref="RequestLimits"/>) and the records' own
/// (<see cref="RecordLimits"/>) as the forms show them: the
/// messages of their <c>[Range]</c> attributes ({1} and {2} are the attribute's own minimum and
/// maximum) and the <c>min</c>/<c>max</c> attributes of the inputs, so no form has a range of its own.
/// Text lengths are the forms' <c>[StringLength]</c> from <see cref="RecordBounds"/>, which the
/// input tag helper writes as <c>maxlength</c>.</summary>
public static class FormLimits
{
    public const string DepthMessage = "Enter a depth between {1} and {2} mm.";

    public const string TemperatureMessage = "Enter a temperature between {1} and {2} °C, or leave it empty.";

    public static string MinDepthMm => Text(RequestLimits.MinDepthMm);

    public static string MaxDepthMm => Text(RequestLimits.MaxDepthMm);

    public static string MinTemperatureC => Text(RequestLimits.MinTemperatureC);

    public static string MaxTemperatureC => Text(RequestLimits.MaxTemperatureC);

    public static string MinSessions => Text(RecordLimits.MinSessions);

    public static string MaxSessions => Text(RecordLimits.MaxSessions);

    public static string MinIntervalDays => Text(RecordLimits.MinIntervalDays);

    public static string MaxIntervalDays => Text(RecordLimits.MaxIntervalDays);

    /// <summary>The <c>min</c> of a date input, from <see cref="RecordBounds"/>.</summary>
    public static string Earliest(DateBound bound)
    {
        ArgumentNullException.ThrowIfNull(bound);
        return bound.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The <c>max</c> of a date input today, from <see cref="RecordBounds"/>.</summary>
    public static string Latest(DateBound bound, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(bound);
        return bound.LatestOn(RecordBounds.Today(clock)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
