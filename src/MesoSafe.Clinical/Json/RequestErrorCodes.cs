namespace MesoSafe.Clinical.Json;

/// <summary>The stable error codes of the JSON contract. Never rename one; add freely.</summary>
public static class RequestErrorCodes
{
    // Whole-request codes.
    public const string InvalidJson = "invalid-json";
    public const string NotAnObject = "not-an-object";
    public const string InvalidRequest = "invalid-request";
    public const string BlankLine = "blank-line";
    public const string LineTooLong = "line-too-long";
    public const string EvaluationFailed = "evaluation-failed";

    // Field codes.
    public const string Required = "required";
    public const string InvalidType = "invalid-type";
    public const string InvalidDate = "invalid-date";
    public const string UnknownValue = "unknown-value";
    public const string OutOfRange = "out-of-range";
    public const string TooLong = "too-long";
    public const string TooManyEntries = "too-many-entries";
    public const string NullEntry = "null-entry";
    public const string EmptyValue = "empty-value";
    public const string DateOrder = "date-order";
    public const string InvalidText = "invalid-text";
}
