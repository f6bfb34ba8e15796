using MesoSafe.Records.Sessions;
using Xunit;

namespace MesoSafe.Records.Tests;

public sealed class SessionRulesTests
{
    private static readonly SessionRules Rules = SessionRules.LoadEmbedded();

    [Theory]
    [InlineData("point-by-point", "scalp", 1.0, false)]
    [InlineData("point-by-point", "scalp", 4.0, false)]
    [InlineData("nappage", "face", 0.5, true)]
    [InlineData("papule", "abdomen", 4.5, true)]
    [InlineData("injector-gun", "periorbital", 2.0, false)]
    [InlineData("nappage", "periorbital", 2.5, true)]
    [InlineData("needle-free", "face", 6.0, false)]
    public void Depth_is_flagged_outside_the_technique_and_area_range(string technique, string area, double depth, bool flagged) =>
        Assert.Equal(flagged, Rules.DepthOutOfRange(technique, [area], depth));

    [Fact]
    public void Check_ins_are_due_on_days_1_3_7_14_30_and_90() =>
        Assert.Equal([1, 3, 7, 14, 30, 90], Rules.CheckInDays);

    [Fact]
    public void The_minimum_interval_is_seven_days() => Assert.Equal(7, Rules.MinimumIntervalDays);

    [Theory]
    [InlineData("nappage", "under the eyes", 2.5, true)]
    [InlineData("Nappage", "Periorbital", 2.5, true)]
    [InlineData("meso gun", "face", 4.5, true)]
    [InlineData("nappage", "face", 1.5, false)]
    [InlineData("no such technique", "face", 6.0, true)]
    [InlineData("needle free", "face", 6.0, false)]
    public void Charted_words_are_read_through_the_vocabulary_like_screening_reads_them(string technique, string area, double depth, bool flagged) =>
        Assert.Equal(flagged, Rules.DepthOutOfRange(technique, [area], depth));

    [Fact]
    public void No_depth_is_never_flagged() => Assert.False(Rules.DepthOutOfRange("nappage", ["periorbital"], null));
}
