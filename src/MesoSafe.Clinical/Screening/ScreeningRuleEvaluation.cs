using System.Globalization;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Screening;

/// <summary>How each screening evaluation (ADR 0102) turns a mapped request into findings.</summary>
internal static class ScreeningRuleEvaluation
{
    public static void Apply(CompiledScreeningRule rule, ScreeningRequest request, ScreeningContext context, List<ScreeningFinding> findings)
    {
        switch (rule.Rule.Evaluation)
        {
            case ScreeningEvaluations.History:
                ApplyHistory(rule, context, findings);
                break;
            case ScreeningEvaluations.AllergyToComponent:
                foreach (var allergy in context.Allergies)
                {
                    foreach (var substance in allergy.PlannedSubstancesHit)
                    {
                        if (!HasFinding(findings, rule.Rule.Code, substance))
                        {
                            findings.Add(Finding(rule, substance, allergy.SaferReading));
                        }
                    }
                }

                break;
            case ScreeningEvaluations.AllergyHistory:
                if (context.AllergyHistoryCondition is { } condition)
                {
                    findings.Add(Finding(rule, condition, null));
                }

                foreach (var allergy in context.Allergies)
                {
                    if (allergy.PlannedSubstancesHit.Count == 0 && !ReferenceEquals(allergy.Input, context.AllergyHistoryCondition))
                    {
                        findings.Add(Finding(rule, allergy.Input, allergy.SaferReading));
                    }
                }

                break;
            case ScreeningEvaluations.UnrecognizedEntry:
                foreach (var text in context.Unrecognized)
                {
                    var unread = context.Unread.Find(u => u.Entry == text);
                    var note = unread is null || unread.Words.Count == 0 || (unread.Words.Count == 1 && unread.Words[0] == text)
                        ? null
                        : "Not understood: " + string.Join(", ", unread.Words.Select(w => "'" + w + "'")) + ".";
                    findings.Add(Finding(rule, text, note));
                }

                break;
            case ScreeningEvaluations.MinimumAge:
                // Years are added only while they stay in the calendar: a birth date so late that the
                // age is reached after 9999-12-31 is under age on any date (issue 20).
                if (request.Patient.BirthDate is { } birthDate
                    && (birthDate.Year > DateOnly.MaxValue.Year - (rule.Rule.MinimumAgeYears ?? 0)
                        || birthDate.AddYears(rule.Rule.MinimumAgeYears ?? 0) > request.Date))
                {
                    findings.Add(Finding(rule, null, null));
                }

                break;
            case ScreeningEvaluations.AgeUnknown:
                if (request.Patient.BirthDate is null)
                {
                    findings.Add(Finding(rule, null, null));
                }

                break;
            case ScreeningEvaluations.Depth:
                ApplyDepth(rule, request, context, findings);
                break;
            case ScreeningEvaluations.Course:
                ApplyCourse(rule, request, findings);
                break;
            case ScreeningEvaluations.CombinedProcedure:
                if (request.Plan.CombinedWith.Count > 0)
                {
                    findings.Add(Finding(rule, string.Join(", ", request.Plan.CombinedWith), null));
                }

                break;
            default:
                throw new InvalidDataException($"screening rule '{rule.Rule.Code}': evaluation '{rule.Rule.Evaluation}' is not implemented");
        }
    }

