using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Validates bridge messages and applies them to tab state. Tab id, frame id and URL come
    /// from the MessageSender, never from the message.</summary>
    public sealed class Ingest
    {
        private readonly TabRegistry tabs;
        private readonly SettingsLoader settings;
        private readonly PushLoop push;
        private readonly IBadge badge;
        private readonly IClock clock;

        public Ingest(TabRegistry tabs, SettingsLoader settings, PushLoop push, IBadge badge, IClock clock)
        {
            this.tabs = tabs;
            this.settings = settings;
            this.push = push;
            this.badge = badge;
            this.clock = clock;
        }

        /// <summary>The URL a frame is judged by: its own when http(s), else (about:blank, srcdoc, blob:)
        /// the origin it inherited (MessageSender.origin), as the bridge does; "" for an opaque origin.</summary>
        public static string FrameUrl(MessageSender sender)
        {
            string url = sender.Url ?? "", origin = sender.Origin ?? "";
            if (url.StartsWith("https://") || url.StartsWith("http://")) return url;
            return origin.StartsWith("https://") || origin.StartsWith("http://") ? origin + "/" : "";
        }

        /// <summary>Counts a dropped message (for the agent's group) and writes the count at once: a drop
        /// means a bug or tampering, rare enough that its write costs nothing, and a worker stopped right
        /// after keeps it.</summary>
        private async Task Drop()
        {
            AgentCounterOps.Add(tabs.State.agent, AgentCounterOps.DroppedMessages, "", "", 1);
            await tabs.Save();
        }

        public async Task Handle(object message, MessageSender sender)
        {
            await tabs.Ready();
            if (sender.Id != Chrome.Runtime.Id || sender.Tab == null || sender.Tab.Id == null) { await Drop(); return; }
            int tabId = sender.Tab.Id.Value;
            int frameId = sender.FrameId ?? 0;
            string type = message.As<MessageEnvelope>().type ?? "";
            Settings s = settings.Current;
            bool ended = false;
            bool newCall = false;
            if (type == Messages.Poll)
            {
                PollMessage m = message.As<PollMessage>();
                if (!Messages.IsValidPoll(m)) { await Drop(); return; }
                if (m.stats.Length > 0)
                {
                    // platform and origin are those of the frame that holds the softphone (an embedded CCP is "connect");
                    // a frame without an http(s) origin of its own counts as its tab's page
                    string frameUrl = FrameUrl(sender);
                    if (frameUrl.Length == 0) frameUrl = sender.Tab.Url ?? "";
                    Platform p = Platforms.EnabledPlatform(s, frameUrl);
                    if (p == Platform.None) { await Drop(); return; }
                    TabRecord? before = TabStates.Find(tabs.State, tabId);
                    newCall = before == null || before.connections.Count == 0;
                    double now = clock.NowMs();
                    foreach (StatsMessage entry in m.stats)
                    {
                        TabStates.Ingest(tabs.State, tabId, frameId, frameUrl, p, entry, now, s.pollIntervalSeconds);
                        // a final sample (closed/failed) ends its connection (kept until one push carried it)
                        if (entry.state == "closed" || entry.state == "failed") ended = true;
                    }
                }
                TabRecord? tab = TabStates.Find(tabs.State, tabId);
                if (tab != null && m.closed.Length > 0)
                {
                    foreach (int pc in m.closed) TabStates.RemoveConnection(tabs.State, tab, frameId, pc);
                    ended = true;
                }
            }
            else if (type == Messages.FrameGone)
            {
                TabRecord? t = TabStates.Find(tabs.State, tabId);
                if (t == null) return;
                TabStates.RemoveFrame(tabs.State, t, frameId);
                ended = true;
            }
            else { await Drop(); return; }
            TabRecord? rec = TabStates.Find(tabs.State, tabId);
            if (rec != null && rec.ended) { await push.EndTab(rec); return; }
            // Samples wait for the push tick's write; an end is written now (a restarted worker must
            // not push a connection that is gone).
            if (ended) await tabs.Save();
            else tabs.Changed();
            await badge.Show(tabId);
            push.EnsureRunning();
            // A new call is pushed at once, not a push interval later; the tick's cadence follows.
            if (newCall && rec != null && rec.connections.Count > 0) await push.PushNow(rec);
        }
    }
}
