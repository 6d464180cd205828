using System.Collections.Generic;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Running total of one counter, so exported counters stay monotonic across resets
    /// (a drop is treated as a reset to zero, as Prometheus' rate() does).</summary>
    [ObjectLiteral]
    public sealed class CounterTrack
    {
        public string key;
        public double last;
        public double total;
    }

    /// <summary>One live RTCPeerConnection of a tab.</summary>
    [ObjectLiteral]
    public sealed class ConnectionRecord
    {
        public int frameId;
        /// <summary>The page's per-frame slot (protocol <c>pc</c>).</summary>
        public int framePc;
        /// <summary>Tab-wide slot: the <c>pc</c> label.</summary>
        public int slot;
        public string state;
        public double at;
        /// <summary>Latest samples, counters already replaced by their running totals.</summary>
        public Sample[] samples;
        public List<CounterTrack> counters;
        /// <summary>Derived quality (MOS, poor-stream reason, silence), see <see cref="CallQuality"/>.</summary>
        public QualityState? quality;
        /// <summary>What the call counters remember (<see cref="Lifecycle"/>).</summary>
        public ConnectionLife? life;
        /// <summary>The connection closed or failed: its final sample is pushed once, then it goes.</summary>
        public bool ended;
    }

    /// <summary>One tab with capture: serialisable to chrome.storage.session as a plain object.</summary>
    [ObjectLiteral]
    public sealed class TabRecord
    {
        public int tabId;
        /// <summary>scheme://host[:port] of the top page, never a path or query.</summary>
        public string origin;
        public string platform;
        /// <summary>The per-agent tab slot used in the grouping key.</summary>
        public int groupSlot;
        public List<ConnectionRecord> connections;
        public double updatedAt;
        /// <summary>Set when the tab's last call ended: its group must be deleted.</summary>
        public bool ended;
        /// <summary>The final state of the tab's last call was pushed (its group goes at the next tick,
        /// so a scrape sees the final sample for one push interval).</summary>
        public bool finalPushed;
    }

    /// <summary>Everything the worker keeps in chrome.storage.session under <see cref="TabStates.SessionKey"/>.</summary>
    [ObjectLiteral]
    public sealed class SessionState
    {
        public int version;
        public List<TabRecord> tabs;
        /// <summary>Groups that received data and have not been deleted yet (for the sweep).</summary>
        public List<int> pushedSlots;
        public int counterResets;
        public int dropped;
        /// <summary>The agent's counters that outlive calls (self-metrics and call counters).</summary>
        public AgentCounters agent;
    }

    /// <summary>Pure operations on <see cref="SessionState"/>.</summary>
    public static class TabStates
    {
        public const string SessionKey = "wse-state";

        public static SessionState Empty() => new SessionState { version = 1, tabs = new List<TabRecord>(), pushedSlots = new List<int>(), agent = AgentCounterOps.Empty() };

        /// <summary>Repairs a state read from storage (missing lists, wrong version → empty).</summary>
        public static SessionState Restore(SessionState? raw)
        {
            if (raw == null || raw.version != 1 || raw.tabs == null) return Empty();
            if (raw.pushedSlots == null) raw.pushedSlots = new List<int>();
            foreach (TabRecord t in raw.tabs)
            {
                if (t.connections == null) t.connections = new List<ConnectionRecord>();
            }
            // a state saved by an older version lacks the agent's counters
            raw.agent = AgentCounterOps.Restore(raw.agent);
            return raw;
        }

        public static TabRecord? Find(SessionState s, int tabId)
        {
            foreach (TabRecord t in s.tabs) if (t.tabId == tabId) return t;
            return null;
        }

        public static int LiveCount(SessionState s, int tabId)
        {
            TabRecord? t = Find(s, tabId);
            return t == null ? 0 : Live(t);
        }

        /// <summary>Connections of the tab that have not ended.</summary>
        public static int Live(TabRecord t)
        {
            int n = 0;
            foreach (ConnectionRecord c in t.connections) if (!c.ended) n++;
            return n;
        }

        /// <summary>Live connections across every tab (the agent's group reports it).</summary>
        public static int LiveTotal(SessionState s)
        {
            int n = 0;
            foreach (TabRecord t in s.tabs) n += Live(t);
            return n;
        }

        private static int FreeGroupSlot(SessionState s)
        {
            for (int slot = 0; ; slot++)
            {
                bool used = s.pushedSlots.Contains(slot);
                foreach (TabRecord t in s.tabs) if (t.groupSlot == slot) used = true;
                if (!used) return slot;
            }
        }

        private static int FreeConnectionSlot(TabRecord t)
        {
            for (int slot = 0; ; slot++)
            {
                bool used = false;
                foreach (ConnectionRecord c in t.connections) if (c.slot == slot) used = true;
                if (!used) return slot;
            }
        }

        /// <summary>Takes one validated stats message. The origin is the sender's (never from the
        /// message) and is reduced to scheme://host[:port]. A connection whose state is closed or
        /// failed keeps this final sample until it is pushed (<see cref="PruneEnded"/>). The agent's
        /// call counters follow every poll; <paramref name="pollSeconds"/> &gt; 0 also counts stats
        /// gaps. Returns the tab record.</summary>
        public static TabRecord Ingest(SessionState s, int tabId, int frameId, string senderUrl, Platform platform, StatsMessage m, double now, double pollSeconds = 0)
        {
            TabRecord? t = Find(s, tabId);
            string origin = UrlParts.Parse(senderUrl)?.Origin ?? "";
            if (t == null)
            {
                t = new TabRecord
                {
                    tabId = tabId, origin = origin, platform = Platforms.Label(platform), groupSlot = FreeGroupSlot(s),
                    connections = new List<ConnectionRecord>(), updatedAt = now, ended = false, finalPushed = false,
                };
                s.tabs.Add(t);
            }
            else if (frameId == 0 && origin.Length > 0 && origin != t.origin)
            {
                t.origin = origin;
                t.platform = Platforms.Label(platform);
            }
            t.ended = false;
            t.finalPushed = false;
            t.updatedAt = now;
            int at = t.connections.FindIndex(x => x.frameId == frameId && x.framePc == m.pc);
            ConnectionRecord? c = at < 0 ? null : t.connections[at];
            if (c != null && c.ended)
            {
                // a repeated final sample changes nothing; any other state on the slot of an ended
                // connection (a revived one, or a new call before the final sample was pushed) is a
                // new connection
                if (m.state == "closed" || m.state == "failed") return t;
                t.connections.RemoveAt(at);
                c = null;
            }
            if (c == null)
            {
                c = new ConnectionRecord { frameId = frameId, framePc = m.pc, slot = FreeConnectionSlot(t), state = m.state, at = m.at, samples = new Sample[0], counters = new List<CounterTrack>(), life = Lifecycle.Fresh(), ended = false };
                t.connections.Add(c);
            }
            if (c.life == null) c.life = Lifecycle.Fresh();
            Lifecycle.Step(s.agent, t.platform, c.life!, m, pollSeconds);
            c.state = m.state;
            c.at = m.at;
            Sample[] plausible = QualityInputs.Plausible(m.samples, s.agent);
            if (c.quality == null) c.quality = CallQuality.Fresh(plausible, m.at);
            else CallQuality.Update(c.quality, plausible, m.at);
            c.samples = CallQuality.WithDerived(Accumulate(s, c, plausible), c.quality);
            if (m.state == "closed" || m.state == "failed") EndConnection(s, t, c);
            return t;
        }

        /// <summary>A connection ended: counted once, kept (with its final sample) until the next push.</summary>
        private static void EndConnection(SessionState s, TabRecord t, ConnectionRecord c)
        {
            if (c.ended) return;
            c.ended = true;
            if (c.life != null) Lifecycle.End(s.agent, t.platform, c.life!, c.quality);
        }

        /// <summary>After a push: drops the connections whose final sample it carried. When none is
        /// left, the tab's group goes at the next tick (<see cref="TabRecord.finalPushed"/>). True when
        /// it dropped any.</summary>
        public static bool PruneEnded(TabRecord t)
        {
            bool any = false;
            for (int i = t.connections.Count - 1; i >= 0; i--)
                if (t.connections[i].ended) { t.connections.RemoveAt(i); any = true; }
            if (any && t.connections.Count == 0) t.finalPushed = true;
            return any;
        }

        /// <summary>The plausible samples (<see cref="QualityInputs.Plausible"/>) with every counter
        /// replaced by its running total.</summary>
        private static Sample[] Accumulate(SessionState s, ConnectionRecord c, Sample[] samples)
        {
            var result = new List<Sample>();
            foreach (Sample src in samples)
            {
                var values = new List<double>();
                for (int j = 0; j < src.values.Length; j++)
                {
                    double v = src.values[j];
                    if (MetricCatalog.FindNumeric(src.type, src.names[j])!.Type != MetricType.Counter) { values.Add(v); continue; }
                    string key = src.type + "|" + (src.kind ?? "") + "|" + src.names[j];
                    CounterTrack? track = null;
                    foreach (CounterTrack ct in c.counters) if (ct.key == key) track = ct;
                    if (track == null)
                    {
                        track = new CounterTrack { key = key, last = v, total = v };
                        c.counters.Add(track);
                    }
                    else if (v >= track.last)
                    {
                        track.total = track.total + (v - track.last);
                        track.last = v;
                    }
                    else
                    {
                        s.counterResets++;
                        AgentCounterOps.Add(s.agent, MetricCatalog.CounterResetsName, "", "", 1);
                        track.total = track.total + v;
                        track.last = v;
                    }
                    values.Add(track.total);
                }
                result.Add(new Sample { type = src.type, kind = src.kind, names = src.names, values = values.ToArray(), infoNames = src.infoNames, infoValues = src.infoValues });
            }
            return result.ToArray();
        }

        /// <summary>The bridge reports a connection gone: it ends with the last sample it sent, which
        /// the next push carries (<see cref="PruneEnded"/>).</summary>
        public static void RemoveConnection(SessionState s, TabRecord t, int frameId, int framePc)
        {
            foreach (ConnectionRecord c in t.connections)
                if (c.frameId == frameId && c.framePc == framePc) EndConnection(s, t, c);
        }

        /// <summary>A frame went away (pagehide): all its connections end (their last samples are pushed once).</summary>
        public static void RemoveFrame(SessionState s, TabRecord t, int frameId)
        {
            foreach (ConnectionRecord c in t.connections)
                if (c.frameId == frameId) EndConnection(s, t, c);
        }

        /// <summary>The tab closed or navigated: every connection ends.</summary>
        public static void EndTab(SessionState s, int tabId)
        {
            TabRecord? t = Find(s, tabId);
            if (t != null) EndAll(s, t);
        }

        /// <summary>Every connection of the tab ends and goes (no final push: the tab is gone or silent),
        /// and the tab's group is to be deleted.</summary>
        private static void EndAll(SessionState s, TabRecord t)
        {
            foreach (ConnectionRecord c in t.connections) EndConnection(s, t, c);
            t.connections.Clear();
            t.ended = true;
        }

        /// <summary>Forgets an ended tab once its group delete was queued; frees its slot.</summary>
        public static void Forget(SessionState s, int tabId)
        {
            for (int i = s.tabs.Count - 1; i >= 0; i--) if (s.tabs[i].tabId == tabId) s.tabs.RemoveAt(i);
        }

        public static void MarkPushed(SessionState s, int groupSlot)
        {
            if (!s.pushedSlots.Contains(groupSlot)) s.pushedSlots.Add(groupSlot);
        }

        public static void MarkDeleted(SessionState s, int groupSlot) => s.pushedSlots.Remove(groupSlot);

        /// <summary>Connections silent for longer than <paramref name="maxAgeMs"/> (a crashed renderer
        /// sends no "closed") are dropped. Silence is counted from <paramref name="since"/> at the
        /// earliest (the worker's start: while the worker was stopped nobody was listening).</summary>
        public static void ExpireSilent(SessionState s, double now, double maxAgeMs, double since = 0)
        {
            foreach (TabRecord t in s.tabs)
            {
                double heard = t.updatedAt > since ? t.updatedAt : since;
                if (t.connections.Count > 0 && now - heard > maxAgeMs) EndAll(s, t);
            }
        }
    }
}
