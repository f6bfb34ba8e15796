using MesoSafe.Clinical.Json;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Tuning of <see cref="JsonLinesBatch"/>; the defaults suit a 2-core machine.</summary>
internal sealed record JsonLinesBatchOptions
{
    /// <summary>Bytes of whole lines handed to one worker at a time.</summary>
    public int ChunkBytes { get; init; } = 256 * 1024;

    /// <summary>Chunks read ahead of the writer; bounds memory. 1 evaluates on the reading thread.</summary>
    public int ChunksInFlight { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>A longer line is answered with a line-too-long error and skipped unread.</summary>
    public int MaxLineBytes { get; init; } = RequestLimits.MaxRequestBytes;
}
