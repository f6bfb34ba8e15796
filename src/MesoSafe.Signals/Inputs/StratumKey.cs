namespace MesoSafe.Signals.Inputs;

/// <summary>Joins several stratum columns into one key without allocating (one column: the
/// field itself). The unit separator cannot appear in ordinary text, so keys never collide.</summary>
internal sealed class StratumKey
{
    private const char Separator = '\u001F';
    private readonly int[] _columns;
    private char[] _scratch = new char[256];

    public StratumKey(int[] columns) => _columns = columns;

    public ReadOnlySpan<char> Build(DelimitedRecordReader record)
    {
        if (_columns.Length == 0)
        {
            return [];
        }

        if (_columns.Length == 1)
        {
            return record[_columns[0]];
        }

        int length = 0;
        for (int i = 0; i < _columns.Length; i++)
        {
            ReadOnlySpan<char> value = record[_columns[i]];
            if (length + value.Length + 1 > _scratch.Length)
            {
                Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, length + value.Length + 1));
            }

            if (i > 0)
            {
                _scratch[length++] = Separator;
            }

            value.CopyTo(_scratch.AsSpan(length));
            length += value.Length;
        }

        return _scratch.AsSpan(0, length);
    }
}
