using System.Globalization;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Screening;

/// <summary>Screening as a pure function of (request, knowledge base). Thread-safe: rules are
/// compiled once here and never change.</summary>
public sealed class ScreeningEngine
{
    private readonly CompiledScreeningRule[] rules;
    private readonly ScreeningRequestReader reader;
    private readonly Requirement[] firstSession;
    private readonly string[] requirementOrder;

    public ScreeningEngine(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        KnowledgeBase = knowledgeBase;
        rules = knowledgeBase.ScreeningRules.Select(rule => new CompiledScreeningRule(rule, knowledgeBase)).ToArray();
        reader = new ScreeningRequestReader(knowledgeBase);
        firstSession = knowledgeBase.Requirements.Where(r => r.WhenFirstSession).ToArray();
        requirementOrder = knowledgeBase.Requirements.Select(r => r.Code).ToArray();
    }

    public KnowledgeBase KnowledgeBase { get; }

    public ScreeningResult Evaluate(ScreeningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = reader.Read(request);
        var findings = new List<ScreeningFinding>();
        List<string>? required = null;
        foreach (var rule in rules)
        {
            var before = findings.Count;
            Apply(rule, request, context, findings);
            if (findings.Count > before)
            {
                for (var i = 0; i < rule.Requires.Length; i++)
                {
                    AddOnce(ref required, rule.Requires[i]);
                }
            }
        }

        if (request.Patient.PreviousMesotherapy != true)
        {
            foreach (var requirement in firstSession)
            {
                AddOnce(ref required, requirement.Code);
            }
        }

        var maximum = FindingEffect.Info;
        foreach (var finding in findings)
        {
            if (finding.Effect > maximum)
            {
                maximum = finding.Effect;
            }
        }

        return new ScreeningResult
        {
            Id = request.Id,
            Decision = (ScreeningDecision)(int)maximum,
            Findings = findings,
            RequiredBeforeTreatment = OrderRequirements(required),
            Unrecognized = context.Unrecognized,
            KnowledgeBase = KnowledgeBase.Version,
        };
    }

    private IReadOnlyList<string> OrderRequirements(List<string>? required)
    {
        if (required is null)
        {
            return [];
        }

        var ordered = new List<string>(required.Count);
        foreach (var requirement in requirementOrder)
        {
            if (required.Contains(requirement))
            {
                ordered.Add(requirement);
            }
        }

        return ordered;
    }

    private static void AddOnce(ref List<string>? list, string item)
    {
        list ??= new List<string>(2);
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static void Apply(CompiledScreeningRule rule, ScreeningRequest request, ScreeningContext context, List<ScreeningFinding> findings)
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
                    if (allergy.PlannedSubstancesHit.Count == 0)
                    {
                        findings.Add(Finding(rule, allergy.Input, allergy.SaferReading));
                    }
                }

                break;
            case ScreeningEvaluations.UnrecognizedEntry:
                foreach (var text in context.Unrecognized)
                {
                    findings.Add(Finding(rule, text, null));
                }

                break;
            case ScreeningEvaluations.MinimumAge:
                if (request.Patient.BirthDate is { } birthDate && birthDate.AddYears(rule.Rule.MinimumAgeYears ?? 0) > request.Date)
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
        if (request.Plan.DepthMm is not { } depth)
        {
            return;
        }

        // Safer reading: a depth with no recognizable technique is checked as if the technique were dermal.
        if (context.Technique is { } technique && Array.IndexOf(rule.Techniques, technique.Code) < 0)
        {
            return;
        }

        var maximum = rule.Rule.MaxDepthMm ?? double.MaxValue;
        foreach (var limit in rule.AreaLimits)
        {
            if (HasArea(context.Areas, limit.Area))
            {
                maximum = Math.Min(maximum, limit.MaxMm);
            }
        }

        if (depth < (rule.Rule.MinDepthMm ?? 0) || depth > maximum)
        {
            findings.Add(Finding(rule, depth.ToString("0.0##", CultureInfo.InvariantCulture) + " mm", null));
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
        var message = rule.Rule.Message;
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
