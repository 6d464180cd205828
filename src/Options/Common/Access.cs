using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Ui
{
    /// <summary>Host permissions as the pages see them: what is missing, and the one request (in a
    /// user gesture) that grants it. The worker registers the extra origins' content scripts.</summary>
    public static class Access
    {
        /// <summary>Asks for access to the origins (must be called from a user gesture, before any
        /// other await). Resolves true when nothing was needed or the user agreed.</summary>
        public static async Task<bool> Request(List<string> origins)
        {
            if (origins.Count == 0) return true;
            var patterns = new string[origins.Count];
            for (int i = 0; i < origins.Count; i++) patterns[i] = HostPermissions.Pattern(origins[i]);
            return await Chrome.Permissions.Request(new PermissionSet { Origins = patterns });
        }

        public static async Task<bool> Has(string origin)
            => await Chrome.Permissions.Contains(new PermissionSet { Origins = new[] { HostPermissions.Pattern(origin) } });

        /// <summary>The origins the settings need that Chrome has not granted (the manifest's hosts,
        /// including an endpoint baked in by <c>--endpoint-origin</c>, count as granted).</summary>
        public static async Task<List<string>> Missing(Settings s)
        {
            var missing = new List<string>();
            foreach (string origin in HostPermissions.Needed(s))
            {
                bool has = false;
                try { has = await Has(origin); } catch { }
                if (!has) missing.Add(origin);
            }
            return missing;
        }

        /// <summary>Waits (up to about 5 s) until the worker has registered the content scripts for
        /// exactly these extra origins; false when it has not.</summary>
        public static async Task<bool> WaitForContentScripts(string[] extraOrigins)
        {
            string[] want = HostPermissions.ScriptMatches(extraOrigins);
            for (int attempt = 0; attempt < 50; attempt++)
            {
                RegisteredContentScript[] got = await Chrome.Scripting.GetRegisteredContentScripts(
                    new ContentScriptFilter { Ids = new[] { HostPermissions.MainScriptId, HostPermissions.IsolatedScriptId } });
                bool same = got.Length == (want.Length > 0 ? 2 : 0);
                for (int i = 0; i < got.Length; i++) if (!HostPermissions.SameMatches(got[i].Matches, want)) same = false;
                if (same) return true;
                await Task.Delay(100);
            }
            return false;
        }

        /// <summary>"a", "a and b", "a, b and c".</summary>
        public static string List(List<string> items)
        {
            if (items.Count <= 1) return items.Count == 1 ? items[0] : "";
            return string.Join(", ", items.GetRange(0, items.Count - 1)) + " and " + items[items.Count - 1];
        }

        /// <summary>The message of a rejected promise or thrown error, for showing to the user.</summary>
        public static string ErrorText(System.Exception e)
        {
            string m = e.Message;
            return m == null || m.Length == 0 ? "unknown error" : m;
        }

        /// <summary>The policy problems in plain words, one line each.</summary>
        public static List<string> PolicyLines(FieldError[] problems)
        {
            var lines = new List<string>();
            for (int i = 0; i < problems.Length; i++)
                lines.Add("Policy value \"" + problems[i].field + "\" ignored: " + problems[i].message);
            return lines;
        }
    }
}
