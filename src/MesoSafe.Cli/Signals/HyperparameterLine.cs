using System.Text;
using System.Text.Json;
using MesoSafe.Signals;

namespace MesoSafe.Cli.Signals;

/// <summary>The contract's one JSON line on standard error with the fitted prior
/// (<c>alpha1, beta1, alpha2, beta2, p, logLikelihood</c>, then how the fit went; <c>loneOptimumLogLikelihood</c>
/// is a better optimum a single start reached, not used under the consistent rule, or null).</summary>
internal static class HyperparameterLine
{
    public static string Format(SignalAnalysisResult analysis)
    {
        var prior = analysis.Prior;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Number(json, "alpha1", prior.Alpha1);
            Number(json, "beta1", prior.Beta1);
            Number(json, "alpha2", prior.Alpha2);
            Number(json, "beta2", prior.Beta2);
            Number(json, "p", prior.P);
            Number(json, "logLikelihood", prior.LogLikelihood);
            json.WriteBoolean("converged", analysis.FitMessage is null && prior.Converged);
            json.WriteBoolean("fixed", prior.Fixed);
            json.WriteBoolean("atBoundary", prior.AtBoundary);
            json.WriteNumber("startsTried", prior.StartsTried);
            json.WriteNumber("startsConverged", prior.StartsConverged);
            json.WriteNumber("startsAgreed", prior.StartsAgreed);
            json.WriteString("priorSelection", prior.Fixed ? "fixed" : prior.Selection == PriorSelection.Best ? "best" : "consistent");
            Number(json, "loneOptimumLogLikelihood", prior.LoneOptimumLogLikelihood ?? double.NaN);
            json.WriteNumber("cells", prior.Cells);
            json.WriteNumber("totalReports", analysis.TotalReports);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
