using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoSafe.Clinical.Json;

/// <summary>Writes enum members kebab-case lower ("eligible-with-precautions", "self-care").</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
