using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

/// <summary>The plan's course against the course of sessions (seed 000: 3 to 15 sessions, 7 to 10
/// days apart, then weekly or monthly), both sides of each bound; and the pre-session advice of seed
/// 004 (well hydrated, no strenuous exercise that day) in the screening result.</summary>
public sealed class ScreeningCourseAndAdviceTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly ScreeningEngine Engine = new(Kb);

    [Theory]
    [InlineData(null, null, "", ScreeningDecision.Eligible)]
    [InlineData(3, 7, "", ScreeningDecision.Eligible)]
    [InlineData(15, 10, "", ScreeningDecision.Eligible)]
    [InlineData(6, 31, "", ScreeningDecision.Eligible)]
    [InlineData(6, null, "", ScreeningDecision.Eligible)]
    [InlineData(null, 14, "", ScreeningDecision.Eligible)]
    [InlineData(2, 10, "course-too-few-sessions", ScreeningDecision.Eligible)]
    [InlineData(1, null, "course-too-few-sessions", ScreeningDecision.Eligible)]
    [InlineData(16, 10, "course-too-many-sessions", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData(50, 7, "course-too-many-sessions", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData(6, 6, "course-interval-too-short", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData(null, 1, "course-interval-too-short", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData(6, 32, "course-interval-too-long", ScreeningDecision.Eligible)]
    [InlineData(20, 3, "course-interval-too-short,course-too-many-sessions", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData(2, 60, "course-too-few-sessions,course-interval-too-long", ScreeningDecision.Eligible)]
    public void A_course_outside_the_seed_range_gives_a_finding(int? sessions, int? intervalDays, string codes, ScreeningDecision decision)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Sessions = sessions, IntervalDays = intervalDays }));

        Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), result.Findings.Select(f => f.Code));
        Assert.Equal(decision, result.Decision);
    }

    [Theory]
    [InlineData(1, 10, "course-too-few-sessions", "1 session", "at least 3 sessions")]
    [InlineData(16, 10, "course-too-many-sessions", "16 sessions", "more than the 15 sessions")]
    [InlineData(6, 5, "course-interval-too-short", "5 days", "at least 7 days apart")]
    [InlineData(6, 45, "course-interval-too-long", "45 days", "(31 days)")]
    public void The_finding_names_the_plan_value_and_the_bound_from_the_data(int sessions, int intervalDays, string code, string subject, string limit)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Sessions = sessions, IntervalDays = intervalDays }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((code, subject), (finding.Code, finding.Subject));
        Assert.Contains(subject, finding.Message, StringComparison.Ordinal);
        Assert.Contains(limit, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
        Assert.Contains("000_e1510432ee2a068b.txt", finding.Sources);
    }

    [Fact]
    public void The_course_of_sessions_is_data_with_its_source()
    {
        var course = Kb.Course!;

        Assert.Equal((3, 15, 7, 10, 31), (course.MinSessions, course.MaxSessions, course.MinIntervalDays, course.MaxIntervalDays, course.MaxLaterIntervalDays));
        Assert.Equal(["000_e1510432ee2a068b.txt"], course.Sources);
    }

    [Theory]
    [InlineData("", ScreeningDecision.Eligible)]
    [InlineData("keloids", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData("lupus", ScreeningDecision.NeedsReview)]
    [InlineData("pregnant", ScreeningDecision.Deferred)]
    public void Pre_session_advice_is_given_whenever_a_session_may_come(string condition, ScreeningDecision decision)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions(condition.Split(',', StringSplitOptions.RemoveEmptyEntries)));

        Assert.Equal(decision, result.Decision);
        Assert.Equal(Kb.Advice.Where(a => a.AppliesTo == "before-session").Select(a => a.Text), result.Advice);
    }

    [Theory]
    [InlineData("stroke")]
    [InlineData("warfarin")]
    public void No_pre_session_advice_when_treatment_is_ruled_out(string entry)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions(entry));

        Assert.Equal(ScreeningDecision.Contraindicated, result.Decision);
        Assert.Empty(result.Advice);
    }

    [Theory]
    [InlineData("before-session-hydrate", "hydrated")]
    [InlineData("before-session-no-strenuous-exercise", "strenuous exercise on the day")]
    public void The_pre_session_advice_says_what_seed_004_says(string code, string words)
    {
        var advice = Assert.Single(Kb.Advice, a => a.Code == code);

        Assert.Equal("before-session", advice.AppliesTo);
        Assert.Contains(words, advice.Text, StringComparison.Ordinal);
        Assert.Equal(["004_852a3523d2e655f4.txt"], advice.Sources);
    }
}