    private static void ApplyHistory(CompiledScreeningRule rule, ScreeningContext context, List<ScreeningFinding> findings)
    {
        List<string>? historySubjects = null;
        string? saferReading = null;
        if (rule.HistoryCodes.Length > 0)
        {
            foreach (var item in context.History)
            {
                if (Array.IndexOf(rule.HistoryCodes, item.Code) >= 0)
                {
                    historySubjects ??= [];
                    if (!historySubjects.Contains(item.Code))
                    {
                        historySubjects.Add(item.Code);
                    }

                    saferReading ??= item.SaferReading;
                }
            }

            if (historySubjects is null)
            {
                return;
            }
        }

        List<string>? planSubjects = null;
        if (rule.HasPlanGroup)
        {
            foreach (var item in context.Planned)
            {
                if (Array.IndexOf(rule.PlannedCodes, item.Code) >= 0 && (planSubjects is null || !planSubjects.Contains(item.Code)))
                {
                    (planSubjects ??= []).Add(item.Code);
                }
            }

            if (context.Indication is { } indication && Array.IndexOf(rule.Indications, indication.Code) >= 0)
            {
                (planSubjects ??= []).Add(indication.Code);
            }

            if (planSubjects is null)
            {
                return;
            }
        }

        if (rule.Areas.Length > 0 && !AnyArea(context.Areas, rule.Areas))
        {
            return;
        }

        foreach (var code in rule.PlannedNone)
        {
            if (context.HasPlanned(code))
            {
                return;
            }
        }

        var subjects = planSubjects ?? historySubjects;
        var subject = subjects switch
        {
            null => null,
            [var only] => only,
            _ => string.Join(", ", subjects),
        };
        findings.Add(Finding(rule, subject, saferReading));
    }

    private static void ApplyDepth(CompiledScreeningRule rule, ScreeningRequest request, ScreeningContext context, List<ScreeningFinding> findings)
    {
        if (request.Plan.DepthMm is { } depth && DepthOutOfRange(rule, context.Technique, context.Areas, depth))
        {
            findings.Add(Finding(rule, depth.ToString("0.0##", CultureInfo.InvariantCulture) + " mm", null));
        }
    }

    /// <summary>The depth evaluation itself, shared by screening and charting (<see cref="DepthCheck"/>).</summary>
    internal static bool DepthOutOfRange(CompiledScreeningRule rule, KnowledgeEntry? technique, List<RecognizedEntry> areas, double depth)
    {
        // Safer reading: a depth with no recognizable technique is checked as if the technique were dermal.
        if (technique is not null && Array.IndexOf(rule.Techniques, technique.Code) < 0)
        {
            return false;
        }

        var maximum = rule.Rule.MaxDepthMm ?? double.MaxValue;
        foreach (var limit in rule.AreaLimits)
        {
            if (HasArea(areas, limit.Area))
            {
                maximum = Math.Min(maximum, limit.MaxMm);
            }
        }

        return depth < (rule.Rule.MinDepthMm ?? 0) || depth > maximum;
    }

    private static void ApplyCourse(CompiledScreeningRule rule, ScreeningRequest request, List<ScreeningFinding> findings)
    {
        if (rule.CourseLimit is not { } limit)
        {
            return;
        }

        var (value, unit, below) = rule.Rule.Bound switch
        {
            CourseBounds.SessionsMin => (request.Plan.Sessions, "session", true),
            CourseBounds.SessionsMax => (request.Plan.Sessions, "session", false),
            CourseBounds.IntervalMin => (request.Plan.IntervalDays, "day", true),
            CourseBounds.IntervalMax => (request.Plan.IntervalDays, "day", false),
            _ => ((int?)null, "", false),
        };
        if (value is { } n && (below ? n < limit : n > limit))
        {
            findings.Add(Finding(rule, string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}"), null));
        }
    }

    private static bool HasFinding(List<ScreeningFinding> findings, string code, string subject)
    {
        foreach (var finding in findings)
        {
            if (finding.Code == code && finding.Subject == subject)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasArea(List<RecognizedEntry> areas, string code)
    {
        foreach (var area in areas)
        {
            if (area.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyArea(List<RecognizedEntry> areas, string[] codes)
    {
        foreach (var area in areas)
        {
            if (Array.IndexOf(codes, area.Code) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ScreeningFinding Finding(CompiledScreeningRule rule, string? subject, string? saferReading)
    {
        var message = rule.Message;
        if (subject is not null)
        {
            message = message.Replace("{subject}", subject, StringComparison.Ordinal);
        }

        if (saferReading is not null)
        {
            message = message + " " + saferReading;
        }

        return new ScreeningFinding
        {
            Code = rule.Rule.Code,
            Effect = rule.Effect,
            Subject = subject,
            Message = message,
            Sources = rule.Rule.Sources,
        };
    }
}
