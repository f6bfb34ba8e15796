using System.Buffers;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Whole input lines (each ending in '\n', except perhaps the last line of the input),
/// or, when <see cref="IsTooLong"/>, one line that was skipped because it broke the size limit.
/// The buffer is rented; <see cref="Release"/> returns it.</summary>
internal sealed class InputChunk(byte[]? buffer, int length, long firstLine, bool isTooLong)
{
    public long FirstLine { get; } = firstLine;

    public bool IsTooLong { get; } = isTooLong;

    public ReadOnlyMemory<byte> Bytes => buffer is null ? ReadOnlyMemory<byte>.Empty : buffer.AsMemory(0, length);

    public void Release()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
