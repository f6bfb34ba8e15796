namespace MesoSafe.Signals.Inputs;

/// <summary>The input as a whole cannot be read (missing file, missing column, no header).
/// <see cref="Code"/> is a stable kebab-case code; the message names the file or column.</summary>
public sealed class ReportInputException : Exception
{
    public ReportInputException(string code, string message)
        : base(message) => Code = code;

    public ReportInputException(string code, string message, Exception inner)
        : base(message, inner) => Code = code;

    public ReportInputException()
        : this("input-unreadable", "the input cannot be read")
    {
    }

    public ReportInputException(string message)
        : this("input-unreadable", message)
    {
    }

    public ReportInputException(string message, Exception innerException)
        : this("input-unreadable", message, innerException)
    {
    }

    public string Code { get; } = "input-unreadable";

    /// <summary>For <c>input-missing-column</c>: the column asked for, so a caller can name the option that asked.</summary>
    public string? Column { get; init; }
}
