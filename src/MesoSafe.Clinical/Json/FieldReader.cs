using System.Globalization;
using System.Text.Json;

namespace MesoSafe.Clinical.Json;

/// <summary>Reads typed fields out of a parsed JSON request, collecting every problem instead of
/// stopping at the first. A JSON <c>null</c> always reads as "absent".</summary>
internal sealed class FieldReader
{
    private List<FieldError>? errors;

    public bool HasErrors => errors is { Count: > 0 };

    public IReadOnlyList<FieldError> Errors => errors ?? [];

    public void Add(string field, string code, string message) =>
        (errors ??= []).Add(new FieldError(field, code, message));

    public void Required(string field) => Add(field, RequestErrorCodes.Required, field + " is required.");

    public string? String(JsonElement value, string field, int maxLength = RequestLimits.MaxEntryLength)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                if (Text(value, field) is not { } text)
                {
                    return null;
                }

                if (text.Length > maxLength)
                {
                    Add(field, RequestErrorCodes.TooLong, string.Create(
                        CultureInfo.InvariantCulture,
                        $"{field} has {text.Length} characters; the limit is {maxLength}."));
                    return null;
                }

                return text;
            default:
                WrongType(value, field, "a string");
                return null;
        }
    }

    /// <summary>A list entry or code: a string that must hold more than white space.</summary>
    public string? Entry(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Add(field, RequestErrorCodes.NullEntry, field + " is null; remove the entry or give a value.");
            return null;
        }

        var text = String(value, field);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Add(field, RequestErrorCodes.EmptyValue, field + " is empty.");
            return null;
        }

        return text;
    }

    /// <summary>An id may be a string or a number (kept as its JSON text).</summary>
    public string? Id(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }

        return String(value, field);
    }

    public DateOnly? Date(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(value, field, "a date string (yyyy-MM-dd)");
            return null;
        }

        if (Text(value, field) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, RequestErrorCodes.InvalidDate, string.Create(
            CultureInfo.InvariantCulture,
            $"{field} is \"{Shorten(text)}\", which is not a calendar date in the form yyyy-MM-dd."));
        return null;
    }

    public double? Number(JsonElement value, string field, double min, double max, string unit)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            WrongType(value, field, "a number");
            return null;
        }

        if (!value.TryGetDouble(out var number) || !RequestLimits.InRange(number, min, max))
        {
            Add(field, RequestErrorCodes.OutOfRange, string.Create(
                CultureInfo.InvariantCulture,
                $"{field} is {Shorten(value.GetRawText())} {unit}; it must be {RequestLimits.Between(min, max, unit)}."));
            return null;
        }

        return number;
    }

    public int? Integer(JsonElement value, string field, int min, int max)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            WrongType(value, field, "a whole number");
            return null;
        }

        if (number < min || number > max)
        {
            Add(field, RequestErrorCodes.OutOfRange, string.Create(
                CultureInfo.InvariantCulture,
                $"{field} is {number}; it must be between {min} and {max}."));
            return null;
        }

        return (int)number;
    }

    public bool? Boolean(JsonElement value, string field)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                WrongType(value, field, "true or false");
                return null;
        }
    }

    /// <summary>True when <paramref name="value"/> is an object; null reads as absent (false, no error).</summary>
    public bool Object(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Null)
        {
            WrongType(value, field, "an object");
        }

        return false;
    }

    /// <summary>True when <paramref name="value"/> is an array within the entry limit.</summary>
    public bool Array(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(value, field, "an array");
            return false;
        }

        var count = value.GetArrayLength();
        if (count > RequestLimits.MaxListEntries)
        {
            Add(field, RequestErrorCodes.TooManyEntries, string.Create(
                CultureInfo.InvariantCulture,
                $"{field} has {count} entries; the limit is {RequestLimits.MaxListEntries}."));
            return false;
        }

        return true;
    }

    public IReadOnlyList<string> Entries(JsonElement value, string field)
    {
        if (!Array(value, field))
        {
            return [];
        }

        var entries = new List<string>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var entry = Entry(item, Indexed(field, index++));
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    public static string Indexed(string field, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");

    /// <summary>The string's text; an escape that makes no text (a lone surrogate "\\ud800")
    /// is a field error, never an exception.</summary>
    private string? Text(JsonElement value, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Add(field, RequestErrorCodes.InvalidText, field + " holds an escape sequence that is not valid text.");
            return null;
        }
    }

    private void WrongType(JsonElement value, string field, string expected) =>
        Add(field, RequestErrorCodes.InvalidType, field + " must be " + expected + ", not " + Describe(value.ValueKind) + ".");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
