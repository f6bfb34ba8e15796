namespace MesoSafe.Signals.Inputs;

/// <summary>How far a reader is through its input, in bytes; written by the reader's thread and
/// read by a progress display on another.</summary>
public sealed class InputProgress
{
    private long _done;

    public InputProgress(long totalBytes) => TotalBytes = totalBytes;

    /// <summary>Size of the input in bytes (0 when unknown, e.g. standard input).</summary>
    public long TotalBytes { get; set; }

    public long DoneBytes => Volatile.Read(ref _done);

    /// <summary>Records the bytes consumed so far (several files add their sizes through <see cref="Advance"/>).</summary>
    public void Report(long bytes) => Volatile.Write(ref _done, _base + bytes);

    /// <summary>Called between files: everything reported so far becomes the base for the next file.</summary>
    public void Advance() => _base = Volatile.Read(ref _done);

    private long _base;
}
