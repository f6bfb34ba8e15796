using System.Globalization;

namespace MesoSafe.Knowledge.Reading;

/// <summary>How long ago something written in an entry happened: "3 weeks ago", "2 wks ago",
/// "last week", "yesterday", "in 2019", "in february 2026", "mid august", "at 16", "as a teenager",
/// "years ago". The latest date the words allow is taken, so the time is never overstated.
/// Null when the entry does not say.</summary>
internal static class ElapsedTime
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    // Month by name, for the words of every past sentence (an array search was 12 compares a word).
    private static readonly Dictionary<string, int> MonthIndex = Months.Select((name, index) => (name, index)).ToDictionary(m => m.name, m => m.index, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> UnitDays = new(StringComparer.Ordinal)
    {
        ["day"] = 1, ["days"] = 1, ["d"] = 1,
        ["week"] = 7, ["weeks"] = 7, ["wk"] = 7, ["wks"] = 7, ["w"] = 7,
        ["month"] = 28, ["months"] = 28, ["mo"] = 28, ["mos"] = 28, ["mth"] = 28, ["mths"] = 28, ["m"] = 28,
        ["year"] = 365, ["years"] = 365, ["yr"] = 365, ["yrs"] = 365, ["y"] = 365,
        // Turkish and Arabic units, folded.
        ["gun"] = 1, ["hafta"] = 7, ["ay"] = 28, ["yil"] = 365, ["sene"] = 365,
        ["يوم"] = 1, ["ايام"] = 1, ["اسبوع"] = 7, ["اسابيع"] = 7, ["شهر"] = 28, ["شهور"] = 28, ["اشهر"] = 28, ["سنه"] = 365, ["سنين"] = 365, ["سنوات"] = 365,
    };

    public static int? DaysBefore(IReadOnlyList<ReadingToken> tokens, int from, int to, DateOnly? on, DateOnly? birthDate)
    {
        int? found = null;
        for (var i = from; i < to; i++)
        {
            var key = tokens[i].Key;
            var next = i + 1 < to ? tokens[i + 1].Key : null;
            int? days = null;
            if (TryNumber(key, out var number, out var suffix))
            {
                if (suffix.Length > 0 && UnitDays.TryGetValue(suffix, out var perUnit))
                {
                    days = number * perUnit;
                }
                else if (next is not null && UnitDays.TryGetValue(next, out perUnit))
                {
                    days = number * perUnit;
                }
                else if (number is >= 1900 and <= 2100 && on is { } today && (i == from || !MonthIndex.ContainsKey(tokens[i - 1].Key)))
                {
                    // "in 2019": the end of that year at the latest.
                    days = Math.Max(0, today.DayNumber - new DateOnly(number, 12, 31).DayNumber);
                }
                else if (i > from && tokens[i - 1].Key is "at" or "age" or "aged" && number is > 0 and < 100 && on is { } day && birthDate is { } born)
                {
                    var age = day.Year - born.Year;
                    days = age > number ? (age - number - 1) * 365 : null;
                }
            }
            else if (key is "a" or "an" or "one" && next is not null && UnitDays.TryGetValue(next, out var single))
            {
                // "a month ago", "one week ago".
                days = single;
            }
            else if (key is "yesterday" or "dun" or "امبارح" or "امس" or "مبارح")
            {
                days = 1;
            }
            else if (key is "last" or "gecen" && next is not null && UnitDays.TryGetValue(next, out var lastUnit))
            {
                days = lastUnit;
            }
            else if (key is "teenager" or "teen" or "teens" or "child" or "kid" or "childhood" or "young")
            {
                days = 3 * 365;
            }
            else if (key is "years" && next is "ago")
            {
                days = 2 * 365;
            }
            else if (MonthIndex.TryGetValue(key, out var month) && on is { } date)
            {
                var year = date.Year;
                if (next is not null && TryNumber(next, out var stated, out var rest) && rest.Length == 0 && stated is >= 1900 and <= 2100)
                {
                    year = stated;
                }
                else if (month + 1 > date.Month)
                {
                    year--;
                }

                // "december" written on a date in the year 1 would be in the year 0, which no calendar
                // date holds: the words then say nothing (issue 20).
                if (year >= DateOnly.MinValue.Year)
                {
                    var end = new DateOnly(year, month + 1, DateTime.DaysInMonth(year, month + 1));
                    days = Math.Max(0, date.DayNumber - end.DayNumber);
                }
            }

            if (days is { } value)
            {
                found = found is null ? value : Math.Min(found.Value, value);
            }
        }

        return found;
    }

    private static bool TryNumber(string key, out int number, out string suffix)
    {
        var end = 0;
        while (end < key.Length && char.IsAsciiDigit(key[end]))
        {
            end++;
        }

        suffix = key[end..];
        number = 0;
        return end > 0 && int.TryParse(key.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
