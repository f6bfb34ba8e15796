using MesoSafe.Knowledge.Reading;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Triage;

/// <summary>Puts the advice texts of the knowledge base in the order a patient acts on them:
/// what to do now first, routine aftercare after it. Unread words: the emergency signs first, then
/// what was not read, then that the clinic has been told, then the rest. Self-care and review list
/// every sign that means calling emergency services or the clinic. A white or mottled area (a
/// possibly blocked vessel) gets no cold compress.</summary>
internal sealed class TriageAdvice(IReadOnlyList<AdviceText> texts)
{
    private const string ColdCompress = "aftercare-cold-compress";

    public IReadOnlyList<string> For(TriageLevel level, IReadOnlyList<UnreadEntry> unread, bool vascular)
    {
        var advice = new List<string>(8);
        if (unread.Count > 0 && level < TriageLevel.Emergency)
        {
            Add(advice, "emergency-signs");
            var words = string.Join(", ", unread.SelectMany(u => u.Words).Distinct(StringComparer.Ordinal).Select(w => "'" + w + "'"));
            foreach (var text in texts.Where(t => t.AppliesTo == "unread"))
            {
                advice.Add(text.Text.Replace("{unread}", words, StringComparison.Ordinal));
            }
        }

        Add(advice, Name(level));
        if (vascular)
        {
            Add(advice, "vascular");
        }

        var signsAfterAftercare = level is TriageLevel.SelfCare or TriageLevel.Review;
        foreach (var text in texts.Where(t => t.AppliesTo == "aftercare" && !(vascular && t.Code == ColdCompress)))
        {
            advice.Add(text.Text);
        }

        if (signsAfterAftercare)
        {
            Add(advice, "emergency-signs");
            Add(advice, "clinic-signs");
        }

        return advice;
    }

    private void Add(List<string> advice, string appliesTo)
    {
        foreach (var text in texts.Where(t => t.AppliesTo == appliesTo))
        {
            if (!advice.Contains(text.Text))
            {
                advice.Add(text.Text);
            }
        }
    }

    private static string Name(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency",
        TriageLevel.Urgent => "urgent",
        TriageLevel.Review => "review",
        _ => "self-care",
    };
}
