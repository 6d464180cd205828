using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>UTF-8, base64 (standard and URL-safe) and percent-encoding written out by hand, so they
    /// behave the same natively and in JavaScript.</summary>
    public static class TextEncoding
    {
        public static List<int> Utf8(string s)
        {
            var bytes = new List<int>();
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
                {
                    c = 0x10000 + ((c - 0xD800) * 0x400) + (s[i + 1] - 0xDC00);
                    i++;
                }
                else if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD; // lone surrogate
                // shifts and masks, not / and % (c ≥ 0): JavaScript has no integer division, and the
                // compiled bundle would carry a checked helper and two exception classes for it
                if (c < 0x80) bytes.Add(c);
                else if (c < 0x800) { bytes.Add(0xC0 | c >> 6); bytes.Add(0x80 | c & 63); }
                else if (c < 0x10000) { bytes.Add(0xE0 | c >> 12); bytes.Add(0x80 | (c >> 6) & 63); bytes.Add(0x80 | c & 63); }
                else { bytes.Add(0xF0 | c >> 18); bytes.Add(0x80 | (c >> 12) & 63); bytes.Add(0x80 | (c >> 6) & 63); bytes.Add(0x80 | c & 63); }
            }
            return bytes;
        }

        private const string Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const string Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        /// <summary>Base64 of the UTF-8 bytes, with '=' padding; <paramref name="urlSafe"/> selects
        /// RFC 4648 §5 ('-' and '_').</summary>
        public static string Base64(string s, bool urlSafe)
        {
            string alphabet = urlSafe ? Url : Std;
            List<int> b = Utf8(s);
            string text = "";
            // three bytes → four characters; a last group of one or two bytes → two or three, then '='
            for (int i = 0; i < b.Count; i += 3)
            {
                int n = b[i] * 65536 + (i + 1 < b.Count ? b[i + 1] * 256 : 0) + (i + 2 < b.Count ? b[i + 2] : 0);
                int chars = b.Count - i > 2 ? 4 : b.Count - i + 1;
                for (int k = 0; k < 4; k++) text += k < chars ? alphabet[(n >> (18 - 6 * k)) & 63].ToString() : "=";
            }
            return text;
        }

        private const string Hex = "0123456789ABCDEF";

        /// <summary>Percent-encodes everything except RFC 3986 unreserved characters.</summary>
        public static string PercentEncode(string s)
        {
            string text = "";
            foreach (int b in Utf8(s))
            {
                bool keep = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~';
                if (keep) text += ((char)b).ToString();
                else text += "%" + Hex[b >> 4].ToString() + Hex[b & 15].ToString();
            }
            return text;
        }
    }
}
