using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;

namespace MesoSafe.Bench.Clinical;

/// <summary>Typical requests: the contract example (codes) and a free-text intake.</summary>
public static class SampleRequests
{
    public static ScreeningRequest ContractExample { get; } = new()
    {
        Id = "case-17",
        Date = new DateOnly(2026, 11, 22),
        Patient = new PatientDetails { BirthDate = new DateOnly(1990, 5, 1), Sex = "female", PreviousMesotherapy = false },
        Conditions = ["pregnancy"],
        Allergies = ["lidocaine"],
        Medications = ["aspirin"],
        Habits = new Habits(),
        Plan = new PlannedTreatment
        {
            Indication = "hair-loss",
            Areas = ["scalp"],
            Substances = ["biotin", "dexpanthenol"],
            Anesthetic = "lidocaine",
            Technique = "point-by-point",
            DepthMm = 2.0,
        },
    };

    public static ScreeningRequest FreeText { get; } = ContractExample with
    {
        Conditions = ["currently pregnant (12 weeks)", "Type 1 diabetes"],
        Allergies = ["Local anaesthetics"],
        Medications = ["Xarelto 20 mg", "aspirin 81mg tablets"],
    };

    public static TriageRequest Triage { get; } = new()
    {
        Id = "t-4",
        SessionDate = new DateOnly(2026, 11, 10),
        ReportedOn = new DateOnly(2026, 11, 12),
        Areas = ["face"],
        TemperatureC = 37.1,
        Symptoms =
        [
            new ReportedSymptom { Code = "swelling", Severity = SymptomSeverity.Mild },
            new ReportedSymptom { Code = "lump", Severity = SymptomSeverity.Moderate, Worsening = true },
        ],
    };
}
