using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Per-tab toolbar badge: the number of live connections, empty when none.</summary>
    public static class Badge
    {
        public static async Task Show(int tabId)
        {
            int n = TabStates.LiveCount(TabRegistry.State, tabId);
            try
            {
                await Chrome.Action.SetBadgeText(new BadgeText { Text = n > 0 ? n.ToString() : "", TabId = tabId });
                if (n > 0) await Chrome.Action.SetBadgeBackgroundColor(new BadgeColor { Color = "#1a7f37", TabId = tabId });
            }
            catch
            {
                // the tab may be gone already
            }
        }
    }
}
