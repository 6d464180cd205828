using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>One connection the bridge follows from "connecting" (or "connected") to its end.</summary>
    internal sealed class Conn
    {
        public RTCPeerConnection Pc;
        /// <summary>The per-frame slot (the protocol's <c>pc</c>); -1 until first connected.</summary>
        public int Slot = -1;
        /// <summary>A getStats call is in flight: never start another one.</summary>
        public bool Busy;
        /// <summary>The getStats call of the tick under way (set with <see cref="Busy"/> by a tick).</summary>
        public Task<RTCStatsReport>? Polling;
        /// <summary>Final sample taken (or being taken): never poll again.</summary>
        public bool Done;
    }

    /// <summary>The connections of this frame, polled by the bridge itself: the hook only hands over
    /// the RTCPeerConnection objects; getStats, the report's iteration and every field read happen in
    /// the isolated world, whose built-ins the page cannot reach. One timer per frame polls every
    /// connection, and each tick is one runtime message for all of them (docs/protocol.md).</summary>
    internal static class Capture
    {
        /// <summary>Connections that reached "connected" and have not ended.</summary>
        private static readonly List<Conn> live = new List<Conn>();
        /// <summary>The worker says capture here, and the extension context is still there (once it is
        /// gone, <see cref="Program"/> keeps this false: stop everything).</summary>
        public static bool Enabled;
        public static int PollMs = SettingsStore.DefaultPollSeconds * 1000;
        /// <summary>Events on the private target whose relatedTarget was not an RTCPeerConnection.</summary>
        internal static int Refused;
        /// <summary>The frame's poll timer (0: none), and whether a tick is collecting its reports.</summary>
        private static int timer;
        private static int timerMs;
        private static bool ticking;

        /// <summary>The hook saw a new connection. Until it connects, only its own listener refers to
        /// it, so an abandoned connection can still be garbage-collected.</summary>
        public static void Track(object? candidate)
        {
            if (!RTCPeerConnection.IsInstance(candidate)) { Refused++; return; }
            RTCPeerConnection pc = candidate.As<RTCPeerConnection>();
            var c = new Conn { Pc = pc };
            pc.AddEventListener("connectionstatechange", _ => OnState(c));
            if (pc.ConnectionState == "connected" || pc.ConnectionState == "connecting") OnState(c);
        }

        /// <summary>The hook is about to run the native close(): take the final sample now, while
        /// getStats still answers.</summary>
        public static void Closing(object? candidate)
        {
            if (!RTCPeerConnection.IsInstance(candidate)) { Refused++; return; }
            Conn? c = Find(candidate);
            if (c == null || c.Done) return;
            _ = Finish(c, true, true);
        }

        /// <summary>Settings changed: re-time the frame's timer (or stop it).</summary>
        public static void Reschedule()
        {
            if (timer != 0 && (!Enabled || timerMs != PollMs))
            {
                Dom.ClearTimeout(timer);
                timer = 0;
            }
            Schedule();
        }

        private static Conn? Find(object pc)
        {
            foreach (Conn c in live) if (JsType.Same(c.Pc, pc)) return c;
            return null;
        }

        private static void OnState(Conn c)
        {
            string s = c.Pc.ConnectionState;
            // Followed from "connecting", so that calls that never connect are counted (started, failed).
            if ((s == "connecting" || s == "connected") && c.Slot < 0 && !c.Done)
            {
                // The same connection handed over twice (two copies of the hook) is followed once.
                if (Find(c.Pc) != null) return;
                c.Slot = FreeSlot();
                if (c.Slot < 0) return;
                live.Add(c);
                // The call's first sample goes out now, not a poll interval later: the worker pushes a
                // new call at once.
                _ = PollNow(c);
                Schedule();
            }
            else if (s == "failed" && c.Slot >= 0 && !c.Done) _ = Finish(c, true, false);
        }

        private static int FreeSlot()
        {
            for (int slot = 0; slot <= Messages.MaxPcSlot; slot++)
                if (!live.Exists(c => c.Slot == slot)) return slot;
            return -1;
        }

        /// <summary>One timer per frame, started only after the previous tick's reports are all in, so
        /// a slow getStats never piles up calls.</summary>
        private static void Schedule()
        {
            if (timer != 0 || ticking || !Enabled || live.Count == 0) return;
            timerMs = PollMs;
            timer = Dom.SetTimeout(() => { timer = 0; _ = Tick(); }, PollMs);
        }

        /// <summary>Polls every live connection of the frame at once and sends one message with all
        /// their samples.</summary>
        private static async Task Tick()
        {
            if (!Enabled) return;
            ticking = true;
            var polled = new List<Conn>();
            var ended = new List<Conn>();
            foreach (Conn c in live)
            {
                if (c.Done || c.Busy) continue;
                // Closed without our close() wrapper seeing it (a native close from another realm).
                if (c.Pc.ConnectionState == "closed") { ended.Add(c); continue; }
                try
                {
                    Task<RTCStatsReport> stats = c.Pc.GetStats();
                    c.Busy = true;
                    c.Polling = stats;
                    polled.Add(c);
                }
                catch
                {
                    // A transient failure: try again at the next tick.
                }
            }
            foreach (Conn c in ended) _ = Finish(c, false, false);
            var entries = new List<StatsMessage>();
            foreach (Conn c in polled)
            {
                try
                {
                    RTCStatsReport report = await c.Polling!;
                    if (!c.Done && Enabled) entries.Add(Entry(c, c.Pc.ConnectionState, report));
                }
                catch
                {
                    // A transient failure: try again at the next tick.
                }
                c.Busy = false;
                c.Polling = null;
            }
            if (entries.Count > 0 && Enabled) Program.Send(Message(entries.ToArray(), new int[0]));
            ticking = false;
            Schedule();
        }

        /// <summary>One connection's first sample, outside the frame's tick.</summary>
        private static async Task PollNow(Conn c)
        {
            if (c.Busy || !Enabled) return;
            c.Busy = true;
            try
            {
                RTCStatsReport report = await c.Pc.GetStats();
                if (!c.Done && Enabled) Program.Send(Message(new[] { Entry(c, c.Pc.ConnectionState, report) }, new int[0]));
            }
            catch
            {
                // the next tick polls it
            }
            c.Busy = false;
        }

        /// <summary>The connection ends (closed or failed): the last sample and its end, in one
        /// message, at once. When the close was announced but the connection is not closed after all
        /// (a page dispatching our event name itself), the sample is an ordinary one and polling goes on.
        /// <paramref name="sample"/>: ask for the last report (getStats is called before the first await,
        /// while a closing connection still answers).</summary>
        private static async Task Finish(Conn c, bool sample, bool announcedClose)
        {
            c.Done = true;
            RTCStatsReport? report = null;
            if (sample)
            {
                try { report = await c.Pc.GetStats(); }
                catch { /* no final sample: the previous one stands */ }
            }
            string state = c.Pc.ConnectionState;
            if (announcedClose && state != "closed")
            {
                c.Done = false;
                if (report != null && Enabled) Program.Send(Message(new[] { Entry(c, state, report) }, new int[0]));
                Schedule();
                return;
            }
            StatsMessage[] last = report != null && Enabled ? new[] { Entry(c, state == "failed" ? "failed" : "closed", report) } : new StatsMessage[0];
            Program.Send(Message(last, new[] { c.Slot }));
            // By reference (a connection is in the list once); List.Remove's Equals search would need runtime helpers.
            int at = live.FindIndex(other => other == c);
            if (at >= 0) live.RemoveRange(at, 1);
            if (state == "failed")
            {
                // An ICE restart can bring a failed connection back: follow it again (a new call for the counters).
                c.Slot = -1;
                c.Done = false;
            }
        }

        private static StatsMessage Entry(Conn c, string state, RTCStatsReport report) => new StatsMessage
        {
            type = Messages.Stats,
            pc = c.Slot,
            state = state,
            at = JsDate.Now(),
            samples = Reduce.Report(report),
        };

        private static PollMessage Message(StatsMessage[] stats, int[] closed)
            => new PollMessage { type = Messages.Poll, stats = stats, closed = closed };
    }
}
