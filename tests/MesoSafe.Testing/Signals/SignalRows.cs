using MesoSafe.Signals;

namespace MesoSafe.Testing.Signals;

/// <summary>Hand-made rows for writer and criteria tests.</summary>
public static class SignalRows
{
    public static SignalRow Make(
        string product = "A", string @event = "X", long n = 3, double e = 1, double prr = 1, double prrChiSquare = 0,
        double prrLower95 = 0.5, double ror = 1, double ebgm = 1, double eb05 = 0.5, double eb95 = 2,
        IReadOnlyList<string>? ids = null) => new()
        {
            Product = product,
            Event = @event,
            N = n,
            ProductReports = 10,
            EventReports = 10,
            TotalReports = 100,
            E = e,
            RR = n / e,
            PRR = prr,
            PrrChiSquare = prrChiSquare,
            PrrLower95 = prrLower95,
            PrrUpper95 = prr * 2,
            ROR = ror,
            Ror025 = ror / 2,
            Ror975 = ror * 2,
            IC = 0.25,
            IC025 = -1.5,
            EBGM = ebgm,
            EB05 = eb05,
            EB95 = eb95,
            ReportIds = ids,
        };
}
