namespace MesoSafe.Web.Features.Problems;

/// <summary>One bad field of a problem answer: its path ("plan.depthMm", "products[0].lotId"), a
/// stable code and a message for people.</summary>
internal sealed record ProblemEntry(string Field, string Code, string Message);
