using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The host access the settings need: the endpoint's origin (to push) and every extra
    /// origin (to capture), and the content scripts the worker registers for the extra origins.</summary>
    public static class HostPermissions
    {
        public const string MainScriptId = "wse-extra-main";
        public const string IsolatedScriptId = "wse-extra-isolated";

        /// <summary>The host-permission pattern for an origin: <c>https://host:port/*</c>.</summary>
        public static string Pattern(string origin) => origin + "/*";

        /// <summary>The endpoint's origin and every valid extra origin, normalised, each once.</summary>
        public static List<string> Needed(Settings s) => Needed(s.url, s.extraOrigins);

        /// <summary>The same for an endpoint URL and extra origins as typed (the options form's).</summary>
        public static List<string> Needed(string url, string[] extraOrigins)
        {
            var needed = new List<string>();
            UrlParts? u = UrlParts.Parse(url);
            if (u != null) needed.Add(u.Origin);
            foreach (string extra in extraOrigins)
            {
                string? o = UrlParts.NormalizeOrigin(extra);
                if (o != null && !needed.Contains(o)) needed.Add(o);
            }
            return needed;
        }

        /// <summary>The match patterns of the extra origins' content scripts (valid origins, each once,
        /// in the stored order).</summary>
        public static string[] ScriptMatches(string[] extraOrigins)
        {
            var matches = new List<string>();
            foreach (string extra in extraOrigins)
            {
                string? o = UrlParts.NormalizeOrigin(extra);
                if (o != null && !matches.Contains(Pattern(o))) matches.Add(Pattern(o));
            }
            return matches.ToArray();
        }

        public static bool SameMatches(string[]? a, string[] b)
        {
            if (a == null || a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }
    }
}
