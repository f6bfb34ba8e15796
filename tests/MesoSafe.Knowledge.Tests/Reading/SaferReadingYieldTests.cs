using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Stage: a safer reading gives way to the more specific code the same entry names
/// (reading.json "yields"): "diabetes" alone is insulin-treated, "diabetes, type 2" is type 2 in
/// every language. A word that names the safer code itself, or insulin as a medicine, keeps it.</summary>
public sealed class SaferReadingYieldTests
{
    [Theory]
    [InlineData("diabetes, type 2")]
    [InlineData("diabetic type 2")]
    [InlineData("diabetic (type 2)")]
    [InlineData("diabetes mellitus type 2 on metformin")]
    [InlineData("I have diabetes, it is type 2")]
    [InlineData("diabetes on metformin")]
    [InlineData("عندي سكري من النوع الثاني")]
    [InlineData("مريض سكري النوع الثاني")]
    [InlineData("سكري من النوع الثاني على حبوب")]
    [InlineData("şeker hastasıyım tip 2")]
    [InlineData("diyabet tip 2, metformin kullanıyorum")]
    [InlineData("3andi sukkari no3 tani")]
    public void Diabetes_with_its_type_named_is_that_type(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Conditions);

        Assert.Equal("diabetes-non-insulin", Reader.Codes(outcome));
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("diabetes", "diabetes-insulin")]
    [InlineData("diabetes type 2 on insulin", "diabetes-non-insulin insulin")]
    [InlineData("insulin dependent diabetes, type 2", "diabetes-insulin diabetes-non-insulin")]
    [InlineData("insülin bağımlı tip 2 diyabet", "diabetes-insulin diabetes-non-insulin")]
    [InlineData("diabetic, type 1 or 2 not sure", "diabetes-insulin")]
    [InlineData("diabetes; mother has type 2", "diabetes-insulin diabetes-non-insulin/other-person")]
    [InlineData("سكري نوع أول وعندي كمان نوع ثاني", "diabetes-insulin diabetes-non-insulin")]
    public void The_safer_reading_stays_when_the_words_name_it_or_the_type_is_not_the_patients(string text, string codes)
    {
        var outcome = Reader.Read(text, ReadingField.Conditions);

        Assert.Equal(codes.Split(' ').Order(StringComparer.Ordinal), Reader.Codes(outcome).Split(' ').Order(StringComparer.Ordinal));
    }
}
