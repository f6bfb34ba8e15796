using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;

namespace MesoSafe.Knowledge.Reading;

/// <summary>Folds a word so the ways people type it meet: lower case; Latin and Turkish
/// diacritics dropped (ş s, ı i, İ i, ğ g, ö o, ü u, ç c, é e); Arabic harakat and tatweel dropped,
/// alef, yeh and teh-marbuta variants unified (Lucene.Net's <see cref="ArabicNormalizer"/>, plus
/// hamza seats), Arabic-Indic digits as ASCII. Arabic words also get light-stemmed variants
/// (Lucene.Net's <see cref="ArabicStemmer"/>: prefixes ال و ب ف ل, suffixes ي ه ها ات ...).</summary>
internal static class TextFolding
{
    private static readonly ArabicNormalizer ArabicNormaliser = new();
    private static readonly ArabicStemmer ArabicStemmer = new();

    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>A character that belongs inside a word (letters, digits, combining marks).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The folded form of one word (no spaces inside).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        // Plain ASCII letters and digits, the usual case: lower case only.
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 128 || !char.IsAsciiLetterOrDigit(c))
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return string.Create(word.Length, word, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = char.ToLowerInvariant(source[i]);
                }
            });
        }

        var builder = new StringBuilder(word.Length);
        var arabic = false;
        foreach (var raw in word)
        {
            var c = raw;
            if (c is >= '\u0660' and <= '\u0669')
            {
                builder.Append((char)('0' + (c - '\u0660')));
                continue;
            }

            if (c is >= '\u06F0' and <= '\u06F9')
            {
                builder.Append((char)('0' + (c - '\u06F0')));
                continue;
            }

            if (IsArabic(c))
            {
                arabic = true;
                switch (c)
                {
                    case '\u0624': builder.Append('\u0648'); continue; // ؤ -> و
                    case '\u0626': builder.Append('\u064A'); continue; // ئ -> ي
                    case '\u06CC': builder.Append('\u064A'); continue; // Persian yeh
                    case '\u06A9': builder.Append('\u0643'); continue; // Persian kaf
                    case '\u0671': builder.Append('\u0627'); continue; // alef wasla
                    default: builder.Append(c); continue;
                }
            }

            switch (c)
            {
                case '\u0130' or '\u0131' or 'I': builder.Append('i'); continue;
                case '\u00DF': builder.Append("ss"); continue;
                case '\u00F8' or '\u00D8': builder.Append('o'); continue;
                case '\u00E6' or '\u00C6': builder.Append("ae"); continue;
                case '\u0153' or '\u0152': builder.Append("oe"); continue;
                case '\u2019' or '\u2018' or '\'' or '`' or '\u00B4': continue;
            }

            if (c < 128)
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var part in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                {
                    builder.Append(char.ToLowerInvariant(part));
                }
            }
        }

        if (!arabic)
        {
            return builder.ToString();
        }

        var chars = builder.ToString().ToCharArray();
        var length = ArabicNormaliser.Normalize(chars, chars.Length);
        return new string(chars, 0, length);
    }

    /// <summary>The keys a folded word is looked up by: itself, and for an Arabic word also without
    /// its suffix, without its prefix, and both (each distinct, longest reading first).</summary>
    public static string[] Variants(string folded)
    {
        if (folded.Length < 3 || !IsArabic(folded[0]))
        {
            return [folded];
        }


        var variants = new List<string>(4) { folded };
        var buffer = folded.ToCharArray();
        var suffixless = ArabicStemmer.StemSuffix(buffer, buffer.Length);
        Add(variants, new string(buffer, 0, suffixless));
        buffer = folded.ToCharArray();
        var prefixless = ArabicStemmer.StemPrefix(buffer, buffer.Length);
        var withoutPrefix = new string(buffer, 0, prefixless);
        Add(variants, withoutPrefix);
        buffer = withoutPrefix.ToCharArray();
        var stem = ArabicStemmer.StemSuffix(buffer, buffer.Length);
        Add(variants, new string(buffer, 0, stem));
        return variants.ToArray();
    }

    private static void Add(List<string> variants, string variant)
    {
        if (variant.Length >= 2 && !variants.Contains(variant))
        {
            variants.Add(variant);
        }
    }
}
