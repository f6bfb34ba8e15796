using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MesoSafe.Signals.Inputs;

/// <summary>Decodes a UTF-8 stream into chars as a StreamReader would (a byte-order mark is
/// skipped, each invalid sequence becomes U+FFFD), but remembers where every invalid sequence and
/// every NUL landed, as absolute char offsets, so the record holding one can be reported instead of
/// read as if it were text. A StreamReader's replacement would hide them.</summary>
internal sealed class Utf8CharSource
{
    private readonly Stream _stream;
    private readonly byte[] _bytes = new byte[1 << 16];
    private readonly Queue<(long Offset, bool Nul)> _flaws = new();
    private int _byteStart;
    private int _byteEnd;
    private bool _streamDone;
    private bool _started;
    private long _charsOut;

    public Utf8CharSource(Stream stream) => _stream = stream;

    /// <summary>Fills <paramref name="destination"/> (at least 2 chars, so a surrogate pair fits)
    /// as far as the input allows; 0 only at the end of the input.</summary>
    public int Read(Span<char> destination)
    {
        int written = 0;
        while (true)
        {
            if (_byteStart == _byteEnd && !_streamDone)
            {
                Refill();
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), destination[written..],
                out int bytesRead, out int charsWritten, replaceInvalidSequences: false, isFinalBlock: _streamDone);
            if (_bytes.AsSpan(_byteStart, bytesRead).Contains((byte)0))
            {
                // Rare: only then are the decoded chars searched (bytes are half as many to scan).
                NoteNuls(destination.Slice(written, charsWritten), _charsOut + written);
            }

            _byteStart += bytesRead;
            written += charsWritten;
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    return Done(written);
                case OperationStatus.InvalidData:
                    if (written == destination.Length)
                    {
                        return Done(written);
                    }

                    // The maximal invalid subpart (Unicode 3.9) becomes one U+FFFD, as StreamReader does.
                    Rune.DecodeFromUtf8(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), out _, out int invalid);
                    _flaws.Enqueue((_charsOut + written, false));
                    destination[written++] = '\uFFFD';
                    _byteStart += Math.Max(1, invalid);
                    break;
                default:
                    // Done or NeedMoreData: every whole sequence is decoded; read on unless the input is over.
                    if (_streamDone && _byteStart == _byteEnd)
                    {
                        return Done(written);
                    }

                    if (_streamDone || destination.Length - written < 2)
                    {
                        return Done(written);
                    }

                    Refill();
                    break;
            }
        }
    }

    /// <summary>The kind of the first flaw in absolute char offsets [<paramref name="from"/>,
    /// <paramref name="to"/>) as a stable code, or null; flaws before <paramref name="to"/> are
    /// forgotten (records are consumed in order).</summary>
    public string? TakeFlaw(long from, long to)
    {
        string? code = null;
        while (_flaws.TryPeek(out var flaw) && flaw.Offset < to)
        {
            if (code is null && flaw.Offset >= from)
            {
                code = flaw.Nul ? "row-nul-byte" : "row-invalid-utf8";
            }

            _flaws.Dequeue();
        }

        return code;
    }

    /// <summary>True when some flaw has not been taken yet (the common case, false, costs one compare).</summary>
    public bool HasFlaws => _flaws.Count > 0;

    private int Done(int written)
    {
        _charsOut += written;
        return written;
    }

    private void NoteNuls(ReadOnlySpan<char> chars, long offset)
    {
        int at = chars.IndexOf('\0');
        while (at >= 0)
        {
            _flaws.Enqueue((offset + at, true));
            int next = chars[(at + 1)..].IndexOf('\0');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Keeps the unread tail (an incomplete sequence, at most 3 bytes) and reads more.</summary>
    private void Refill()
    {
        int tail = _byteEnd - _byteStart;
        _bytes.AsSpan(_byteStart, tail).CopyTo(_bytes);
        _byteStart = 0;
        _byteEnd = tail;
        int read = _stream.ReadAtLeast(_bytes.AsSpan(tail), _started ? 1 : 3, throwOnEndOfStream: false);
        _byteEnd += read;
        if (read == 0)
        {
            _streamDone = true;
        }

        if (!_started)
        {
            _started = true;
            if (_bytes.AsSpan(0, _byteEnd).StartsWith(Encoding.UTF8.Preamble))
            {
                _byteStart = Encoding.UTF8.Preamble.Length;
            }
        }
    }
}
