using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Ui
{
    /// <summary>Host permissions as the options page asks for them: the one request (in a user
    /// gesture) that grants them. The worker says what is missing and registers the extra origins'
    /// content scripts.</summary>
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

        /// <summary>"a", "a and b", "a, b and c".</summary>
        public static string List(List<string> items)
        {
            string list = items.Count > 0 ? items[0] : "";
            for (int i = 1; i < items.Count; i++) list += (i == items.Count - 1 ? " and " : ", ") + items[i];
            return list;
        }

        /// <summary>The message of a rejected promise or thrown error, for showing to the user.</summary>
        public static string ErrorText(System.Exception e)
        {
            string m = e.Message;
            return m == null || m.Length == 0 ? "unknown error" : m;
        }
    }
}
