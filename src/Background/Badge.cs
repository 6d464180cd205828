using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The toolbar badge of a tab.</summary>
    public interface IBadge
    {
        /// <summary>Shows the tab's number of live connections (empty when none).</summary>
        Task Show(int tabId);
    }

    /// <summary>Per-tab toolbar badge: the number of live connections, empty when none. Chrome is
    /// asked only when the text changes (each call is an IPC, and samples arrive every poll).</summary>
    public sealed class Badge : IBadge
    {
        public const string Colour = "#1a7f37";
        private readonly TabRegistry tabs;
        /// <summary>What this worker last showed per tab (a restarted worker sets each badge once again).</summary>
        private readonly Dictionary<int, string> shown = new Dictionary<int, string>();

        public Badge(TabRegistry tabs) { this.tabs = tabs; }

        public async Task Show(int tabId)
        {
            int n = TabStates.LiveCount(tabs.State, tabId);
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
