namespace MesoSafe.Records.Aftercare;

public sealed record CheckInInput(
    Guid? SessionId,
    DateOnly? ReportedOn,
    double? TemperatureC,
    IReadOnlyList<SymptomInput>? Symptoms,
    string? Text);

public sealed record SymptomInput(string? Code, string? Severity, int? StartedDaysAfterSession, bool? Spreading, bool? Worsening);
