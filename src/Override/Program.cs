using System;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Override
{
    /// <summary>The MAIN-world hook (docs/protocol.md). Runs at document_start before any page script.
    /// It only hands each new RTCPeerConnection (and each one about to close) to the isolated-world
    /// bridge, as the <c>relatedTarget</c> of an event dispatched on a private EventTarget the bridge
    /// created. It reads no stats, sends no values and takes no configuration, so nothing a page does
    /// in this world can put a number into an exported series. It logs nothing, defines nothing on
    /// window, and never reads constructor arguments (ICE server configurations hold TURN credentials).</summary>
    public static class Program
    {
        /// <summary>The bridge's private EventTarget, once the handshake happened.</summary>
        private static object? bridge;
        private static Action<Event>? onBridge;

        public static void Main()
        {
            try
            {
                Natives.Take();
                // A second copy in the same document (static and dynamic registration both matched)
                // stays out of the way.
                if (Hook.IsHooked("RTCPeerConnection")) return;
                onBridge = OnBridgeOffer;
                Natives.Call(Natives.AddEventListener, Natives.Window, new object[] { Messages.BridgeOfferEvent, onBridge, true });
                bool wrapped = Hook.Wrap("RTCPeerConnection", pc => Tell(Messages.PcEvent, pc));
                Hook.Wrap("webkitRTCPeerConnection", pc => Tell(Messages.PcEvent, pc));
                if (wrapped) Hook.Before(RTCPeerConnection.Prototype, "close", pc => Tell(Messages.ClosingEvent, pc));
                // When the bridge was injected first (dynamic registration), it waits for this.
                Natives.Call(Natives.DispatchEvent, Natives.Window, new object[] { Natives.Event.New(Messages.HookReadyEvent, null) });
            }
            catch
            {
                // Never break the page.
            }
        }

        /// <summary>The bridge's offer: the first one wins, then the listener is gone. In a frame where
        /// no page script ran before us, it can only come from the bridge (docs/protocol.md).</summary>
        private static void OnBridgeOffer(Event e)
        {
            if (bridge != null) return;
            object? target = Natives.Call(Natives.RelatedTarget, e, new object[0]);
            if (JsType.IsNullish(target)) return;
            bridge = target;
            Natives.Call(Natives.StopImmediatePropagation, e, new object[0]);
            Natives.Call(Natives.RemoveEventListener, Natives.Window, new object[] { Messages.BridgeOfferEvent, onBridge!, true });
            Tell(Messages.BridgeAckEvent, null);
        }

        /// <summary>Dispatches <paramref name="type"/> on the bridge's target with the connection as
        /// relatedTarget (the bridge checks it is a real RTCPeerConnection in its own world).</summary>
        private static void Tell(string type, object? pc)
        {
            if (bridge == null) return;
            FocusEventInit init = Natives.Bare(new FocusEventInit { relatedTarget = pc });
            Natives.Call(Natives.DispatchEvent, bridge, new object[] { Natives.FocusEvent.New(type, init) });
        }
    }
}
