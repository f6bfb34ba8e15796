namespace MesoSafe.Clinical.Json;

/// <summary>One bad field of a request: its path ("plan.depthMm", "symptoms[2].severity"),
/// a stable kebab-case code (<see cref="RequestErrorCodes"/>) and a message for people.</summary>
public sealed record FieldError(string Field, string Code, string Message);
