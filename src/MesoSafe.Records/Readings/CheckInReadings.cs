using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records.Access;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Readings;

/// <summary>Practitioners' readings of check-ins the system could not read: recorded beside the
/// check-in (audited with it, in one transaction), resolving its queue item, and counted per
/// knowledge-base version so the vocabulary can grow from use.</summary>
public sealed partial class CheckInReadings(MesoSafeDbContext db, TimeProvider clock, TriageEngine triage)
{
    public const int MaxActionLength = 2000;
    public const int MaxPhrases = 20;
    public const int MaxPhraseLength = 500;
    public const int MaxCodes = 10;

    private static readonly string[] Levels = ["emergency", "urgent", "review", "self-care"];

    public async Task<RecordOutcome<CheckInReading>> RecordAsync(CallerScope scope, Guid checkInId, ReadingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var checkIn = scope.IsPractitioner
            ? await db.CheckIns.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(c => c.Id == checkInId && c.ResultJson != null, ct)
            : null;
        if (checkIn is null || !scope.ClinicIds.Contains(checkIn.ClinicId))
        {
            return RecordProblem.NotFound("id");
        }

        var result = JsonSerializer.Deserialize<TriageResult>(checkIn.ResultJson!, RecordJson.Options)!;
        var problems = Validate(input);
        var words = input.Words is { Count: > 0 } given
            ? [.. given.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim())]
            : UnreadText.Of(result).ToList();
        if (words.Count == 0 && !problems.Any(p => p.Field.StartsWith("words", StringComparison.Ordinal)))
        {
            problems.Add(RecordProblem.Invalid("words", RequestErrorCodes.Required, "This check-in has no unread words: name the words you read."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<CheckInReading>.Failure(problems);
        }

        var now = clock.GetUtcNow();
        var reading = new CheckInReading
        {
            CheckInId = checkIn.Id,
            ClinicId = checkIn.ClinicId,
            PatientId = checkIn.PatientId,
            PractitionerId = scope.UserId,
            RecordedAt = now,
            Words = words,
            Language = string.IsNullOrWhiteSpace(input.Language) ? null : input.Language.Trim().ToLowerInvariant(),
            ReadAs = [.. (input.ReadAs ?? []).Select(c => c.Trim()).Distinct(StringComparer.Ordinal)],
            Level = string.IsNullOrWhiteSpace(input.Level) ? null : input.Level.Trim(),
            Action = input.Action!.Trim(),
            KnowledgeBase = result.KnowledgeBase,
        };
        db.CheckInReadings.Add(reading);

        // The reading is what the queue item asked for: it leaves the queue. One UPDATE ... WHERE
        // "ResolvedAt" IS NULL in the reading's transaction, so two readings (or a reading and a
        // resolution) at once close the item once and neither fails (ADR 0406).
        await using var transaction = await WriteTransaction.BeginAsync(db, ct);
        await db.SaveChangesAsync(ct);
        await db.AttentionItems.Where(a => a.CheckInId == checkIn.Id && a.ResolvedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResolvedAt, (DateTimeOffset?)now).SetProperty(a => a.Version, a => a.Version + 1), ct);
        await transaction.CommitAsync(ct);
        return reading;
    }

    /// <summary>The readings of one check-in, oldest first.</summary>
    public async Task<IReadOnlyList<CheckInReading>> ForCheckInAsync(CallerScope scope, Guid checkInId, CancellationToken ct) =>
        await db.CheckInReadings.AsNoTracking().VisibleTo(scope)
            .Where(r => r.CheckInId == checkInId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)
            .ToListAsync(ct);

    /// <summary>The readings of a patient's check-ins, oldest first.</summary>
    public async Task<IReadOnlyList<CheckInReading>> ForPatientAsync(CallerScope scope, Guid patientId, CancellationToken ct) =>
        await db.CheckInReadings.AsNoTracking().VisibleTo(scope)
            .Where(r => r.PatientId == patientId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)
            .ToListAsync(ct);

    /// <summary>The readings of the caller's clinics (staff only), counted.</summary>
    public async Task<IReadOnlyList<ReadingCount>> TallyAsync(CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsStaff)
        {
            return [];
        }

