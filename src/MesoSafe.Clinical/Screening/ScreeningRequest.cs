namespace MesoSafe.Clinical.Screening;

/// <summary>A validated screening request (contract.md, "Screening request").
/// The JSON wire form is parsed and validated into this type before any rule runs.</summary>
public sealed record ScreeningRequest
{
    public string? Id { get; init; }

    /// <summary>The planned treatment date.</summary>
    public required DateOnly Date { get; init; }

    public required PatientDetails Patient { get; init; }

    public IReadOnlyList<string> Conditions { get; init; } = [];

    public IReadOnlyList<string> Allergies { get; init; } = [];

    public IReadOnlyList<string> Medications { get; init; } = [];

    public Habits Habits { get; init; } = new();

    public required PlannedTreatment Plan { get; init; }
}

public sealed record PatientDetails
{
    public DateOnly? BirthDate { get; init; }

    public string? Sex { get; init; }

    /// <summary>Null (absent) is read as false: the sensitivity test is then required.</summary>
    public bool? PreviousMesotherapy { get; init; }
}

public sealed record Habits
{
    public bool Smoker { get; init; }

    public bool Alcohol { get; init; }
}

public sealed record PlannedTreatment
{
    public string? Indication { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<string> Substances { get; init; } = [];

    public string? Anesthetic { get; init; }

    public string? Technique { get; init; }

    public double? DepthMm { get; init; }

    public IReadOnlyList<string> CombinedWith { get; init; } = [];

    /// <summary>Added field: sessions planned in the course (checked against the course of sessions).</summary>
    public int? Sessions { get; init; }

    /// <summary>Added field: days between sessions.</summary>
    public int? IntervalDays { get; init; }
}
