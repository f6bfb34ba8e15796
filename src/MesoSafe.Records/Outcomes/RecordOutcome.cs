namespace MesoSafe.Records.Outcomes;

/// <summary>Either the value or the problems that stopped it.</summary>
public sealed class RecordOutcome<T>
{
    private RecordOutcome(T? value, IReadOnlyList<RecordProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    public IReadOnlyList<RecordProblem> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    public static RecordOutcome<T> Success(T value) => new(value, []);

    public static RecordOutcome<T> Failure(IReadOnlyList<RecordProblem> problems) => new(default, problems);

    public static RecordOutcome<T> Failure(RecordProblem problem) => new(default, [problem]);

    public static implicit operator RecordOutcome<T>(T value) => Success(value);

    public static implicit operator RecordOutcome<T>(RecordProblem problem) => Failure(problem);
}
