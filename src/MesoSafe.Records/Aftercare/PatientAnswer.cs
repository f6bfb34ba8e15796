using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Records.Aftercare;

/// <summary>What the patient is told after a check-in, in the order it is read: the engine's
/// leading advice (emergency signs first), then the words nobody could read, then that the clinic
/// will call today with its telephone number, then aftercare. Rebuilt from the stored triage
/// result and the clinic's record; never stored itself.</summary>
public sealed record PatientAnswer
{
    public const string CouldNotReadPrefix = "We could not read: ";
    public const string ClinicToldPrefix = "Your clinic has been told";

    /// <summary>Kebab-case level the answer speaks for: the triage level, at least urgent when words were not read.</summary>
    public required string Level { get; init; }

    /// <summary>True when some words could not be read: a person reads them today.</summary>
    public required bool Unread { get; init; }

    /// <summary>The unread words, one phrase an entry.</summary>
    public required IReadOnlyList<string> UnreadWords { get; init; }

    /// <summary>The clinic's number, when the answer asks the patient to expect its call.</summary>
    public string? ClinicTelephone { get; init; }

    /// <summary>Every line of advice, in the order to show it.</summary>
    public required IReadOnlyList<string> Advice { get; init; }

    /// <param name="knowledgeAdvice">The knowledge base's advice texts: aftercare ones go last, and
    /// "review" ones are left out of an unread answer (a person reads it today, not in a few days).</param>
    public static PatientAnswer For(TriageResult result, string? clinicTelephone, IReadOnlyList<AdviceText> knowledgeAdvice)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(knowledgeAdvice);
        if (!UnreadText.In(result))
        {
            return new PatientAnswer
            {
                Level = RecordJson.Code(result.Level),
                Unread = false,
                UnreadWords = [],
                Advice = result.Advice,
            };
        }

        var aftercareTexts = Texts(knowledgeAdvice, "aftercare");
        var reviewTexts = Texts(knowledgeAdvice, "review");
        var words = UnreadText.Of(result);
        var telephone = string.IsNullOrWhiteSpace(clinicTelephone) ? null : clinicTelephone.Trim();

        // The engine already orders an unread answer (emergency signs, what was not read, the clinic
        // told, then the rest): keep its order and put the clinic's number in the clinic's line.
        if (result.Advice.Any(IsCouldNotRead) && result.Advice.Any(IsClinicTold))
        {
            return new PatientAnswer
            {
                Level = RecordJson.Code(result.Level >= TriageLevel.Urgent ? result.Level : TriageLevel.Urgent),
                Unread = true,
                UnreadWords = words,
                ClinicTelephone = telephone,
                Advice = [.. result.Advice.Where(a => !reviewTexts.Contains(a)).Select(a => IsClinicTold(a) ? ClinicWillCall(telephone) : a)],
            };
        }

        var leading = result.Advice
            .Where(a => !aftercareTexts.Contains(a) && !reviewTexts.Contains(a) && !IsCouldNotRead(a) && !IsClinicTold(a))
            .ToList();
        var engineUnread = result.Advice.Where(IsCouldNotRead).ToList();
        var couldNotRead = engineUnread.Count > 0 ? engineUnread : [.. words.Select(w => CouldNotReadPrefix + "'" + w + "'")];
        var aftercare = result.Advice.Where(aftercareTexts.Contains).ToList();
        return new PatientAnswer
        {
            Level = RecordJson.Code(result.Level >= TriageLevel.Urgent ? result.Level : TriageLevel.Urgent),
            Unread = true,
            UnreadWords = words,
            ClinicTelephone = string.IsNullOrWhiteSpace(clinicTelephone) ? null : clinicTelephone.Trim(),
            Advice = [.. leading, .. couldNotRead, ClinicWillCall(clinicTelephone), .. aftercare],
        };
    }

    public static string ClinicWillCall(string? telephone) => string.IsNullOrWhiteSpace(telephone)
        ? "Your clinic has been told and will contact you today."
        : $"Your clinic has been told and will contact you today. If you do not hear from them, call {telephone.Trim()}.";

    private static HashSet<string> Texts(IReadOnlyList<AdviceText> advice, string appliesTo) =>
        advice.Where(a => a.AppliesTo == appliesTo).Select(a => a.Text).ToHashSet(StringComparer.Ordinal);

    private static bool IsCouldNotRead(string advice) => advice.StartsWith(CouldNotReadPrefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsClinicTold(string advice) => advice.StartsWith(ClinicToldPrefix, StringComparison.OrdinalIgnoreCase);
}
