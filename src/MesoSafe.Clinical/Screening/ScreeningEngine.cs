using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Screening;

/// <summary>Screening as a pure function of (request, knowledge base). Thread-safe: rules are
/// compiled once here and never change.</summary>
public sealed class ScreeningEngine
{
    private readonly CompiledScreeningRule[] rules;
    private readonly ScreeningRequestReader reader;
    private readonly Requirement[] always;
    private readonly Requirement[] firstSession;
    private readonly string[] requirementOrder;
    private readonly string[] beforeSession;

    public ScreeningEngine(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        KnowledgeBase = knowledgeBase;
        rules = knowledgeBase.ScreeningRules.Select(rule => new CompiledScreeningRule(rule, knowledgeBase)).ToArray();
        reader = new ScreeningRequestReader(knowledgeBase);
        always = knowledgeBase.Requirements.Where(r => r.Always).ToArray();
        firstSession = knowledgeBase.Requirements.Where(r => r.WhenFirstSession && !r.Always).ToArray();
        requirementOrder = knowledgeBase.Requirements.Select(r => r.Code).ToArray();
        beforeSession = knowledgeBase.Advice.Where(a => a.AppliesTo == "before-session").Select(a => a.Text).ToArray();
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
            ScreeningRuleEvaluation.Apply(rule, request, context, findings);
            if (findings.Count > before)
            {
                for (var i = 0; i < rule.Requires.Length; i++)
                {
                    AddOnce(ref required, rule.Requires[i]);
                }
            }
        }

        foreach (var requirement in always)
        {
            AddOnce(ref required, requirement.Code);
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

        var decision = (ScreeningDecision)(int)maximum;
        return new ScreeningResult
        {
            Id = request.Id,
            Decision = decision,
            Findings = findings,
            RequiredBeforeTreatment = OrderRequirements(required),
            Unrecognized = context.Unrecognized,
            Unread = context.Unread,
            Readings = context.Readings,

            // What the patient does before a session; none is coming when treatment is ruled out.
            Advice = decision == ScreeningDecision.Contraindicated ? [] : beforeSession,
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
}
