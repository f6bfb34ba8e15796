using System.Text.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical.Json;

/// <summary>Writes a <see cref="ScreeningResult"/> exactly as <see cref="ContractJsonContext"/> does
/// (same names, order, kebab-case enums, null properties left out), without the serializer's
/// metadata walk: the batch CLI writes a result a line, and the walk was ~15 % of its CPU (ADR 0106).
/// A test compares the two byte for byte; a field added to the result must be added here too.</summary>
public static class ScreeningResultJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Decision = JsonEncodedText.Encode("decision");
    private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText RequiredBeforeTreatment = JsonEncodedText.Encode("requiredBeforeTreatment");
    private static readonly JsonEncodedText Unrecognized = JsonEncodedText.Encode("unrecognized");
    private static readonly JsonEncodedText Unread = JsonEncodedText.Encode("unread");
    private static readonly JsonEncodedText Readings = JsonEncodedText.Encode("readings");
    private static readonly JsonEncodedText Advice = JsonEncodedText.Encode("advice");
    private static readonly JsonEncodedText KnowledgeBase = JsonEncodedText.Encode("knowledgeBase");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Effect = JsonEncodedText.Encode("effect");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Entry = JsonEncodedText.Encode("entry");
    private static readonly JsonEncodedText Words = JsonEncodedText.Encode("words");
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText Terms = JsonEncodedText.Encode("terms");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Context = JsonEncodedText.Encode("context");
    private static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");

    // The wire names of the enums, made by the same naming policy as KebabCaseEnumConverter.
    private static readonly Dictionary<ScreeningDecision, JsonEncodedText> DecisionNames = WireNames<ScreeningDecision>();
    private static readonly Dictionary<FindingEffect, JsonEncodedText> EffectNames = WireNames<FindingEffect>();

    public static void Write(Utf8JsonWriter writer, ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Id is { } id)
        {
            writer.WriteString(Id, id);
        }

        writer.WriteString(Decision, DecisionNames[result.Decision]);
        if (result.Findings is { } findings)
        {
            writer.WriteStartArray(Findings);
            foreach (var finding in findings)
            {
                WriteFinding(writer, finding);
            }

            writer.WriteEndArray();
        }

        WriteStrings(writer, RequiredBeforeTreatment, result.RequiredBeforeTreatment);
        WriteStrings(writer, Unrecognized, result.Unrecognized);
        if (result.Unread is { } unread)
        {
            writer.WriteStartArray(Unread);
            foreach (var entry in unread)
            {
                if (entry is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString(Entry, entry.Entry);
                WriteStrings(writer, Words, entry.Words);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (result.Readings is { } readings)
        {
            writer.WriteStartArray(Readings);
            foreach (var reading in readings)
            {
                WriteReading(writer, reading);
            }

            writer.WriteEndArray();
        }

        WriteStrings(writer, Advice, result.Advice);
        if (result.KnowledgeBase is { } knowledgeBase)
        {
            writer.WriteString(KnowledgeBase, knowledgeBase);
        }

        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, ScreeningFinding? finding)
    {
        if (finding is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteOptional(writer, Code, finding.Code);
        writer.WriteString(Effect, EffectNames[finding.Effect]);
        WriteOptional(writer, Subject, finding.Subject);
        WriteOptional(writer, Message, finding.Message);
        WriteStrings(writer, Sources, finding.Sources);
        writer.WriteEndObject();
    }

    private static void WriteReading(Utf8JsonWriter writer, EntryReading? reading)
    {
        if (reading is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteOptional(writer, Entry, reading.Entry);
        WriteOptional(writer, Field, reading.Field);
        if (reading.Terms is { } terms)
        {
            writer.WriteStartArray(Terms);
            foreach (var term in terms)
            {
                if (term is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                WriteOptional(writer, Words, term.Words);
                WriteOptional(writer, Code, term.Code);
                WriteOptional(writer, Kind, term.Kind);
                WriteOptional(writer, Context, term.Context);
                WriteOptional(writer, Cue, term.Cue);
                WriteOptional(writer, Note, term.Note);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteStrings(writer, Unread, reading.Unread);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }

    private static Dictionary<TEnum, JsonEncodedText> WireNames<TEnum>()
        where TEnum : struct, Enum
    {
        var names = new Dictionary<TEnum, JsonEncodedText>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            names[value] = JsonEncodedText.Encode(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));
        }

        return names;
    }
}
