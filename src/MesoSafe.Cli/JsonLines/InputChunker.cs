using System.Buffers;
using System.Runtime.CompilerServices;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Cuts a UTF-8 stream into chunks of whole lines without ever holding more than one
/// chunk (plus one over-long line up to the limit) in memory, numbering physical lines from 1.</summary>
internal sealed class InputChunker(Stream input, int chunkBytes, int maxLineBytes)
{
    public async IAsyncEnumerable<InputChunk> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
        var filled = 0;
        var nextLine = 1L;
        var skipping = false;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // No newline in a full buffer: one line longer than the buffer.
                    if (filled >= maxLineBytes + 2)
                    {
                        yield return new InputChunk(null, 0, nextLine, isTooLong: true);
                        filled = 0;
                        skipping = true;
                    }
                    else
                    {
                        buffer = Grow(buffer, filled, Math.Min(buffer.Length * 2, maxLineBytes + 2));
                    }
                }

                var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                var start = filled;
                filled += read;
                if (skipping)
                {
                    var end = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n');
                    if (end < 0)
                    {
                        filled = 0;
                        continue;
                    }

                    // The skipped line ends here; keep what follows it.
                    skipping = false;
                    nextLine++;
                    var rest = filled - (start + end + 1);
                    buffer.AsSpan(start + end + 1, rest).CopyTo(buffer);
                    filled = rest;
                    start = 0;
                }

                var lastNewline = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n');
                if (lastNewline < 0)
                {
                    continue;
                }

                var chunkLength = lastNewline + 1;
                var remainder = filled - chunkLength;
                var next = ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes, remainder * 2));
                buffer.AsSpan(chunkLength, remainder).CopyTo(next);
                var chunk = new InputChunk(buffer, chunkLength, nextLine, isTooLong: false);
                nextLine += buffer.AsSpan(0, chunkLength).Count((byte)'\n');
                buffer = next;
                filled = remainder;
                yield return chunk;
            }

            if (skipping)
            {
                yield break;
            }

            if (filled > 0)
            {
                // The last line has no final newline.
                var chunk = new InputChunk(buffer, filled, nextLine, isTooLong: false);
                buffer = null;
                yield return chunk;
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static byte[] Grow(byte[] buffer, int filled, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
