using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Per-tab toolbar badge: the number of live connections, empty when none. Chrome is
    /// asked only when the text changes (each call is an IPC, and samples arrive every poll).</summary>
    public static class Badge
    {
        public const string Colour = "#1a7f37";
        /// <summary>What this worker last showed per tab (a restarted worker sets each badge once again).</summary>
        private static readonly Dictionary<int, string> shown = new Dictionary<int, string>();

        public static async Task Show(int tabId)
        {
            int n = TabStates.LiveCount(TabRegistry.State, tabId);
            string text = n > 0 ? n.ToString() : "";
            bool known = shown.TryGetValue(tabId, out string? was);
            if (known && was == text) return;
            // Once the badge is cleared the tab is forgotten: a later call sets the colour again.
            if (text.Length == 0) shown.Remove(tabId);
            else shown[tabId] = text;
            try
            {
                await Chrome.Action.SetBadgeText(new BadgeText { Text = text, TabId = tabId });
                if (text.Length > 0 && (!known || was!.Length == 0)) await Chrome.Action.SetBadgeBackgroundColor(new BadgeColor { Color = Colour, TabId = tabId });
            }
            catch
            {
                // the tab may be gone already
            }
        }
    }
}
