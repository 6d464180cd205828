using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Override
{
    /// <summary>One connection the hook follows from its first "connected" state to its end.</summary>
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

    /// <summary>The bridge's init message on <c>window</c>: <c>{ wse: "wse-init-v1" }</c> plus one port.</summary>
    [ObjectLiteral]
    internal sealed class InitData
    {
        public string? wse { get; set; }
    }

    /// <summary>The MAIN-world hook (docs/protocol.md, issue 7). Runs at document_start before any page
    /// script. It logs nothing, defines nothing on window, and never reads constructor arguments
    /// (ICE server configurations hold TURN credentials).</summary>
    public static class Program
    {
        private static MessagePort? port;
        private static bool enabled;
        private static int pollMs = SettingsStore.DefaultPollSeconds * 1000;
        /// <summary>Connections that reached "connected" and have not ended.</summary>
        private static readonly List<Conn> live = new List<Conn>();
        /// <summary>RTCPeerConnection.prototype.getStats as it was before any page script ran.</summary>
        private static JsFunction? nativeGetStats;
        /// <summary>Messages from the bridge that failed validation (kept for tests; never sent anywhere).</summary>
        internal static int Dropped;

        private static System.Action<Event>? initListener;

        public static void Main()
        {
            try
            {
                // A second copy (static and dynamic registration both matched) stays out of the way,
                // so the first copy's port and connections are the only ones.
                if (Hook.IsHooked("RTCPeerConnection")) return;
                // Then, before anything else: the capture listener that takes the bridge's port.
                initListener = OnWindowMessage;
                Dom.Window.AddEventListener("message", initListener, true);

                bool wrapped = Hook.Wrap("RTCPeerConnection", Track);
                Hook.Wrap("webkitRTCPeerConnection", Track);
                if (!wrapped) return;
                JsObject proto = RTCPeerConnection.Prototype;
                nativeGetStats = proto.Get<JsFunction>("getStats");
                Hook.Before(proto, "close", OnClose);
            }
            catch
            {
                // Never break the page.
            }
        }

        private static void OnWindowMessage(Event e)
        {
            MessageEvent m = e.As<MessageEvent>();
            if (!JsType.Same(m.Source, Dom.Window) || !JsType.IsPlainObject(m.Data)) return;
            if (m.Data.As<InitData>().wse != Messages.InitMarker || m.Ports == null || m.Ports.Length != 1) return;
            e.StopImmediatePropagation();
            Dom.Window.RemoveEventListener("message", initListener!, true);
            port = m.Ports[0];
            port.Onmessage = OnPortMessage;
        }

        private static void OnPortMessage(MessageEvent e)
        {
            HookConfig c = e.Data.As<HookConfig>();
            if (!JsType.IsPlainObject(e.Data) || !Messages.IsValidConfig(c)) { Dropped++; return; }
            enabled = c.enabled;
            pollMs = c.pollMs;
            for (int i = 0; i < live.Count; i++)
            {
                Conn x = live[i];
                if (!enabled && x.Timer != 0) { Dom.ClearTimeout(x.Timer); x.Timer = 0; }
                Schedule(x);
            }
        }

        /// <summary>Called by the construct trap. Until it connects, only its own listener refers to
        /// the connection, so an abandoned connection can still be garbage-collected.</summary>
        private static void Track(RTCPeerConnection pc)
        {
            var c = new Conn { Pc = pc };
            pc.AddEventListener("connectionstatechange", _ => OnState(c));
        }

        private static void OnState(Conn c)
        {
            string s = c.Pc.ConnectionState;
            if (s == "connected" && c.Slot < 0 && !c.Done)
            {
                c.Slot = FreeSlot();
                if (c.Slot < 0) return;
                live.Add(c);
                Schedule(c);
            }
            else if (s == "failed" && c.Slot >= 0 && !c.Done)
            {
                _ = Finish(c, s, GetStats(c.Pc));
            }
        }

        /// <summary>Before the native close(): take the final sample while getStats still works.</summary>
        private static void OnClose(object? self)
        {
            for (int i = 0; i < live.Count; i++)
            {
                Conn c = live[i];
                if (JsType.Same(c.Pc, self))
                {
                    if (!c.Done) _ = Finish(c, "closed", GetStats(c.Pc));
                    return;
                }
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

        private static Task<RTCStatsReport> GetStats(RTCPeerConnection pc)
            => nativeGetStats!.Call(pc).As<Task<RTCStatsReport>>();

        /// <summary>One timer per connection, started only after the previous poll finished, so a slow
        /// getStats never piles up calls.</summary>
        private static void Schedule(Conn c)
        {
            if (c.Done || c.Busy || c.Timer != 0 || !enabled || port == null || c.Slot < 0) return;
            c.Timer = Dom.SetTimeout(() => { c.Timer = 0; _ = Poll(c); }, pollMs);
        }

        private static async Task Poll(Conn c)
        {
            if (c.Done || !enabled) return;
            c.Busy = true;
            try
            {
                RTCStatsReport report = await GetStats(c.Pc);
                if (!c.Done && enabled) Send(c, c.Pc.ConnectionState, report);
            }
            catch
            {
                // A transient failure: try again at the next tick.
            }
            c.Busy = false;
            Schedule(c);
        }

        private static async Task Finish(Conn c, string state, Task<RTCStatsReport> stats)
        {
            c.Done = true;
            if (c.Timer != 0) { Dom.ClearTimeout(c.Timer); c.Timer = 0; }
            try
            {
                RTCStatsReport report = await stats;
                if (enabled) Send(c, state, report);
            }
            catch
            {
                // No final sample (the previous one stands); still report the end.
            }
            if (port != null) port.PostMessage(new HookClosed { t = Messages.HookClosedT, pc = c.Slot });
            live.Remove(c);
            if (state == "failed")
            {
                // An ICE restart can bring a failed connection back: follow it again from "connected".
                c.Slot = -1;
                c.Done = false;
            }
        }

        private static void Send(Conn c, string state, RTCStatsReport report)
        {
            if (port == null) return;
            port.PostMessage(new HookStats
            {
                t = Messages.HookStatsT,
                pc = c.Slot,
                state = state,
                at = JsDate.Now(),
                samples = Reduce.Report(report),
            });
        }
    }
}
