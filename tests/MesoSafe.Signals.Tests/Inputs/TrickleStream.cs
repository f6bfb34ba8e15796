namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>A read-only stream that hands out at most a few bytes a read, as a pipe may, so that
/// multi-byte characters and invalid sequences fall across every read boundary.</summary>
internal sealed class TrickleStream(byte[] bytes, int most) : Stream
{
    private int _position;
    private int _turn;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // 1, 2, ... most bytes in turn.
        int n = Math.Min(Math.Min(buffer.Length, (_turn++ % most) + 1), bytes.Length - _position);
        bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
