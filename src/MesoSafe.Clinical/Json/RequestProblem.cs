namespace MesoSafe.Clinical.Json;

/// <summary>Why a request could not be evaluated: a stable code, a title and detail for people,
/// and every bad field (empty when the request is not JSON at all).</summary>
public sealed record RequestProblem(string Code, string Title, string Detail, IReadOnlyList<FieldError> Errors)
{
    public static RequestProblem InvalidJson(string detail) =>
        new(RequestErrorCodes.InvalidJson, "The request is not valid JSON.", detail, []);

    public static RequestProblem NotAnObject() =>
        new(RequestErrorCodes.NotAnObject, "The request must be a JSON object.", "The JSON value is not an object.", []);

    public static RequestProblem Invalid(IReadOnlyList<FieldError> errors) =>
        new(
            RequestErrorCodes.InvalidRequest,
            "The request has invalid fields.",
            errors.Count == 1
                ? "1 field is invalid: " + errors[0].Field + "."
                : errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " fields are invalid: "
                    + string.Join(", ", errors.Select(error => error.Field).Distinct(StringComparer.Ordinal)) + ".",
            errors);
}
