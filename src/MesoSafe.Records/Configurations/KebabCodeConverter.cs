using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MesoSafe.Records.Configurations;

/// <summary>Stores a clinical enum as its contract code ("needs-review"), the text the column has
/// always held, so typing the property changed no stored row.</summary>
internal sealed class KebabCodeConverter<TEnum>() : ValueConverter<TEnum, string>(v => RecordJson.Code(v), s => RecordJson.Parse<TEnum>(s))
    where TEnum : struct, Enum
{
    public static KebabCodeConverter<TEnum> Instance { get; } = new();
}
