using System.Text;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>UTF-8 and base64 (standard and URL-safe) by the BCL (the compiler maps them to the
    /// browser's TextEncoder and a small encoder), and percent-encoding written out by hand.</summary>
    public static class TextEncoding
    {
        /// <summary>The UTF-8 bytes (a lone surrogate becomes U+FFFD, as in .NET and the browser's
        /// TextEncoder, which the compiled bundle uses).</summary>
        public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        /// <summary>Base64 of the UTF-8 bytes, with '=' padding; <paramref name="urlSafe"/> selects
        /// RFC 4648 §5 ('-' and '_').</summary>
        public static string Base64(string s, bool urlSafe)
        {
            string b = System.Convert.ToBase64String(Utf8(s));
            return urlSafe ? b.Replace('+', '-').Replace('/', '_') : b;
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
