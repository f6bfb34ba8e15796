using System.Globalization;
using System.Text;
using MesoSafe.Knowledge.Practice;

namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>Finds the practice facts <c>kb show</c> prints for a query: a fact by its code, or a whole
/// group by its name (charting, asepsis-checklist, consent-risks, check-in-quick-picks).</summary>
internal static class PracticeFactViews
{
    public const string ChartingGroup = "charting";
    public const string AsepsisGroup = "asepsis-checklist";
    public const string ConsentGroup = "consent-risks";
    public const string QuickPickGroup = "check-in-quick-picks";

    public static IReadOnlyList<PracticeFactView> Find(MesoSafe.Knowledge.KnowledgeBase kb, string query)
    {
        var all = new List<(string Group, PracticeFactView View)>();
        if (kb.Charting is { } charting)
        {
            all.AddRange(Charting(kb, charting).Select(v => (ChartingGroup, v)));
            all.AddRange(charting.Asepsis.Select(s => (AsepsisGroup, new PracticeFactView("asepsis step", s.Code, s.Text, [], s.Sources))));
        }

        all.AddRange(kb.ConsentRisks.Select(r => (ConsentGroup, new PracticeFactView("consent risk", r.Code, r.Text, When(r), r.Sources))));
        all.AddRange(kb.CheckInQuickPicks.Select(p => (QuickPickGroup, new PracticeFactView("check-in quick pick", p.Symptom, p.Words, [], p.Sources))));
        return all
            .Where(f => f.View.Code == query || f.Group == query || (query == ChartingGroup && f.Group == AsepsisGroup))
            .Select(f => f.View)
            .ToList();
    }

    /// <summary>The second line of a passing <c>kb lint</c>: what the practice facts count.</summary>
    public static string Summary(MesoSafe.Knowledge.KnowledgeBase kb) =>
        $"practice facts: {Number(kb.ConsentRisks.Count)} consent risks, {Number(kb.CheckInQuickPicks.Count)} check-in quick picks, " +
        (kb.Charting is { } charting ? $"charting rules with {Number(charting.Asepsis.Count)} asepsis steps" : "no charting rules");

    public static void AppendText(StringBuilder text, IReadOnlyList<PracticeFactView> facts)
    {
        foreach (var fact in facts)
        {
            text.AppendLine($"{fact.Code} ({fact.Type})");
            text.AppendLine($"  text: {fact.Text}");
            foreach (var detail in fact.Details)
            {
                text.AppendLine($"  {detail}");
            }

            text.AppendLine($"  sources: {string.Join("; ", fact.Sources)}");
        }
    }

    private static IEnumerable<PracticeFactView> Charting(MesoSafe.Knowledge.KnowledgeBase kb, ChartingRules charting)
    {
        var interval = charting.MinimumInterval;
        yield return new PracticeFactView("charting rule", "minimum-interval",
            $"A session less than {Number(interval.Days)} days after the patient's previous one is flagged interval-too-short.", [], interval.Sources);
        var checkIns = charting.CheckIns;
        yield return new PracticeFactView("charting rule", "check-in-days",
            $"Check-ins are due on days {string.Join(", ", checkIns.Days.Select(Number))} after a session.", [], checkIns.Sources);
        if (kb.ScreeningRules.FirstOrDefault(r => r.Code == charting.DepthRule) is { } depth)
        {
            var areas = depth.AreaLimits.Select(l => $"{l.Area} at most {Number(l.MaxMm)} mm");
            yield return new PracticeFactView("charting rule", "depth",
                $"A depth outside the range of screening rule {depth.Code} is flagged depth-out-of-range.",
                [
                    $"range: {Number(depth.MinDepthMm ?? 0)} to {Number(depth.MaxDepthMm ?? 0)} mm",
                    $"techniques: {string.Join("; ", depth.Techniques)}",
                    $"areas: {string.Join("; ", areas)}",
                ],
                depth.Sources);
        }

        var anesthetics = charting.Anesthetics;
        yield return new PracticeFactView("charting rule", "anesthetic-class",
            $"The local anaesthetics offered are the members of {anesthetics.Class}.",
            [$"members: {string.Join("; ", kb.MembersOf(anesthetics.Class).Select(m => m.Code))}"], anesthetics.Sources);
    }

    private static IReadOnlyList<string> When(ConsentRisk risk) => risk.When is not { } when
        ? ["applies to: every plan"]
        : [$"applies to: indications {List(when.Indications)}; areas {List(when.Areas)}"];

    private static string List(IReadOnlyList<string> codes) => codes.Count == 0 ? "(none)" : string.Join(", ", codes);

    private static string Number(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
