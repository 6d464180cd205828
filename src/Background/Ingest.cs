using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Validates bridge messages and applies them to tab state. Tab id, frame id and URL come
    /// from the MessageSender, never from the message.</summary>
    public static class Ingest
    {
        public static async Task Handle(object message, MessageSender sender)
        {
            await TabRegistry.Ready();
            if (sender.Id != Chrome.Runtime.Id || sender.Tab == null || sender.Tab.Id == null) { Health.Dropped++; return; }
            int tabId = sender.Tab.Id.Value;
            int frameId = sender.FrameId ?? 0;
            string type = message.As<MessageEnvelope>().type ?? "";
            Settings s = SettingsLoader.Current;
            if (type == Messages.Stats)
            {
                StatsMessage m = message.As<StatsMessage>();
                if (!Messages.IsValidStats(m)) { Health.Dropped++; return; }
                // platform and origin are those of the frame that holds the softphone (an embedded CCP is "connect")
                string topUrl = sender.Tab.Url ?? sender.Url ?? "";
                Platform p = Platforms.EnabledPlatform(s, sender.Url ?? "");
                if (p == Platform.None) { Health.Dropped++; return; }
                TabStates.Ingest(TabRegistry.State, tabId, frameId, sender.Url ?? topUrl, p, m, JsDate.Now());
            }
            else if (type == Messages.Closed)
            {
                ClosedMessage m = message.As<ClosedMessage>();
                if (!Messages.IsValidClosed(m)) { Health.Dropped++; return; }
                TabRecord? t = TabStates.Find(TabRegistry.State, tabId);
                if (t != null) TabStates.RemoveConnection(t, frameId, m.pc);
            }
            else if (type == Messages.FrameGone)
            {
                TabRecord? t = TabStates.Find(TabRegistry.State, tabId);
                if (t != null) TabStates.RemoveFrame(t, frameId);
            }
            else { Health.Dropped++; return; }
            await TabRegistry.Save();
            await Badge.Show(tabId);
            PushLoop.EnsureRunning();
            TabRecord? rec = TabStates.Find(TabRegistry.State, tabId);
            if (rec != null && rec.ended) await PushLoop.EndTab(rec);
        }
    }
}
