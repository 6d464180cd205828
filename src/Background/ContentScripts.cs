using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Registers the content scripts (MAIN-world hook and isolated bridge, as the manifest
    /// declares them for the built-in platforms) for the extra origins of the current settings, on
    /// every device: origins added on another device arrive by sync, origins set by policy by
    /// managed storage, and this runs after every load. Chrome injects them only where the
    /// extension has host access; the popup and options page ask for what is missing.</summary>
    public sealed class ContentScripts
    {
        private Task last = Task.CompletedTask;

        /// <summary>Queued: one registration change at a time (two overlapping ones would collide on the ids).</summary>
        public Task Sync(string[] extraOrigins)
        {
            Task previous = last;
            last = Apply(previous, extraOrigins);
            return last;
        }

        /// <summary>Waits (up to about 5 s) until the scripts for exactly these extra origins are
        /// registered (by the reload a settings change starts); false when they are not.</summary>
        public static async Task<bool> WaitFor(string[] extraOrigins)
        {
            string[] matches = HostPermissions.ScriptMatches(extraOrigins);
            for (int attempt = 0; attempt < 50; attempt++)
            {
                if (Same(await Registered(), matches)) return true;
                await Task.Delay(100);
            }
            return false;
        }

        private static Task<RegisteredContentScript[]> Registered() => Chrome.Scripting.GetRegisteredContentScripts(
            new ContentScriptFilter { Ids = new[] { HostPermissions.MainScriptId, HostPermissions.IsolatedScriptId } });

        private static bool Same(RegisteredContentScript[] existing, string[] matches)
        {
            bool same = existing.Length == (matches.Length > 0 ? 2 : 0);
            foreach (RegisteredContentScript script in existing) if (!HostPermissions.SameMatches(script.Matches, matches)) same = false;
            return same;
        }

        private static async Task Apply(Task previous, string[] extraOrigins)
        {
            try { await previous; } catch { }
            string[] matches = HostPermissions.ScriptMatches(extraOrigins);
            RegisteredContentScript[] existing = await Registered();
            if (Same(existing, matches)) return;
            if (existing.Length > 0)
            {
                var ids = new List<string>();
                foreach (RegisteredContentScript script in existing) ids.Add(script.Id);
                await Chrome.Scripting.UnregisterContentScripts(new ContentScriptFilter { Ids = ids.ToArray() });
            }
            if (matches.Length == 0) return;
            await Chrome.Scripting.RegisterContentScripts(new[]
            {
                new RegisteredContentScript
                {
                    Id = HostPermissions.MainScriptId, Matches = matches, Js = new[] { "override.js" }, RunAt = RunAt.DocumentStart,
                    AllFrames = true, MatchOriginAsFallback = true, World = ExecutionWorld.Main, PersistAcrossSessions = true,
                },
                new RegisteredContentScript
                {
                    Id = HostPermissions.IsolatedScriptId, Matches = matches, Js = new[] { "content.js" }, RunAt = RunAt.DocumentStart,
                    AllFrames = true, MatchOriginAsFallback = true, World = ExecutionWorld.Isolated, PersistAcrossSessions = true,
                },
            });
        }
    }
}
