using System.Threading.Tasks;
using Js;

namespace WebRtcStatsExporter.Background
{
    /// <summary>What the worker asks the browser about tabs: whether one still exists.</summary>
    public interface IBrowserTabs
    {
        Task<bool> Exists(int tabId);
    }

    /// <summary><see cref="IBrowserTabs"/> on chrome.tabs (a closed tab's id rejects).</summary>
    public sealed class ChromeTabs : IBrowserTabs
    {
        public async Task<bool> Exists(int tabId)
        {
            try { await Chrome.Tabs.Get(tabId); return true; }
            catch { return false; }
        }
    }
}
