using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>One connection the bridge follows from its first "connected" state to its end.</summary>
    internal sealed class Conn
    {
        public RTCPeerConnection Pc;
        /// <summary>The per-frame slot (the protocol's <c>pc</c>); -1 until first connected.</summary>
        public int Slot = -1;
        /// <summary>A pending setTimeout, or 0.</summary>
        public int Timer;
        /// <summary>A getStats call is in flight: never start another one.</summary>
        public bool Busy;
        /// <summary>Final sample taken (or being taken): never poll again.</summary>
        public bool Done;
    }

    /// <summary>The connections of this frame, polled by the bridge itself: the hook only hands over
    /// the RTCPeerConnection objects; getStats, the report's iteration and every field read happen in
    /// the isolated world, whose built-ins the page cannot reach.</summary>
    internal static class Capture
    {
        /// <summary>Connections that reached "connected" and have not ended.</summary>
        private static readonly List<Conn> live = new List<Conn>();
        public static bool Enabled;
        public static int PollMs = SettingsStore.DefaultPollSeconds * 1000;
        /// <summary>Set when the extension context is gone: stop everything.</summary>
        public static bool Stopped;
        /// <summary>Events on the private target whose relatedTarget was not an RTCPeerConnection.</summary>
        internal static int Refused;
        /// <summary>bridge → worker.</summary>
        public static System.Action<object> Send = _ => { };

        /// <summary>The hook saw a new connection. Until it connects, only its own listener refers to
        /// it, so an abandoned connection can still be garbage-collected.</summary>
        public static void Track(object? candidate)
        {
            if (!RTCPeerConnection.IsInstance(candidate)) { Refused++; return; }
            RTCPeerConnection pc = candidate.As<RTCPeerConnection>();
            var c = new Conn { Pc = pc };
            pc.AddEventListener("connectionstatechange", _ => OnState(c));
            if (pc.ConnectionState == "connected") OnState(c);
        }

        /// <summary>The hook is about to run the native close(): take the final sample now, while
        /// getStats still answers.</summary>
        public static void Closing(object? candidate)
        {
            if (!RTCPeerConnection.IsInstance(candidate)) { Refused++; return; }
            Conn? c = Find(candidate);
            if (c == null || c.Done) return;
            Task<RTCStatsReport>? stats = null;
            try { stats = c.Pc.GetStats(); } catch { }
            _ = Finish(c, stats, true);
        }

        /// <summary>Settings changed: re-time every connection (or stop them all).</summary>
        public static void Reschedule()
        {
            for (int i = 0; i < live.Count; i++)
            {
                Conn x = live[i];
                if ((!Enabled || Stopped) && x.Timer != 0) { Dom.ClearTimeout(x.Timer); x.Timer = 0; }
                Schedule(x);
            }
        }

        private static Conn? Find(object pc)
        {
            for (int i = 0; i < live.Count; i++) if (JsType.Same(live[i].Pc, pc)) return live[i];
            return null;
        }

        private static void OnState(Conn c)
        {
            string s = c.Pc.ConnectionState;
            if (s == "connected" && c.Slot < 0 && !c.Done)
            {
                // The same connection handed over twice (two copies of the hook) is followed once.
                if (Find(c.Pc) != null) return;
                c.Slot = FreeSlot();
                if (c.Slot < 0) return;
                live.Add(c);
                Schedule(c);
            }
            else if (s == "failed" && c.Slot >= 0 && !c.Done)
            {
                Task<RTCStatsReport>? stats = null;
                try { stats = c.Pc.GetStats(); } catch { }
                _ = Finish(c, stats, false);
            }
        }

        private static int FreeSlot()
        {
            for (int slot = 0; slot <= Messages.MaxPcSlot; slot++)
            {
                bool used = false;
                for (int i = 0; i < live.Count; i++) if (live[i].Slot == slot) { used = true; break; }
                if (!used) return slot;
            }
            return -1;
        }

        /// <summary>One timer per connection, started only after the previous poll finished, so a slow
        /// getStats never piles up calls.</summary>
        private static void Schedule(Conn c)
        {
            if (c.Done || c.Busy || c.Timer != 0 || !Enabled || Stopped || c.Slot < 0) return;
            c.Timer = Dom.SetTimeout(() => { c.Timer = 0; _ = Poll(c); }, PollMs);
        }

        private static async Task Poll(Conn c)
        {
            if (c.Done || !Enabled || Stopped) return;
            if (c.Pc.ConnectionState == "closed")
            {
                // Closed without our close() wrapper seeing it (a native close from another realm).
                await Finish(c, null, false);
                return;
            }
            c.Busy = true;
            try
            {
                RTCStatsReport report = await c.Pc.GetStats();
                if (!c.Done && Enabled && !Stopped) Relay(c, c.Pc.ConnectionState, report);
            }
            catch
            {
                // A transient failure: try again at the next tick.
            }
            c.Busy = false;
            Schedule(c);
        }

        /// <summary>The connection ends (closed or failed): the last sample, then "closed". When the
        /// close was announced but the connection is not closed after all (a page dispatching our
        /// event name itself), the sample is an ordinary one and polling goes on.</summary>
        private static async Task Finish(Conn c, Task<RTCStatsReport>? stats, bool announcedClose)
        {
            c.Done = true;
            if (c.Timer != 0) { Dom.ClearTimeout(c.Timer); c.Timer = 0; }
            RTCStatsReport? report = null;
            if (stats != null)
            {
                try { report = await stats; }
                catch { /* no final sample: the previous one stands */ }
            }
            string state = c.Pc.ConnectionState;
            if (announcedClose && state != "closed")
            {
                c.Done = false;
                if (report != null && Enabled && !Stopped) Relay(c, state, report);
                Schedule(c);
                return;
            }
            if (report != null && Enabled && !Stopped) Relay(c, state == "failed" ? "failed" : "closed", report);
            Send(new ClosedMessage { type = Messages.Closed, pc = c.Slot });
            live.Remove(c);
            if (state == "failed")
            {
                // An ICE restart can bring a failed connection back: follow it again from "connected".
                c.Slot = -1;
                c.Done = false;
            }
        }

        private static void Relay(Conn c, string state, RTCStatsReport report)
        {
            Send(new StatsMessage
            {
                type = Messages.Stats,
                pc = c.Slot,
                state = state,
                at = JsDate.Now(),
                samples = Reduce.Report(report),
            });
        }
    }
}
