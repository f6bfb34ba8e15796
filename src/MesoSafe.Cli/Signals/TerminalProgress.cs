using System.Diagnostics;
using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Cli.Signals;

/// <summary>A one-line progress bar on standard error, drawn only when standard error is a
/// terminal and only once the run has taken more than a second (quick runs stay silent).</summary>
internal sealed class TerminalProgress : IProgress<SignalProgress>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private InputProgress? _input;
    private string _stage = "reading";
    private double _fraction;
    private bool _drawn;

    private TerminalProgress(bool enabled)
    {
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(250));
        }
    }

    public static TerminalProgress Start() => new(!Console.IsErrorRedirected);

    public void Reading(InputProgress input)
    {
        lock (_gate)
        {
            _input = input;
            _stage = "reading";
        }
    }

    public void Stage(string stage)
    {
        lock (_gate)
        {
            _input = null;
            _stage = stage;
            _fraction = 0;
        }
    }

    public void Report(SignalProgress value) =>
        Stage(value.Stage, value.Total > 0 ? (double)value.Done / value.Total : 0);

    private void Stage(string stage, double fraction)
    {
        lock (_gate)
        {
            _input = null;
            _stage = stage;
            _fraction = fraction;
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_clock.Elapsed < Delay)
            {
                return;
            }

            double fraction = _input is { TotalBytes: > 0 } input
                ? Math.Clamp((double)input.DoneBytes / input.TotalBytes, 0, 1)
                : _fraction;
            int filled = (int)(fraction * Width);
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {_stage,-18} {_clock.Elapsed:mm\\:ss}");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_drawn)
            {
                Console.Error.Write("\r" + new string(' ', Width + 40) + "\r");
            }
        }
    }
}
