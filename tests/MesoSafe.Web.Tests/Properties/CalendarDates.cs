using FsCheck;
using FsCheck.Fluent;

namespace MesoSafe.Web.Tests.Properties;

/// <summary>Dates from 0001-01-01 to 9999-12-31, with the calendar's ends, the days next to them and
/// the bounds the records use (1900, 2000, today, tomorrow) drawn far more often than chance would.</summary>
internal static class CalendarDates
{
    /// <summary>Every edge, sent for every field before the random ones.</summary>
    public static DateOnly[] Edges(DateOnly today) =>
    [
        DateOnly.MinValue, DateOnly.MinValue.AddDays(1), new DateOnly(1, 12, 31), new DateOnly(151, 1, 1),
        new DateOnly(1899, 12, 31), new DateOnly(1900, 1, 1), new DateOnly(2000, 1, 1),
        today.AddDays(-1), today, today.AddDays(1), today.AddDays(2),
        new DateOnly(9999, 1, 1), DateOnly.MaxValue.AddDays(-30), DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue,
    ];

    public static Gen<DateOnly> Any(DateOnly today) => Gen.Frequency(
        (2, Gen.Elements(Edges(today))),
        (1, Gen.Choose(0, 400).Select(days => DateOnly.FromDayNumber(days))),
        (1, Gen.Choose(0, 400).Select(days => DateOnly.FromDayNumber(DateOnly.MaxValue.DayNumber - days))),
        (4, Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber)));

    public static Arbitrary<DateOnly> Arbitrary(DateOnly today) => Arb.From(Any(today));

    public static Arbitrary<(DateOnly First, DateOnly Second)> Pairs(DateOnly today) =>
        Arb.From(Gen.Zip(Any(today), Any(today), (first, second) => (first, second)));
}
