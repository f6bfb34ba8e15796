using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoSafe.Records;

/// <summary>How stored results are serialized: the contract's camelCase names and kebab-case codes.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value a stored kebab-case code names (the inverse of <see cref="Code{TEnum}"/>).</summary>
    /// <exception cref="FormatException">The code names no value of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum =>
        KebabCodes<TEnum>.Values.TryGetValue(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not a {typeof(TEnum).Name} code.");

    private static class KebabCodes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> Values = Enum.GetValues<TEnum>().ToDictionary(Code, StringComparer.Ordinal);
    }
}
