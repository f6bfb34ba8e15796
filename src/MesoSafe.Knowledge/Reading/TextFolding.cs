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

    // Latin letters with diacritics and their plain forms (the build runs with invariant
    // globalization, where string.Normalize does not decompose): generated from Unicode's
    // canonical decompositions of U+00C0-U+024F and U+1E00-U+1EFF, plus ı İ ß ø æ œ đ ł.
    private static readonly Dictionary<char, string> LatinFolds = BuildLatinFolds(
        "ÀàÁáÂâÃãÄäÅåÇçÈèÉéÊêËëÌìÍíÎîÏïÑñÒòÓóÔôÕõÖöÙùÚúÛûÜüÝýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹıßøØæÆœŒđĐłŁ",
        "a|a|a|a|a|a|a|a|a|a|a|a|c|c|e|e|e|e|e|e|e|e|i|i|i|i|i|i|i|i|n|n|o|o|o|o|o|o|o|o|o|o|u|u|u|u|u|u|u|u|y|y|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|i|i|i|i|i|i|i|i|i|j|j|k|k|l|l|l|l|l|l|n|n|n|n|n|n|o|o|o|o|o|o|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|o|o|u|u|a|a|i|i|o|o|u|u|u|u|u|u|u|u|u|u|a|a|a|a|g|g|k|k|o|o|o|o|j|g|g|n|n|a|a|a|a|a|a|e|e|e|e|i|i|i|i|o|o|o|o|r|r|r|r|u|u|u|u|s|s|t|t|h|h|a|a|e|e|o|o|o|o|o|o|o|o|y|y|a|a|b|b|b|b|b|b|c|c|d|d|d|d|d|d|d|d|d|d|e|e|e|e|e|e|e|e|e|e|f|f|g|g|h|h|h|h|h|h|h|h|h|h|i|i|i|i|k|k|k|k|k|k|l|l|l|l|l|l|l|l|m|m|m|m|m|m|n|n|n|n|n|n|n|n|o|o|o|o|o|o|o|o|p|p|p|p|r|r|r|r|r|r|r|r|s|s|s|s|s|s|s|s|s|s|t|t|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|v|v|v|v|w|w|w|w|w|w|w|w|w|w|x|x|x|x|y|y|z|z|z|z|z|z|h|t|w|y|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|i|i|i|i|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|u|u|u|u|u|u|u|u|u|u|u|u|u|u|y|y|y|y|y|y|y|y|i|ss|o|o|ae|ae|oe|oe|d|d|l|l");
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
                case '\u2019' or '\u2018' or '\'' or '`' or '\u00B4': continue;
            }

            if (c < 128)
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (LatinFolds.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(char.ToLowerInvariant(c));
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

    private static Dictionary<char, string> BuildLatinFolds(string letters, string plain)
    {
        var forms = plain.Split('|');
        var folds = new Dictionary<char, string>(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            folds[letters[i]] = forms[i];
        }

        return folds;
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
        AddStem(variants, buffer, suffixless, folded.Length);
        buffer = folded.ToCharArray();
        var prefixless = ArabicStemmer.StemPrefix(buffer, buffer.Length);
        var withoutPrefix = new string(buffer, 0, prefixless);
        Add(variants, withoutPrefix);
        buffer = withoutPrefix.ToCharArray();
        var stem = ArabicStemmer.StemSuffix(buffer, buffer.Length);
        AddStem(variants, buffer, stem, withoutPrefix.Length);
        return variants.ToArray();
    }

    /// <summary>A suffix-stripped stem; a teh-marbuta noun writes its ة as ت before a suffix
    /// ("كدمتي", my bruise, is "كدمة" + "ي"), so a stem ending in ت is also looked up with ه (ة folded).</summary>
    private static void AddStem(List<string> variants, char[] buffer, int length, int before)
    {
        Add(variants, new string(buffer, 0, length));
        if (length < before && length >= 3 && buffer[length - 1] == '\u062A')
        {
            Add(variants, string.Concat(buffer.AsSpan(0, length - 1), "\u0647"));
        }
    }

    private static void Add(List<string> variants, string variant)
    {
        if (variant.Length >= 2 && !variants.Contains(variant))
        {
            variants.Add(variant);
        }
    }
}
