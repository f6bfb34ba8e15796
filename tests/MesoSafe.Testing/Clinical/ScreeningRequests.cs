using MesoSafe.Clinical.Screening;

namespace MesoSafe.Testing.Clinical;

/// <summary>Screening requests for tests: <see cref="Eligible"/> finds nothing; change one thing
/// with <c>with { ... }</c> or the helpers below.</summary>
public static class ScreeningRequests
{
    public static DateOnly TreatmentDate { get; } = new(2026, 11, 22);

    /// <summary>An adult returning patient, healthy, facial rejuvenation at 2 mm by nappage.</summary>
    public static ScreeningRequest Eligible() => new()
    {
        Id = "test",
        Date = TreatmentDate,
        Patient = new PatientDetails { BirthDate = new DateOnly(1990, 5, 1), Sex = "female", PreviousMesotherapy = true },
        Plan = new PlannedTreatment
        {
            Indication = "facial-rejuvenation",
            Areas = ["face"],
            Substances = ["hyaluronic-acid", "vitamin-c"],
            Technique = "nappage",
            DepthMm = 2.0,
        },
    };

    public static ScreeningRequest WithConditions(this ScreeningRequest request, params string[] conditions) =>
        request with { Conditions = conditions };

    public static ScreeningRequest WithMedications(this ScreeningRequest request, params string[] medications) =>
        request with { Medications = medications };

    public static ScreeningRequest WithAllergies(this ScreeningRequest request, params string[] allergies) =>
        request with { Allergies = allergies };

    public static ScreeningRequest WithPlan(this ScreeningRequest request, Func<PlannedTreatment, PlannedTreatment> change) =>
        request with { Plan = change(request.Plan) };
}
