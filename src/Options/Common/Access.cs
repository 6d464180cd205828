using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Ui
{
    /// <summary>Host permissions and the dynamically registered content scripts for user-added origins.</summary>
    public static class Access
    {
        public const string MainScriptId = "wse-extra-main";
        public const string IsolatedScriptId = "wse-extra-isolated";

        /// <summary>Origins the manifest grants without asking (keep in step with static/manifest.json).</summary>
        public static bool IsDefaultHost(UrlParts u)
            => u.Scheme == "http" && (u.Host == "localhost" || u.Host == "127.0.0.1");

        /// <summary>The host-permission pattern for an origin: <c>https://host:port/*</c>.</summary>
        public static string Pattern(string origin) => origin + "/*";

        /// <summary>Asks for access to the origins (must be called from a user gesture, before any
        /// other await). Resolves true when nothing was needed or the user agreed.</summary>
        public static async Task<bool> Request(List<string> origins)
        {
            if (origins.Count == 0) return true;
            var patterns = new string[origins.Count];
            for (int i = 0; i < origins.Count; i++) patterns[i] = Pattern(origins[i]);
            return await Chrome.Permissions.Request(new PermissionSet { Origins = patterns });
        }

        public static async Task<bool> Has(string origin)
            => await Chrome.Permissions.Contains(new PermissionSet { Origins = new[] { Pattern(origin) } });

        /// <summary>Makes the registered content scripts (MAIN-world hook and isolated bridge, as the
        /// manifest declares them for the built-in platforms) match exactly these origins.</summary>
        public static async Task SyncContentScripts(string[] origins)
        {
            RegisteredContentScript[] existing = await Chrome.Scripting.GetRegisteredContentScripts(
                new ContentScriptFilter { Ids = new[] { MainScriptId, IsolatedScriptId } });
            if (existing.Length > 0)
            {
                var ids = new string[existing.Length];
                for (int i = 0; i < existing.Length; i++) ids[i] = existing[i].Id;
                await Chrome.Scripting.UnregisterContentScripts(new ContentScriptFilter { Ids = ids });
            }
            if (origins.Length == 0) return;
            var matches = new string[origins.Length];
            for (int i = 0; i < origins.Length; i++) matches[i] = Pattern(origins[i]);
            await Chrome.Scripting.RegisterContentScripts(new[]
            {
                new RegisteredContentScript
                {
                    Id = MainScriptId, Matches = matches, Js = new[] { "override.js" }, RunAt = RunAt.DocumentStart,
                    AllFrames = true, MatchOriginAsFallback = true, World = ExecutionWorld.Main, PersistAcrossSessions = true,
                },
                new RegisteredContentScript
                {
                    Id = IsolatedScriptId, Matches = matches, Js = new[] { "content.js" }, RunAt = RunAt.DocumentStart,
                    AllFrames = true, MatchOriginAsFallback = true, World = ExecutionWorld.Isolated, PersistAcrossSessions = true,
                },
            });
        }

        /// <summary>The message of a rejected promise or thrown error, for showing to the user.</summary>
        public static string ErrorText(System.Exception e)
        {
            string m = e.Message;
            return m == null || m.Length == 0 ? "unknown error" : m;
        }
    }
}
