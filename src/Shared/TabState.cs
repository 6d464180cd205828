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
        /// <summary>Values refused by <see cref="Plausibility"/> (exported as webrtc_exporter_dropped_values_total).</summary>
        public double droppedNotFinite;
        public double droppedOutOfRange;
        /// <summary>Counters that went backwards (exported as webrtc_exporter_counter_resets_total).</summary>
        public double counterResets;
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
    }

    /// <summary>Pure operations on <see cref="SessionState"/>.</summary>
    public static class TabStates
    {
        public const string SessionKey = "wse-state";

        public static SessionState Empty() => new SessionState { version = 1, tabs = new List<TabRecord>(), pushedSlots = new List<int>() };

        /// <summary>Repairs a state read from storage (missing lists, wrong version → empty).</summary>
        public static SessionState Restore(SessionState? raw)
        {
            if (raw == null || raw.version != 1 || raw.tabs == null) return Empty();
            if (raw.pushedSlots == null) raw.pushedSlots = new List<int>();
            foreach (TabRecord t in raw.tabs)
            {
                if (t.connections == null) t.connections = new List<ConnectionRecord>();
                // a state saved by an older version lacks the counters (undefined would make NaN)
                if (!Shape.IsFiniteNumber(t.droppedNotFinite)) t.droppedNotFinite = 0;
                if (!Shape.IsFiniteNumber(t.droppedOutOfRange)) t.droppedOutOfRange = 0;
                if (!Shape.IsFiniteNumber(t.counterResets)) t.counterResets = 0;
            }
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
            return t == null ? 0 : t.connections.Count;
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
        /// failed is removed after this sample; when the tab has no live connection left it is
        /// marked ended. Returns the tab record.</summary>
        public static TabRecord Ingest(SessionState s, int tabId, int frameId, string senderUrl, Platform platform, StatsMessage m, double now)
        {
            TabRecord? t = Find(s, tabId);
            string origin = UrlParts.Parse(senderUrl)?.Origin ?? "";
            if (t == null)
            {
                t = new TabRecord
                {
                    tabId = tabId, origin = origin, platform = Platforms.Label(platform), groupSlot = FreeGroupSlot(s),
                    connections = new List<ConnectionRecord>(), updatedAt = now, ended = false,
                    droppedNotFinite = 0, droppedOutOfRange = 0, counterResets = 0,
                };
                s.tabs.Add(t);
            }
            else if (frameId == 0 && origin.Length > 0 && origin != t.origin)
            {
                t.origin = origin;
                t.platform = Platforms.Label(platform);
            }
            t.ended = false;
            t.updatedAt = now;
            ConnectionRecord? c = null;
            foreach (ConnectionRecord x in t.connections) if (x.frameId == frameId && x.framePc == m.pc) c = x;
            if (c == null)
            {
                c = new ConnectionRecord { frameId = frameId, framePc = m.pc, slot = FreeConnectionSlot(t), state = m.state, at = m.at, samples = new Sample[0], counters = new List<CounterTrack>() };
                t.connections.Add(c);
            }
            c.state = m.state;
            c.at = m.at;
            if (c.quality == null) c.quality = CallQuality.Fresh(QualityInputs.Plausible(m.samples), m.at);
            else CallQuality.Update(c.quality, QualityInputs.Plausible(m.samples), m.at);
            c.samples = CallQuality.WithDerived(Accumulate(s, t, c, m.samples), c.quality);
            if (m.state == "closed" || m.state == "failed") RemoveConnection(t, frameId, m.pc);
            return t;
        }

        /// <summary>Checks every value against its physical range (<see cref="Plausibility"/>; a refused
        /// value is left out and counted on the tab) and replaces counters by their running totals.</summary>
        private static Sample[] Accumulate(SessionState s, TabRecord t, ConnectionRecord c, Sample[] samples)
        {
            var result = new Sample[samples.Length];
            for (int i = 0; i < samples.Length; i++)
            {
                Sample src = samples[i];
                var names = new List<string>();
                var values = new List<double>();
                for (int j = 0; j < src.values.Length; j++)
                {
                    double v = src.values[j];
                    MetricDef? d = MetricCatalog.FindNumeric(src.type, src.names[j]);
                    if (d == null) continue;
                    // NaN and ±Infinity arrive as null through the extension's JSON messaging
                    string? refused = Shape.IsFiniteNumber(v) ? Plausibility.Check(d, v) : Plausibility.NotFinite;
                    if (refused == Plausibility.NotFinite) { t.droppedNotFinite++; continue; }
                    if (refused != null) { t.droppedOutOfRange++; continue; }
                    names.Add(src.names[j]);
                    if (d.Type != MetricType.Counter) { values.Add(v); continue; }
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
                        t.counterResets++;
                        track.total = track.total + v;
                        track.last = v;
                    }
                    values.Add(track.total);
                }
                result[i] = new Sample { type = src.type, kind = src.kind, names = names.ToArray(), values = values.ToArray(), infoNames = src.infoNames, infoValues = src.infoValues };
            }
            return result;
        }

        /// <summary>Removes a connection; marks the tab ended when none is left.</summary>
        public static void RemoveConnection(TabRecord t, int frameId, int framePc)
        {
            for (int i = t.connections.Count - 1; i >= 0; i--)
            {
                if (t.connections[i].frameId == frameId && t.connections[i].framePc == framePc) t.connections.RemoveAt(i);
            }
            if (t.connections.Count == 0) t.ended = true;
        }

        /// <summary>A frame went away (pagehide): all its connections end.</summary>
        public static void RemoveFrame(TabRecord t, int frameId)
        {
            for (int i = t.connections.Count - 1; i >= 0; i--) if (t.connections[i].frameId == frameId) t.connections.RemoveAt(i);
            if (t.connections.Count == 0) t.ended = true;
        }

        /// <summary>The tab closed or navigated: every connection ends.</summary>
        public static void EndTab(SessionState s, int tabId)
        {
            TabRecord? t = Find(s, tabId);
            if (t == null) return;
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
                if (t.connections.Count > 0 && now - heard > maxAgeMs) { t.connections.Clear(); t.ended = true; }
            }
        }
    }
}
