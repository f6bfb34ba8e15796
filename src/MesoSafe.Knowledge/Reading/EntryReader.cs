using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Knowledge.Reading;

/// <summary>Reads one free-text entry whole (ADR 0104): words, spelling, phrases, context cues,
/// compositions, and an account of every word. Pure and thread-safe once built.</summary>
public sealed class EntryReader
{
    private static readonly EntryKind[] ConditionKinds = [EntryKind.Condition, EntryKind.Medication, EntryKind.Habit, EntryKind.NoEntry, EntryKind.SubstanceClass, EntryKind.Substance];
    private static readonly EntryKind[] MedicationKinds = [EntryKind.Medication, EntryKind.Condition, EntryKind.Habit, EntryKind.NoEntry, EntryKind.Substance, EntryKind.SubstanceClass];

    // Clarification 2: substances and classes before medications; conditions last ("hay fever").
    private static readonly EntryKind[] AllergyKinds = [EntryKind.SubstanceClass, EntryKind.Substance, EntryKind.Medication, EntryKind.NoEntry, EntryKind.Condition];
    private static readonly EntryKind[] SymptomKinds = [EntryKind.Symptom, EntryKind.NoEntry];

    private readonly PhraseLexicon lexicon = new();
    private readonly SpellingCorrector spelling;
    private readonly IReadOnlyList<Composition> compositions;
    private readonly Dictionary<(EntryKind, string), KnowledgeEntry> byCode;
    private readonly Dictionary<(EntryKind, string), PastReading> pastReadings;
    private readonly Dictionary<string, HashSet<string>> entryGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntryKind, string), string[]> yields = [];
    private readonly int spreadingRegions;
    private readonly HashSet<string> numberSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "x", "am", "pm", "h", "d", "w", "m", "y", "yo", "s" };

    internal EntryReader(
        IReadOnlyList<KnowledgeEntry> entries,
        IReadOnlyList<LexiconData> lexicons,
        IReadOnlyList<Composition> compositions,
        IReadOnlyList<PastReading> pastReadings,
        IReadOnlyList<EntryGroup> groupEntries,
        IReadOnlyList<SaferReadingYield> saferYields,
        NormalisationWords normalisation,
        ICollection<string> problems)
    {
        spreadingRegions = 3;
        foreach (var mapping in groupEntries)
        {
            foreach (var code in mapping.Entries)
            {
                if (!entries.Any(e => e.Code == code))
                {
                    problems.Add($"entry group '{mapping.Group}': no entry '{code}'");
                }

                if (!entryGroups.TryGetValue(code, out var set))
                {
                    entryGroups[code] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(mapping.Group);
            }
        }

        this.compositions = compositions;
        byCode = new Dictionary<(EntryKind, string), KnowledgeEntry>();
        foreach (var entry in entries)
        {
            byCode.TryAdd((entry.Kind, entry.Code), entry);
        }

        this.pastReadings = new Dictionary<(EntryKind, string), PastReading>();
        foreach (var past in pastReadings)
        {
            if (!byCode.ContainsKey((past.Kind, past.Entry)))
            {
                problems.Add($"past reading of {past.Kind} '{past.Entry}': no such entry");
            }

            if (past.Reading == "replace" && (past.Code is null || !byCode.ContainsKey((past.Kind, past.Code))))
            {
                problems.Add($"past reading of {past.Kind} '{past.Entry}': replacement code '{past.Code}' is not an entry of that kind");
            }

            if (past.Reading is not ("keep" or "drop" or "window" or "replace") || (past.Reading == "window" && past.Days is null))
            {
                problems.Add($"past reading of {past.Kind} '{past.Entry}': reading is keep, drop, replace (with code) or window (with days)");
            }

            if (past.Sources.Count == 0)
            {
                problems.Add($"past reading of {past.Kind} '{past.Entry}': no sources");
            }

            this.pastReadings[(past.Kind, past.Entry)] = past;
        }

        foreach (var yielding in saferYields)
        {
            var name = $"safer reading of {yielding.Kind} '{yielding.Entry}'";
            foreach (var code in yielding.To.Prepend(yielding.Entry).Where(c => !byCode.ContainsKey((yielding.Kind, c))))
            {
                problems.Add($"{name}: no {yielding.Kind} entry '{code}'");
            }

            if (yielding.To.Count == 0 || yielding.Sources.Count == 0)
            {
                problems.Add($"{name}: needs the codes it yields to and sources");
            }

            yields[(yielding.Kind, yielding.Entry)] = [.. yielding.To];
        }

        foreach (var entry in entries)
        {
            var origin = KnowledgeNames.Describe(entry);
            if (entry.Kind == EntryKind.SymptomQualifier)
            {
                foreach (var word in entry.Synonyms.Append(entry.Code))
                {
                    lexicon.Add(word, new Sense { Kind = SenseKind.Qualifier, Name = entry.Code, Phrase = word }, problems, origin);
                }

                continue;
            }

            foreach (var word in entry.Synonyms.Concat(entry.Brands).Append(entry.Code))
            {
                lexicon.Add(word, new Sense { Kind = SenseKind.Entry, Entry = entry, Phrase = word }, problems, origin);
            }

            foreach (var reading in entry.SaferReadings)
            {
                lexicon.Add(reading.Synonym, new Sense { Kind = SenseKind.Entry, Entry = entry, Phrase = reading.Synonym, Note = reading.Note }, problems, origin);
            }
        }

        foreach (var unit in normalisation.Units)
        {
            numberSuffixes.Add(TextFolding.Fold(unit));
        }

        // "%" and other signs are no words: numbers carry them (a dose).
        foreach (var word in normalisation.Units.Concat(normalisation.Forms).Concat(normalisation.Frequencies).Concat(normalisation.Salts).Where(w => w.Any(TextFolding.IsWordChar)))
        {
            lexicon.Add(word, new Sense { Kind = SenseKind.Dose, Phrase = word }, problems, "normalisation");
        }

        foreach (var word in normalisation.Fillers)
        {
            lexicon.Add(word, new Sense { Kind = SenseKind.Filler, Phrase = word }, problems, "normalisation");
        }

        foreach (var data in lexicons)
        {
            AddLexicon(data, problems);
        }

        // A group's words are lexicon words or the mentions of entries (entryGroups: "bruise" is any bruising word).
        var groups = lexicons.SelectMany(l => l.Groups).Select(g => g.Group).Concat(groupEntries.Select(g => g.Group)).ToHashSet(StringComparer.Ordinal);
        foreach (var composition in compositions)
        {
            var name = $"composition '{composition.Code}'";
            if (!byCode.ContainsKey((composition.Kind, composition.Code)))
            {
                problems.Add($"{name}: no {composition.Kind} entry with that code");
            }

            if (composition.Sources.Count == 0)
            {
                problems.Add($"{name}: no sources");
            }

            foreach (var group in composition.Groups.Where(g => !groups.Contains(g)))
            {
                problems.Add($"{name}: group '{group}' has no words in any lexicon and no entries");
            }
        }

        spelling = new SpellingCorrector(lexicon.ContentWords, lexicon.PlainWords, lexicon.Meaning);
    }

    private const int CorrectionCacheLimit = 100_000;
    private const int OutcomeCacheLimit = 50_000;
    private const int OutcomeCacheTextLimit = 48;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, ReadingField), ReadOutcome> outcomeCache = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> correctionCache = new(StringComparer.Ordinal);

    private int outcomeCount;
    private int correctionCount;

    private static bool HasPast(IReadOnlyList<ReadItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Context == MentionContext.Past)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spelling per distinct word, remembered: the same misspelling costs one search.</summary>
    private string? Corrected(string key)
    {
        if (correctionCache.TryGetValue(key, out var known))
        {
            return known;
        }

        var corrected = spelling.Correct(key);
        if (Volatile.Read(ref correctionCount) < CorrectionCacheLimit && correctionCache.TryAdd(key, corrected))
        {
            Interlocked.Increment(ref correctionCount);
        }

        return corrected;
    }

    /// <summary>How a past mention of this entry is read; null when the data says nothing (kept).</summary>
    public PastReading? PastReadingOf(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return pastReadings.GetValueOrDefault((entry.Kind, entry.Code));
    }

    public KnowledgeEntry? Find(EntryKind kind, string code) => byCode.GetValueOrDefault((kind, code));

    /// <summary>Reads <paramref name="text"/> written in <paramref name="field"/>. <paramref name="on"/>
    /// (the treatment or report date) and <paramref name="birthDate"/> date phrases such as
    /// "in february" or "at 16".</summary>
    public ReadOutcome Read(string text, ReadingField field, DateOnly? on = null, DateOnly? birthDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Short entries repeat ("aspirin", "none", "Xarelto 20 mg"): their reading, when it does not
        // depend on the date, is remembered (bounded). The outcome is immutable, so it is shared.
        if (text.Length <= OutcomeCacheTextLimit && outcomeCache.TryGetValue((text, field), out var remembered))
        {
            return remembered;
        }

        var outcome = ReadWhole(text, field, on, birthDate);
        if (text.Length <= OutcomeCacheTextLimit && Volatile.Read(ref outcomeCount) < OutcomeCacheLimit && !HasPast(outcome.Items)
            && outcomeCache.TryAdd((text, field), outcome))
        {
            // A counter of our own: ConcurrentDictionary.Count takes every lock of the table.
            Interlocked.Increment(ref outcomeCount);
        }

        return outcome;
    }

    private ReadOutcome ReadWhole(string text, ReadingField field, DateOnly? on, DateOnly? birthDate)
    {
        var kinds = field switch
        {
            ReadingField.Conditions => ConditionKinds,
            ReadingField.Medications => MedicationKinds,
            ReadingField.Allergies => AllergyKinds,
            _ => SymptomKinds,
        };

        var tokens = ReadingTokeniser.Tokenise(text);
        var corrections = new List<string>();
        var anyCorrected = false;
        foreach (var token in tokens)
        {
            // A word that starts with a digit is still a word in Arabizi ("7ara2a"); only a number is skipped.
            if ((token.Numeric && IsNumber(token, numberSuffixes)) || lexicon.Knows(token))
            {
                continue;
            }

            if (Corrected(token.Key) is { } corrected)
            {
                token.CorrectedFrom = token.Text;
                token.Key = corrected;
                token.Keys = [corrected];
                anyCorrected = true;
            }
        }

        var units = Match(tokens, kinds);
        Scope(units, tokens);
        var items = new List<ReadItem>();
        var unread = new List<string>();
        bool severe = false, spreading = false, worsening = false, saysNothing = false;
        int daysFrom = -1, daysTo = -1;
        int? days = null;
        foreach (var unit in units)
        {
            if (unit.Senses is null)
            {
                if (!unit.Number)
                {
                    unread.Add(unit.Words);
                }

                continue;
            }

            foreach (var sense in unit.Senses)
            {
                if (sense.Kind == SenseKind.Qualifier && unit.Context == MentionContext.Asserted)
                {
                    severe |= sense.Name == "severe";
                    spreading |= sense.Name == "spreading";
                    worsening |= sense.Name == "worsening";
                }
            }

            if (unit.Entry is { } entry)
            {
                if (entry.Entry!.Kind == EntryKind.NoEntry)
                {
                    saysNothing = true;
                    continue;
                }

                int? elapsedDays = null;
                if (unit.Context == MentionContext.Past)
                {
                    // Items of one sentence share its time words: the sentence is read for them once.
                    var from = SentenceStart(tokens, unit.Start);
                    var to = SentenceEnd(tokens, unit.End);
                    if (from != daysFrom || to != daysTo)
                    {
                        (daysFrom, daysTo, days) = (from, to, ElapsedTime.DaysBefore(tokens, from, to, on, birthDate));
                    }

                    elapsedDays = days;
                }

                var spelled = anyCorrected ? unit.Corrections(tokens) : null;
                if (spelled is not null)
                {
                    corrections.Add(spelled);
                }

                AddItem(items, new ReadItem
                {
                    Entry = entry.Entry,
                    Words = unit.Words,
                    Context = unit.Context,
                    Cue = unit.Cue,
                    ScopeSure = unit.ScopeSure,
                    Note = entry.Note ?? spelled,
                    ElapsedDays = elapsedDays,
                });
            }
        }

        // Named on three or more parts of the body ("neck, chest and now my arms"): it is spreading.
        if (kinds == SymptomKinds && units.Count >= spreadingRegions)
        {
            HashSet<string>? regions = null;
            foreach (var unit in units)
            {
                if (unit.Context == MentionContext.Asserted && unit.Senses?.Exists(x => x.Kind == SenseKind.Context && x.Name == "region") == true)
                {
                    (regions ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[unit.Start].Key);
                }
            }

            spreading |= regions?.Count >= spreadingRegions;
        }
        Compose(units, tokens, kinds, items);
        if (yields.Count > 0 && items.Count > 1)
        {
            Yield(units, items);
        }

        return new ReadOutcome
        {
            Entry = text,
            Items = items,
            Unread = unread,
            SaysNothing = saysNothing && items.Count == 0 && unread.Count == 0,
            SaysSomething = SaysSomethingIn(units),
            Severe = severe,
            Spreading = spreading,
            Worsening = worsening,
            Corrections = corrections,
        };
    }

    private static bool SaysSomethingIn(List<Unit> units)
    {
        foreach (var unit in units)
        {
            if (unit.Senses is { } senses)
            {
                foreach (var sense in senses)
                {
                    if (sense.Kind is SenseKind.Context or SenseKind.Qualifier or SenseKind.Cue or SenseKind.Group)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static void AddItem(List<ReadItem> items, ReadItem item)
    {
        var index = -1;
        for (var i = 0; i < items.Count && index < 0; i++)
        {
            if (ReferenceEquals(items[i].Entry, item.Entry))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            items.Add(item);
            return;
        }

        // Named twice: an asserted mention outweighs a negated, past or someone else's one.
        if (items[index].Context != MentionContext.Asserted && item.Context == MentionContext.Asserted)
        {
            items[index] = item;
        }
    }

    private List<Unit> Match(List<ReadingToken> tokens, EntryKind[] kinds)
    {
        var units = new List<Unit>(tokens.Count);
        // Composition words (sites and findings) belong to symptom reports: "heart" alone in a medical
        // history is unread, not a site.
        var symptoms = Array.IndexOf(kinds, EntryKind.Symptom) >= 0;
        var usableHere = new SenseFilter(kinds, symptoms, entriesOnly: false);
        var entriesHere = new SenseFilter(kinds, symptoms, entriesOnly: true);
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, senses) = lexicon.Longest(tokens, i, in usableHere);
            if (length == 0)
            {
                units.Add(new Unit(tokens, i, i + 1, null) { Number = IsNumber(tokens[i], numberSuffixes) });
                i++;
                continue;
            }

            List<Sense> usable;
            var entryKind = -1;
            var mixed = false;
            var allUsable = true;
            foreach (var sense in senses!)
            {
                if (!usableHere.Accepts(sense))
                {
                    allUsable = false;
                }
                else if (sense.Kind == SenseKind.Entry)
                {
                    var rank = Array.IndexOf(kinds, sense.Entry!.Kind);
                    mixed |= entryKind >= 0 && rank != entryKind;
                    entryKind = entryKind < 0 ? rank : Math.Min(entryKind, rank);
                }
            }

            // The lexicon's own list is shared when every sense counts here (the usual case).
            usable = allUsable && !mixed ? senses : senses.FindAll(usableHere.Accepts);

            // A qualifier or cue phrase may hold a symptom ("keeps bleeding"): what it names counts too.
            if (length > 1 && !usable.Exists(s => s.Kind == SenseKind.Entry))
            {
                for (var k = i; k < i + length; k++)
                {
                    var (inner, innerSenses) = lexicon.Longest(tokens, k, in entriesHere);
                    if (inner > 0 && k + inner <= i + length)
                    {
                        usable = [.. usable, .. innerSenses!.Where(entriesHere.Accepts)];
                        mixed = true;
                        break;
                    }
                }
            }

            if (mixed)
            {
                var bestKind = usable.Where(s => s.Kind == SenseKind.Entry).Select(s => Array.IndexOf(kinds, s.Entry!.Kind)).DefaultIfEmpty(-1).Min();
                usable.RemoveAll(s => s.Kind == SenseKind.Entry && Array.IndexOf(kinds, s.Entry!.Kind) != bestKind);
            }

            units.Add(new Unit(tokens, i, i + length, usable));
            i += length;
        }

        return units;
    }

    private static bool IsNumber(ReadingToken token, HashSet<string> suffixes)
    {
        if (!token.Numeric)
        {
            return false;
        }

        var key = token.Key;
        var end = 0;
        while (end < key.Length && (char.IsAsciiDigit(key[end]) || key[end] == '.'))
        {
            end++;
        }

        // "81mg", "12wks", "2x", "3rd": a number with a unit or ordinal stuck to it.
        return end == key.Length || suffixes.Contains(key[end..]);
    }

    private static void Scope(List<Unit> units, List<ReadingToken> tokens)
    {
        for (var c = 0; c < units.Count; c++)
        {
            var cue = units[c].CueSense;
            if (cue is null || cue.Cue is CueCategory.Terminate or CueCategory.FirstPerson or CueCategory.SameAs or CueCategory.Pseudo)
            {
                continue;
            }

            var context = cue.Cue switch
            {
                CueCategory.Negated => MentionContext.Negated,
                CueCategory.Past => MentionContext.Past,
                CueCategory.OtherPerson => MentionContext.OtherPerson,
                _ => MentionContext.Hypothetical,
            };
            if (cue.Direction is CueDirection.Forward or CueDirection.Both)
            {
                var seen = 0;
                var sure = true;
                for (var j = c + 1; j < units.Count; j++)
                {
                    if (Stops(units, tokens, j, units[j].Start, cue, forward: true, ref seen, ref sure))
                    {
                        break;
                    }

                    units[j].Apply(context, units[c].Words, sure);
                }
            }

            if (cue.Direction is CueDirection.Backward or CueDirection.Both)
            {
                var seen = 0;
                var sure = true;
                for (var j = c - 1; j >= 0; j--)
                {
                    if (Stops(units, tokens, j, units[j + 1].Start, cue, forward: false, ref seen, ref sure))
                    {
                        break;
                    }

                    units[j].Apply(context, units[c].Words, sure);
                }
            }
        }

        // "... and mine are swelling too": what was said of someone else is said of the patient.
        if (units.Exists(static u => u.CueSense?.Cue == CueCategory.SameAs))
        {
            foreach (var unit in units.Where(u => u.Context == MentionContext.OtherPerson))
            {
                unit.Context = MentionContext.Asserted;
                unit.Cue = null;
            }
        }
    }

    private static bool Stops(List<Unit> units, List<ReadingToken> tokens, int j, int breakToken, Sense cue, bool forward, ref int seen, ref bool sure)
    {
        var boundary = tokens[breakToken].Before;
        if (boundary == Boundary.Sentence || (boundary == Boundary.Comma && cue.Cue != CueCategory.Past))
        {
            return true;
        }

        var other = units[j].CueSense;
        if (other is not null && (other.Cue == CueCategory.Terminate
            || (other.Cue == CueCategory.FirstPerson && cue.Cue == CueCategory.OtherPerson && forward)
            || (other.Cue == cue.Cue && other.Cue != CueCategory.Past)))
        {
            return true;
        }

        seen += units[j].End - units[j].Start;
        if (seen > cue.MaxScope)
        {
            return true;
        }

        if (units[j].Senses is null && !units[j].Number)
        {
            sure = false;
        }

        return false;
    }

    private void Compose(List<Unit> units, List<ReadingToken> tokens, EntryKind[] kinds, List<ReadItem> items)
    {
        HashSet<string>? composed = null;
        HashSet<int>? absorbedUnits = null;
        List<string>? absorbedCodes = null;
        foreach (var composition in compositions)
        {
            if (Array.IndexOf(kinds, composition.Kind) < 0 || !byCode.TryGetValue((composition.Kind, composition.Code), out var entry))
            {
                continue;
            }

            if (composition.WithAny.Count > 0 && !AssertsAny(items, composition.WithAny))
            {
                continue;
            }

            for (var a = 0; a < units.Count; a++)
            {
                if (!units[a].HasGroup(composition.Groups[0], entryGroups))
                {
                    continue;
                }

                var members = new List<int> { a };
                foreach (var group in composition.Groups.Skip(1))
                {
                    var found = -1;
                    for (var b = 0; b < units.Count && found < 0; b++)
                    {
                        if (b != a && units[b].HasGroup(group, entryGroups) && WithinWindow(units, tokens, members, b, composition.Window))
                        {
                            found = b;
                        }
                    }

                    if (found < 0)
                    {
                        members.Clear();
                        break;
                    }

                    members.Add(found);
                }

                if (members.Count == 0)
                {
                    continue;
                }

                // The mention's context is the strongest of its words' ("lips not swollen" is negated).
                var context = MentionContext.Asserted;
                string? cue = null;
                var sure = true;
                foreach (var m in members)
                {
                    if (units[m].Context != MentionContext.Asserted && (context == MentionContext.Asserted || units[m].Context == MentionContext.Negated))
                    {
                        context = units[m].Context;
                        cue = units[m].Cue;
                        sure &= units[m].ScopeSure;
                    }
                }

                members.Sort();
                (composed ??= new HashSet<string>(StringComparer.Ordinal)).Add(entry.Code);
                if (composition.Absorbs.Count > 0)
                {
                    (absorbedUnits ??= []).UnionWith(members);
                    (absorbedCodes ??= []).AddRange(composition.Absorbs);
                }

                AddItem(items, new ReadItem
                {
                    Entry = entry,
                    Words = string.Join(" ... ", members.Select(m => units[m].Words)),
                    Context = context,
                    Cue = cue,
                    ScopeSure = sure,
                    Composed = true,
                    Note = composition.Note,
                });
            }
        }

        if (absorbedCodes is not null)
        {
            DropAbsorbed(units, items, absorbedUnits!, absorbedCodes, composed!);
        }
    }

    private static bool AssertsAny(List<ReadItem> items, IReadOnlyCollection<string> codes)
    {
        foreach (var item in items)
        {
            if (item.Context == MentionContext.Asserted && codes.Contains(item.Entry.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A code the composed words no longer name goes, unless a word outside those compositions
    /// names it or a composition gives it ("bruise turning yellow" is no jaundice; "bruise, and my eyes
    /// are yellow" still is).</summary>
    private static void DropAbsorbed(List<Unit> units, List<ReadItem> items, HashSet<int> absorbedUnits, List<string> codes, HashSet<string> composed)
    {
        foreach (var code in codes)
        {
            if (composed.Contains(code))
            {
                continue;
            }

            var namedElsewhere = false;
            for (var u = 0; u < units.Count && !namedElsewhere; u++)
            {
                namedElsewhere = !absorbedUnits.Contains(u) && units[u].Entry?.Entry?.Code == code;
            }

            if (!namedElsewhere)
            {
                items.RemoveAll(i => i.Entry.Code == code && !i.Composed);
            }
        }
    }

    /// <summary>A safer reading ("diabetes" as insulin-treated) gives way to the more specific code the
    /// same entry names ("diabetes, type 2"); a word that names the entry itself keeps it.</summary>
    private void Yield(List<Unit> units, List<ReadItem> items)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (item.Composed || !yields.TryGetValue((item.Entry.Kind, item.Entry.Code), out var to)
                || !items.Exists(o => Array.IndexOf(to, o.Entry.Code) >= 0 && o.Context is MentionContext.Asserted or MentionContext.Past)
                || units.Exists(u => u.Entry is { } sense && ReferenceEquals(sense.Entry, item.Entry) && sense.Note is null))
            {
                continue;
            }

            items.RemoveAt(i);
        }
    }

    private static bool WithinWindow(List<Unit> units, List<ReadingToken> tokens, List<int> members, int candidate, int window)
    {
        var first = Math.Min(members.Min(m => units[m].Start), units[candidate].Start);
        var last = Math.Max(members.Max(m => units[m].End), units[candidate].End);

        // Filler words carry nothing, so they do not count ("my top lip is starting to get quite a
        // lot more swollen"); they are counted only when the plain span is too wide, and at most three
        // windows are scanned.
        var span = last - first;
        if (span > 3 * (window + 1))
        {
            return false;
        }

        for (var t = first + 1; t < last; t++)
        {
            if (tokens[t].Before == Boundary.Sentence)
            {
                return false;
            }
        }

        var wide = span > window + 1;
        foreach (var unit in units)
        {
            if (unit.Start > first && unit.End <= last)
            {
                if (unit.CueSense?.Cue == CueCategory.Terminate)
                {
                    return false;
                }

                if (wide && unit.Senses?.TrueForAll(static s => s.Kind == SenseKind.Filler) == true)
                {
                    span -= unit.End - unit.Start;
                }
            }
        }

        return span <= window + 1;
    }

    private static int SentenceStart(List<ReadingToken> tokens, int index)
    {
        while (index > 0 && tokens[index].Before != Boundary.Sentence)
        {
            index--;
        }

        return index;
    }

    private static int SentenceEnd(List<ReadingToken> tokens, int index)
    {
        while (index < tokens.Count && tokens[index].Before != Boundary.Sentence)
        {
            index++;
        }

        return index;
    }

    private static string Words(List<ReadingToken> tokens, int start, int end)
    {
        var length = end - start - 1;
        for (var t = start; t < end; t++)
        {
            length += tokens[t].Text.Length;
        }

        return string.Create(length, (tokens, start, end), static (span, range) =>
        {
            var at = 0;
            for (var t = range.start; t < range.end; t++)
            {
                if (t > range.start)
                {
                    span[at++] = ' ';
                }

                var text = range.tokens[t].Text;
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }

    private void AddLexicon(LexiconData data, ICollection<string> problems)
    {
        var language = data.Language;
        var origin = $"lexicon '{language}'";
        if (string.IsNullOrWhiteSpace(language))
        {
            problems.Add("a lexicon has no language");
        }

        if (data.Sources.Count == 0 && data.Terms.Any(t => t.Sources.Count == 0))
        {
            problems.Add($"{origin}: terms without sources, and the file names none");
        }

        foreach (var term in data.Terms)
        {
            if (!byCode.TryGetValue((term.Kind, term.Code), out var entry))
            {
                problems.Add($"{origin}: term '{term.Code}' ({term.Kind}) is not a knowledge-base entry");
                continue;
            }

            foreach (var word in term.Words)
            {
                var sense = entry.Kind == EntryKind.SymptomQualifier
                    ? new Sense { Kind = SenseKind.Qualifier, Name = entry.Code, Phrase = word, Language = language }
                    : new Sense { Kind = SenseKind.Entry, Entry = entry, Phrase = word, Note = term.Note, Language = language };
                lexicon.Add(word, sense, problems, $"{origin} term '{term.Code}'");
            }
        }

        foreach (var group in data.Groups)
        {
            foreach (var word in group.Words)
            {
                lexicon.Add(word, new Sense { Kind = SenseKind.Group, Name = group.Group, Phrase = word, Language = language }, problems, $"{origin} group '{group.Group}'");
            }
        }

        foreach (var qualifier in data.Qualifiers)
        {
            if (qualifier.Code is not ("severe" or "spreading" or "worsening" or "mild" or "improving"))
            {
                problems.Add($"{origin}: qualifier '{qualifier.Code}' is not severe, spreading, worsening, mild or improving");
            }

            foreach (var word in qualifier.Words)
            {
                lexicon.Add(word, new Sense { Kind = SenseKind.Qualifier, Name = qualifier.Code, Phrase = word, Language = language }, problems, $"{origin} qualifier '{qualifier.Code}'");
            }
        }

        foreach (var cue in data.Cues)
        {
            foreach (var word in cue.Words)
            {
                lexicon.Add(word, new Sense { Kind = SenseKind.Cue, Cue = cue.Category, Direction = cue.Direction, MaxScope = cue.MaxScope, Phrase = word, Language = language }, problems, $"{origin} cue '{cue.Category}'");
            }
        }

        foreach (var context in data.Context)
        {
            foreach (var word in context.Words)
            {
                lexicon.Add(word, new Sense { Kind = SenseKind.Context, Name = context.Category, Phrase = word, Language = language }, problems, $"{origin} context '{context.Category}'");
            }
        }

        foreach (var word in data.Fillers)
        {
            lexicon.Add(word, new Sense { Kind = SenseKind.Filler, Phrase = word, Language = language }, problems, $"{origin} filler");
        }
    }

    /// <summary>A run of words read as one phrase, with what it means and its context.</summary>
    private sealed class Unit(List<ReadingToken> tokens, int start, int end, List<Sense>? senses)
    {
        private string? words;

        public int Start { get; } = start;

        public int End { get; } = end;

        /// <summary>The words as written (made when first asked for).</summary>
        public string Words => words ??= End - Start == 1 ? tokens[Start].Text : EntryReader.Words(tokens, Start, End);

        public List<Sense>? Senses { get; } = senses;

        public bool Number { get; init; }

        public MentionContext Context { get; set; }

        public string? Cue { get; set; }

        public bool ScopeSure { get; set; } = true;

        public Sense? Entry => First(SenseKind.Entry);

        public Sense? CueSense => First(SenseKind.Cue);

        private Sense? First(SenseKind kind)
        {
            if (Senses is { } senses)
            {
                foreach (var sense in senses)
                {
                    if (sense.Kind == kind)
                    {
                        return sense;
                    }
                }
            }

            return null;
        }

        public bool HasGroup(string group, IReadOnlyDictionary<string, HashSet<string>> entryGroups)
        {
            if (Senses is null)
            {
                return false;
            }

            foreach (var s in Senses)
            {
                if ((s.Kind == SenseKind.Group && s.Name == group)
                    || (s.Kind == SenseKind.Entry && entryGroups.TryGetValue(s.Entry!.Code, out var groups) && groups.Contains(group)))
                {
                    return true;
                }
            }

            return false;
        }

        public void Apply(MentionContext context, string cue, bool sure)
        {
            if (Context != MentionContext.Asserted || Senses is null || CueSense is not null)
            {
                return;
            }

            Context = context;
            Cue = cue;
            ScopeSure = sure;
        }

        public string? Corrections(List<ReadingToken> tokens)
        {
            List<string>? corrected = null;
            for (var t = Start; t < End; t++)
            {
                if (tokens[t].CorrectedFrom is { } from)
                {
                    (corrected ??= []).Add($"'{from}' read as '{tokens[t].Key}'");
                }
            }

            return corrected is null ? null : string.Join("; ", corrected);
        }
    }
}
