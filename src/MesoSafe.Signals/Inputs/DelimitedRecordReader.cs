using System.Buffers;
using System.Runtime.CompilerServices;

namespace MesoSafe.Signals.Inputs;

/// <summary>Streams records from delimited text (RFC 4180 CSV, or FDA's unquoted <c>$</c> files)
/// through one large char buffer. Fields are handed out as spans into that buffer, so a row costs
/// no string allocation; a quoted field with <c>""</c> escapes is unescaped in place.
/// A quote that is never closed spoils one record, not the rest of the file: the record is reported
/// at the line it starts on and reading goes on at the next line (docs/adr/0354-report-rows-accounted.md).</summary>
public sealed class DelimitedRecordReader : IDisposable
{
    private const int InitialBufferChars = 1 << 20;

    /// <summary>A quoted field running over more lines than this many chars is taken as a quote never
    /// closed (the contract's longest text, a narrative, is 100,000 chars); this bounds the buffer.</summary>
    public const int MaxQuotedFieldChars = 1 << 20;

    private readonly Utf8CharSource _text;
    private readonly char _delimiter;
    private readonly bool _quoting;
    private readonly SearchValues<char> _stops;
    private readonly Stream? _stream;
    private readonly InputProgress? _progress;
    private char[] _buffer = new char[InitialBufferChars];
    private int _start;
    private int _end;
    private bool _eof;
    private int[] _fieldStart = new int[16];
    private int[] _fieldLength = new int[16];
    private bool[] _fieldEscaped = new bool[16];
    private long _nextLine = 1;

    // Absolute char offset of _buffer[0], to find a record's encoding flaws.
    private long _base;

    /// <param name="stream">Read as UTF-8 (a byte-order mark is skipped; invalid bytes and NULs make their record malformed).</param>
    /// <param name="delimiter">Field separator: <c>,</c> for CSV, <c>$</c> for FAERS ASCII files.</param>
    /// <param name="quoting">Whether <c>"</c> quotes fields (false for FAERS, whose fields may hold a bare <c>"</c>).</param>
    /// <param name="progress">Updated with the bytes consumed after each buffer fill.</param>
    public DelimitedRecordReader(Stream stream, char delimiter = ',', bool quoting = true, InputProgress? progress = null)
    {
        _stream = stream;
        _text = new Utf8CharSource(stream);
        _delimiter = delimiter;
        _quoting = quoting;
        _progress = progress;
        _stops = quoting ? SearchValues.Create([delimiter, '"', '\n', '\r']) : SearchValues.Create([delimiter, '\n', '\r']);
    }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Physical line (1-based) on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Physical lines the current record covers (more than 1 when a quoted field holds line breaks).</summary>
    public long LineSpan { get; private set; }

    /// <summary>Null when the current record parsed cleanly, otherwise a stable code:
    /// <c>row-unterminated-quote</c>, <c>row-stray-quote</c>, <c>row-invalid-utf8</c> or <c>row-nul-byte</c>.</summary>
    public string? Error { get; private set; }

    /// <summary>Field <paramref name="index"/> of the current record (valid until the next read).</summary>
    public ReadOnlySpan<char> this[int index] => _buffer.AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            if (_start >= _end && !Fill())
            {
                return false;
            }

            // Skip blank lines (a lone CR or LF) without counting them as records.
            char first = _buffer[_start];
            if (first is '\n' or '\r')
            {
                // A CR directly followed by LF is skipped uncounted: the LF counts the line.
                bool crlf = first == '\r' && (_start + 1 < _end || Fill()) && _start + 1 < _end && _buffer[_start + 1] == '\n';
                if (!crlf)
                {
                    _nextLine++;
                }

                _start++;
                continue;
            }

