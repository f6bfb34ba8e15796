using System.Text.Json;
using System.Text.Json.Serialization;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;

namespace MesoSafe.Clinical.Json;

/// <summary>Source-generated JSON for the contract's results: camelCase, kebab-case enums,
/// null properties left out (an absent <c>id</c> or <c>subject</c> is simply not written).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(KebabCaseEnumConverter<ScreeningDecision>),
        typeof(KebabCaseEnumConverter<FindingEffect>),
        typeof(KebabCaseEnumConverter<TriageLevel>),
        typeof(KebabCaseEnumConverter<SymptomSeverity>),
    ])]
[JsonSerializable(typeof(ScreeningResult))]
[JsonSerializable(typeof(TriageResult))]
[JsonSerializable(typeof(ScreeningRequest))]
[JsonSerializable(typeof(TriageRequest))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
