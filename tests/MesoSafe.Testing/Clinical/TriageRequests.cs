using MesoSafe.Clinical.Triage;

namespace MesoSafe.Testing.Clinical;

/// <summary>Triage requests for tests: a session on 2026-11-10 reported <c>days</c> later.</summary>
public static class TriageRequests
{
    public static DateOnly SessionDate { get; } = new(2026, 11, 10);

    public static TriageRequest Reported(int days, params ReportedSymptom[] symptoms) => new()
    {
        Id = "test",
        SessionDate = SessionDate,
        ReportedOn = SessionDate.AddDays(days),
        Areas = ["face"],
        Symptoms = symptoms,
    };

    public static ReportedSymptom Symptom(
        string code,
        SymptomSeverity severity = SymptomSeverity.Mild,
        int started = 0,
        bool spreading = false,
        bool worsening = false) => new()
        {
            Code = code,
            Severity = severity,
            StartedDaysAfterSession = started,
            Spreading = spreading,
            Worsening = worsening,
        };
}
