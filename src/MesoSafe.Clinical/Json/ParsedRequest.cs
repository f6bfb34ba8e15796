namespace MesoSafe.Clinical.Json;

/// <summary>The outcome of reading one request: the validated request, or the problem.
/// <see cref="Id"/> is the request's id whenever it could be read, even from an invalid request.</summary>
public readonly record struct ParsedRequest<T>(T? Request, string? Id, RequestProblem? Problem)
    where T : class
{
    public static ParsedRequest<T> Valid(T request, string? id) => new(request, id, null);

    public static ParsedRequest<T> Invalid(RequestProblem problem, string? id) => new(null, id, problem);
}
