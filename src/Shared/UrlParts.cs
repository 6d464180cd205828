namespace WebRtcStatsExporter.Shared
{
    /// <summary>A tiny, strict parser for http(s) URLs and origins (no System.Uri in the JS subset).</summary>
    public sealed class UrlParts
    {
        public string Scheme = "";
        /// <summary>Lower-case host, no trailing dot; IPv6 literals keep their brackets.</summary>
        public string Host = "";
        /// <summary>Port digits, or "" for the scheme's default.</summary>
        public string Port = "";
        /// <summary>Path starting with "/" (query and fragment removed).</summary>
        public string Path = "/";

        /// <summary><c>scheme://host[:port]</c>, lower case, default ports dropped.</summary>
        public string Origin => Port.Length == 0 ? Scheme + "://" + Host : Scheme + "://" + Host + ":" + Port;

        /// <summary>Parses an absolute http/https URL; null when it is not one, has credentials, or has
        /// no host.</summary>
        public static UrlParts? Parse(string? url)
        {
            if (url == null) return null;
            string s = url.Trim();
            int colon = s.IndexOf("://");
            if (colon <= 0) return null;
            string scheme = s.Substring(0, colon).ToLowerInvariant();
            if (scheme != "http" && scheme != "https") return null;
            string rest = s.Substring(colon + 3);
            int end = rest.Length;
            for (int i = 0; i < rest.Length; i++)
            {
                char c = rest[i];
                if (c == '/' || c == '?' || c == '#') { end = i; break; }
            }
            string authority = rest.Substring(0, end);
            string tail = rest.Substring(end);
            if (authority.IndexOf('@') >= 0) return null;
            string host;
            string port = "";
            if (authority.StartsWith("["))
            {
                int close = authority.IndexOf(']');
                if (close < 0) return null;
                host = authority.Substring(0, close + 1);
                string after = authority.Substring(close + 1);
                if (after.Length > 0)
                {
                    if (!after.StartsWith(":")) return null;
                    port = after.Substring(1);
                }
            }
            else
            {
                int pc = authority.LastIndexOf(':');
                if (pc >= 0) { host = authority.Substring(0, pc); port = authority.Substring(pc + 1); }
                else host = authority;
            }
            host = host.ToLowerInvariant();
            if (host.EndsWith(".")) host = host.Substring(0, host.Length - 1);
            if (host.Length == 0 || !IsHostText(host)) return null;
            if (port.Length > 0)
            {
                if (port.Length > 5) return null;
                // Digits read here rather than by int.Parse: the page bundles then carry no parser and
                // no exception classes for a failure that cannot happen (at most five digits).
                int n = 0;
                for (int i = 0; i < port.Length; i++)
                {
                    if (port[i] < '0' || port[i] > '9') return null;
                    n = n * 10 + (port[i] - '0');
                }
                if (n < 1 || n > 65535) return null;
                port = n.ToString();
                if ((scheme == "http" && n == 80) || (scheme == "https" && n == 443)) port = "";
            }
            string path = tail;
            int q = path.IndexOf('?');
            if (q >= 0) path = path.Substring(0, q);
            int h = path.IndexOf('#');
            if (h >= 0) path = path.Substring(0, h);
            if (path.Length == 0) path = "/";
            return new UrlParts { Scheme = scheme, Host = host, Port = port, Path = path };
        }

        private static bool IsHostText(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                          || c == '[' || c == ']' || c == ':' || c == '_';
                if (!ok) return false;
            }
            return !host.StartsWith(".") && host.IndexOf("..") < 0;
        }

        /// <summary>Normalises a user-typed origin <c>scheme://host[:port]</c>; null if it has a path,
        /// query, fragment or is not http(s).</summary>
        public static string? NormalizeOrigin(string? text)
        {
            if (text == null) return null;
            string t = text.Trim();
            if (t.EndsWith("/")) t = t.Substring(0, t.Length - 1);
            UrlParts? p = Parse(t);
            if (p == null) return null;
            int colon = t.IndexOf("://");
            string afterScheme = t.Substring(colon + 3);
            if (afterScheme.IndexOf('/') >= 0 || afterScheme.IndexOf('?') >= 0 || afterScheme.IndexOf('#') >= 0) return null;
            return p.Origin;
        }
    }
}
