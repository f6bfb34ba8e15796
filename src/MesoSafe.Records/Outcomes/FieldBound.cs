using System.Globalization;

namespace MesoSafe.Records.Outcomes;

/// <summary>One row of <see cref="RecordBounds"/>: a field of a request body (<see cref="Body"/> is
/// the body type's name, as the OpenAPI document names its schema; <see cref="Field"/> the JSON
/// name) and the standard or reason its bound comes from.</summary>
public abstract record FieldBound(string Body, string Field, string Source);

/// <summary>A text of at most <see cref="MaxLength"/> characters; over it, <see cref="Code"/>.</summary>
public sealed record TextBound(string Body, string Field, int MaxLength, string Source, string Code = RecordProblemCodes.FieldTooLong)
    : FieldBound(Body, Field, Source)
{
    /// <summary>Adds a problem naming the field (<paramref name="field"/> when the body is part of a
    /// larger one, e.g. "plan.indication") and the bound; true when the value is within it.</summary>
    public bool Check(string? value, List<RecordProblem> problems, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is null || value.Length <= MaxLength)
        {
            return true;
        }

        field ??= Field;
        problems.Add(RecordProblem.Invalid(field, Code, string.Create(
            CultureInfo.InvariantCulture, $"{field} has {value.Length} characters; the limit is {MaxLength}.")));
        return false;
    }
}

/// <summary>A number from <see cref="Minimum"/> to <see cref="Maximum"/>, both included.</summary>
public sealed record NumberBound(string Body, string Field, double Minimum, double Maximum, string Unit, string Source)
    : FieldBound(Body, Field, Source);

/// <summary>A date from <see cref="Earliest"/> to <see cref="Latest"/>, and no later than
/// <see cref="DaysAfterToday"/> days after today when that is set (0: not in the future, 1: not after
/// tomorrow). Today is the clinic's; see <see cref="RecordBounds.Today"/>.</summary>
public sealed record DateBound(string Body, string Field, DateOnly Earliest, DateOnly Latest, int? DaysAfterToday, string Source)
    : FieldBound(Body, Field, Source)
{
    /// <summary>The latest date taken today.</summary>
    public DateOnly LatestOn(DateOnly today) =>
        DaysAfterToday is { } days && today.AddDays(days) < Latest ? today.AddDays(days) : Latest;

    /// <summary>Checks a bound that does not depend on today (<see cref="DaysAfterToday"/> null).</summary>
    public bool Check(DateOnly? value, List<RecordProblem> problems, string? field = null)
    {
        if (DaysAfterToday is not null)
        {
            throw new InvalidOperationException($"{Body}.{Field} depends on today.");
        }

        return Check(value, Latest, problems, field);
    }

    public bool Check(DateOnly? value, DateOnly today, List<RecordProblem> problems, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not { } date)
        {
            return true;
        }

        var latest = LatestOn(today);
        if (date >= Earliest && date <= latest)
        {
            return true;
        }

        field ??= Field;
        problems.Add(RecordProblem.Invalid(field, RecordProblemCodes.DateOutOfRange, string.Create(
            CultureInfo.InvariantCulture, $"{field} is a date from {Earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}{Why()}.")));
        return false;
    }

    private string Why() => DaysAfterToday switch
    {
        0 => " (not in the future)",
        1 => " (not after tomorrow)",
        _ => string.Empty,
    };
}
