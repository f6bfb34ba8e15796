namespace MesoSafe.Signals.Tests.TestData;

/// <summary>A file's bytes split at its line ends, so a test can make a broken copy with chosen
/// lines replaced (the shared data stays untouched; the copy lives in memory).</summary>
public sealed class LineEditedFile
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public LineEditedFile(string path)
    {
        _bytes = File.ReadAllBytes(path);
        for (int i = 0; i < _bytes.Length; i++)
        {
            if (_bytes[i] == (byte)'\n' && i + 1 < _bytes.Length)
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Physical lines, the header included.</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>Line <paramref name="line"/> (1-based) without its line end.</summary>
    public byte[] Line(int line)
    {
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] - 1 : _bytes.Length;
        if (end > start && _bytes[end - 1] == (byte)'\n')
        {
            end--;
        }

        return _bytes[start..end];
    }

    /// <summary>A copy with each given line's content (not its line end) replaced.</summary>
    public byte[] With(IReadOnlyDictionary<int, byte[]> replacements)
    {
        using var copy = new MemoryStream(_bytes.Length + 64);
        int from = 0;
        foreach (var (line, content) in replacements.OrderBy(r => r.Key))
        {
            int start = _lineStarts[line - 1];
            int length = Line(line).Length;
            copy.Write(_bytes, from, start - from);
            copy.Write(content);
            from = start + length;
        }

        copy.Write(_bytes, from, _bytes.Length - from);
        return copy.ToArray();
    }
}