            while (true)
            {
                int consumed = TryParse(_start, _end, _eof);
                if (consumed >= 0)
                {
                    _start = consumed;
                    return true;
                }

                if (!Fill())
                {
                    // Unreachable: at end of input TryParse always completes.
                    return false;
                }
            }
        }
    }

    /// <summary>Parses one record starting at <paramref name="from"/>; returns the position after
    /// its line end, or -1 when the buffer ends before the record does and more input exists.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TryParse(int from, int to, bool atEnd)
    {
        Span<char> buf = _buffer;
        int pos = from;
        int fields = 0;
        long lines = 0;
        string? error = null;
        while (true)
        {
            if (fields == _fieldStart.Length)
            {
                Array.Resize(ref _fieldStart, fields * 2);
                Array.Resize(ref _fieldLength, fields * 2);
                Array.Resize(ref _fieldEscaped, fields * 2);
            }

            if (_quoting && pos < to && buf[pos] == '"')
            {
                // Quoted field: find the closing quote first; "" escapes are undone in Finish,
                // once the whole record is in the buffer, so a re-parse after a refill sees the raw text.
                int read = pos + 1;
                bool closed = false;
                bool escaped = false;
                while (true)
                {
                    int q = buf[read..to].IndexOf('"');
                    if (q < 0)
                    {
                        break;
                    }

                    read += q + 1;
                    if (read < to && buf[read] == '"')
                    {
                        escaped = true;
                        read++;
                        continue;
                    }

                    if (read >= to && !atEnd)
                    {
                        return -1;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    // Unclosed so far: wait for more input, unless the input is over or the field
                    // has already run over line breaks past the bound.
                    if (!atEnd && (to - pos <= MaxQuotedFieldChars || buf[pos..to].IndexOfAny('\n', '\r') < 0))
                    {
                        return -1;
                    }

                    return Unclosed(from, to, atEnd);
                }

                long breaks = CountLineBreaks(buf.Slice(pos + 1, read - pos - 2));
                bool textAfter = read < to && buf[read] != _delimiter && buf[read] != '\n' && buf[read] != '\r';
                if (breaks > 0 && (textAfter || read - pos > MaxQuotedFieldChars))
                {
                    // Closed only on a later line and followed by text: the "closing" quote opened
                    // the next line's field. The quote of this record was never closed.
                    return Unclosed(from, to, atEnd);
                }

                _fieldStart[fields] = pos + 1;
                _fieldLength[fields] = read - pos - 2;
                _fieldEscaped[fields] = escaped;
                lines += breaks;
                fields++;
                pos = read;
                if (textAfter)
                {
                    // Text after a closing quote: keep scanning to the line end, then report.
                    error ??= "row-stray-quote";
                    int stop = buf[pos..to].IndexOfAny('\n', '\r');
                    if (stop < 0)
                    {
                        if (!atEnd)
                        {
                            return -1;
                        }

                        return Finish(from, fields, to, lines, terminated: false, error);
                    }

                    pos += stop;
                }
            }
            else
            {
                int rel = buf[pos..to].IndexOfAny(_stops);
                while (rel >= 0 && buf[pos + rel] == '"')
                {
                    // A quote inside an unquoted field is not RFC 4180.
                    error ??= "row-stray-quote";
                    int next = buf[(pos + rel + 1)..to].IndexOfAny(_stops);
                    rel = next < 0 ? -1 : rel + 1 + next;
                }

                if (rel < 0)
                {
                    if (!atEnd)
                    {
                        return -1;
                    }

                    _fieldStart[fields] = pos;
                    _fieldLength[fields] = to - pos;
                    _fieldEscaped[fields] = false;
                    return Finish(from, fields + 1, to, lines, terminated: false, error);
                }

                _fieldStart[fields] = pos;
                _fieldLength[fields] = rel;
                _fieldEscaped[fields] = false;
                fields++;
                pos += rel;
            }

            if (pos >= to)
            {
                if (!atEnd)
                {
                    return -1;
                }

                return Finish(from, fields, to, lines, terminated: false, error);
            }

            char c = buf[pos];
            if (c == _delimiter)
            {
                pos++;
                if (pos >= to && atEnd)
                {
                    // A trailing delimiter at end of input: one last empty field.
                    _fieldStart[fields] = pos;
                    _fieldLength[fields] = 0;
                    _fieldEscaped[fields] = false;
                    return Finish(from, fields + 1, pos, lines, terminated: false, error);
                }

                continue;
            }

            // Line end: CR, LF or CRLF.
            if (c == '\r')
            {
                if (pos + 1 >= to && !atEnd)
                {
                    return -1;
                }

                pos += pos + 1 < to && buf[pos + 1] == '\n' ? 2 : 1;
            }
            else
            {
                pos++;
            }

            return Finish(from, fields, pos, lines, terminated: true, error);
        }
    }

    /// <summary>The record starting at <paramref name="from"/> holds a quote that is never closed:
    /// it is reported as its first line alone, and reading goes on at the next line.</summary>
    private int Unclosed(int from, int to, bool atEnd)
    {
        int lineEnd = _buffer.AsSpan(from, to - from).IndexOfAny('\n', '\r');
        if (lineEnd < 0)
        {
            // Only at the end of the input: the quote opened on the last line.
            return Finish(from, 0, to, 0, terminated: false, "row-unterminated-quote");
        }

        int next = from + lineEnd + 1;
        if (_buffer[next - 1] == '\r')
        {
            if (next >= to && !atEnd)
            {
                return -1;
            }

            if (next < to && _buffer[next] == '\n')
            {
                next++;
            }
        }

        return Finish(from, 0, next, 0, terminated: true, "row-unterminated-quote");
    }

    /// <param name="lines">Line breaks inside quoted fields.</param>
    /// <param name="terminated">Whether a line end closes the record (false at the end of the input).</param>
    private int Finish(int from, int fields, int next, long lines, bool terminated, string? error)
    {
        if (_text.HasFlaws && _text.TakeFlaw(_base + from, _base + next) is { } flaw)
        {
            error ??= flaw;
        }

        for (int f = 0; f < fields; f++)
        {
            if (_fieldEscaped[f])
            {
                _fieldLength[f] = Unescape(_buffer.AsSpan(_fieldStart[f], _fieldLength[f]));
            }
        }

        FieldCount = fields;
        Error = error;
        LineNumber = _nextLine;
        LineSpan = lines + 1;
        _nextLine += terminated ? lines + 1 : lines;
        return next;
    }

    /// <summary>Turns each <c>""</c> into <c>"</c> in place; returns the new length.</summary>
    private static int Unescape(Span<char> field)
    {
        int write = 0;
        for (int read = 0; read < field.Length; read++)
        {
            field[write++] = field[read];
            if (field[read] == '"')
            {
                read++;
            }
        }

        return write;
    }

    private static long CountLineBreaks(ReadOnlySpan<char> text)
    {
        // Counts LFs, plus CRs not followed by LF, so CRLF counts once.
        long n = text.Count('\n');
        int i = text.IndexOf('\r');
        while (i >= 0)
        {
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                n++;
            }

            int next = text[(i + 1)..].IndexOf('\r');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return n;
    }

    /// <summary>Moves the unread tail to the front (growing the buffer when one record fills it)
    /// and reads more; false when nothing is left.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return _start < _end;
        }

        int tail = _end - _start;
        _base += _start;
        if (tail > 0 && _start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, tail);
        }
        else if (tail == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = tail;
        if (_buffer.Length - _end < 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _text.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        if (_progress is not null && _stream is { CanSeek: true })
        {
            _progress.Report(_stream.Position);
        }

        return _end > _start || !_eof;
    }

    public void Dispose() => _stream?.Dispose();
}