        var clinics = scope.ClinicIds.ToList();
        return await TallyAsync(db.CheckInReadings.Where(r => clinics.Contains(r.ClinicId)), ct);
    }

    /// <summary>Counts readings by knowledge-base version, words, language and codes read as
    /// (one row a phrase); newest version first, then the most frequent.</summary>
    public static async Task<IReadOnlyList<ReadingCount>> TallyAsync(IQueryable<CheckInReading> readings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var rows = await readings.AsNoTracking()
            .Select(r => new { r.KnowledgeBase, r.Words, r.Language, r.ReadAs, r.RecordedAt })
            .ToListAsync(ct);
        return [.. rows
            .SelectMany(r => r.Words.Select(w => new
            {
                r.KnowledgeBase,
                Words = Normalise(w),
                r.Language,
                ReadAs = r.ReadAs.Order(StringComparer.Ordinal).ToList(),
                r.RecordedAt,
            }))
            .GroupBy(r => (r.KnowledgeBase, r.Words, r.Language, Codes: string.Join('\n', r.ReadAs)))
            .Select(g => new ReadingCount(g.Key.KnowledgeBase, g.Key.Words, g.Key.Language, g.First().ReadAs, g.Count(), g.Max(r => r.RecordedAt)))
            .OrderByDescending(c => c.KnowledgeBase, StringComparer.Ordinal)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Words, StringComparer.Ordinal)];
    }

    private static string Normalise(string words) => WhiteSpace().Replace(words.Trim(), " ").ToLowerInvariant();

    private List<RecordProblem> Validate(ReadingInput input)
    {
        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.Action))
        {
            problems.Add(RecordProblem.Invalid("action", RequestErrorCodes.Required, "action says what you read and did, e.g. \"read as lip swelling: emergency; patient called 14:05\"."));
        }
        else if (input.Action.Length > MaxActionLength)
        {
            problems.Add(RecordProblem.Invalid("action", RequestErrorCodes.TooLong, $"action is at most {MaxActionLength} characters."));
        }

        if (input.Level is { } level && !string.IsNullOrWhiteSpace(level) && !Levels.Contains(level.Trim()))
        {
            problems.Add(RecordProblem.Invalid("level", RequestErrorCodes.UnknownValue, "level is emergency, urgent, review or self-care."));
        }

        if (input.Language is { } language && !string.IsNullOrWhiteSpace(language) && !LanguageTag().IsMatch(language.Trim()))
        {
            problems.Add(RecordProblem.Invalid("language", RecordProblemCodes.InvalidLanguage, "language is a language tag such as \"en\", \"de\" or \"pt-BR\"."));
        }

        var codes = input.ReadAs ?? [];
        if (codes.Count > MaxCodes)
        {
            problems.Add(RecordProblem.Invalid("readAs", RequestErrorCodes.TooManyEntries, $"readAs lists at most {MaxCodes} codes."));
        }

        for (var i = 0; i < codes.Count && i < MaxCodes; i++)
        {
            var field = "readAs[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (string.IsNullOrWhiteSpace(codes[i]))
            {
                problems.Add(RecordProblem.Invalid(field, RequestErrorCodes.EmptyValue, field + " is empty."));
            }
            else if (triage.KnowledgeBase.FindAll(codes[i].Trim()).Count == 0)
            {
                problems.Add(RecordProblem.Invalid(field, RecordProblemCodes.UnknownCode, $"{field} \"{codes[i].Trim()}\" is not a code of knowledge base {triage.KnowledgeBase.Version}."));
            }
        }

        var words = input.Words ?? [];
        if (words.Count > MaxPhrases)
        {
            problems.Add(RecordProblem.Invalid("words", RequestErrorCodes.TooManyEntries, $"words lists at most {MaxPhrases} phrases."));
        }

        for (var i = 0; i < words.Count && i < MaxPhrases; i++)
        {
            var field = "words[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (words[i] is { Length: > MaxPhraseLength })
            {
                problems.Add(RecordProblem.Invalid(field, RequestErrorCodes.TooLong, $"{field} is at most {MaxPhraseLength} characters."));
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
