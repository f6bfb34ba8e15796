using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests.Json;

/// <summary>The hand-written result writer must write what the contract's serializer writes, byte
/// for byte, with either escaping (the CLI's relaxed one and the default one).</summary>
public sealed class ScreeningResultJsonTests
{
    private static readonly ScreeningEngine Engine = new(KnowledgeBase.LoadEmbedded());

    public static TheoryData<string[], string[], string[]> Histories => new()
    {
        { [], [], [] },
        { ["um not hayfever, my sister has heart failure"], ["none"], ["on paracetamol, + prednisolone, + amlodipine 5, + nurofen years ago"] },
        { ["diabeties type one", "stroke last year"], ["allergic to lidocain"], ["xeralto 20mg", "roaccutane last week"] },
        { ["pregnant", "keloids", "lupus"], ["penicillin n latex"], ["wafarin 3mg"] },
        { ["blorfle and quux \"quoted\" can't <b>°C</b> 😀", "ربو"], ["nka"], ["the pill \u0001 tab\t"] },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void A_screening_result_is_written_as_the_serializer_writes_it(string[] conditions, string[] allergies, string[] medications)
    {
        var request = ScreeningRequests.Eligible().WithConditions(conditions).WithAllergies(allergies).WithMedications(medications) with { Id = "case-\"1\"" };

        var result = Engine.Evaluate(request);

        AssertSameAsSerializer(result);
    }

    [Fact]
    public void Every_decision_and_effect_and_every_absent_field_is_written_as_the_serializer_writes_it()
    {
        foreach (var decision in Enum.GetValues<ScreeningDecision>())
        {
            foreach (var effect in Enum.GetValues<FindingEffect>())
            {
                var result = new ScreeningResult
                {
                    Id = null,
                    Decision = decision,
                    Findings = [new ScreeningFinding { Code = "c", Effect = effect, Subject = null, Message = "m \u00e9", Sources = [] }],
                    RequiredBeforeTreatment = [],
                    Unrecognized = ["x"],
                    Unread = [new UnreadEntry("x y", ["y"])],
                    Readings = [new EntryReading { Entry = "x y", Field = null, Terms = [new ReadTerm { Words = "x", Code = "c", Kind = "condition" }], Unread = ["y"] }],
                    Advice = [],
                    KnowledgeBase = "kb",
                };

                AssertSameAsSerializer(result);
            }
        }
    }

    [Theory]
    [InlineData(typeof(ScreeningResult), "Id,Decision,Findings,RequiredBeforeTreatment,Unrecognized,Unread,Readings,Advice,KnowledgeBase")]
    [InlineData(typeof(ScreeningFinding), "Code,Effect,Subject,Message,Sources")]
    [InlineData(typeof(EntryReading), "Entry,Field,Terms,Unread")]
    [InlineData(typeof(ReadTerm), "Words,Code,Kind,Context,Cue,Note")]
    [InlineData(typeof(UnreadEntry), "Entry,Words")]
    public void The_writer_knows_every_field_of_the_result(Type type, string written)
    {
        // A field added to the result must be added to ScreeningResultJson too: this list fails first.
        var fields = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(written.Split(',').Order(StringComparer.Ordinal), fields);
    }

    private static void AssertSameAsSerializer(ScreeningResult result)
    {
        foreach (var encoder in new[] { JavaScriptEncoder.UnsafeRelaxedJsonEscaping, JavaScriptEncoder.Default })
        {
            var expected = Write(encoder, writer => JsonSerializer.Serialize(writer, result, ContractJsonContext.Default.ScreeningResult));
            var written = Write(encoder, writer => ScreeningResultJson.Write(writer, result));

            Assert.Equal(expected, written);
        }
    }

    private static string Write(JavaScriptEncoder encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
