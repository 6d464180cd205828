using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>The isolated-world bridge (docs/protocol.md): hands the hook a private EventTarget,
    /// receives the page's RTCPeerConnections through it, polls them itself (<see cref="Capture"/>)
    /// when the worker says this frame's origin is enabled (it asks at start and after every settings
    /// change: the bridge carries no settings code and reads no storage), sends the reduced samples to the service worker (one
    /// message per poll tick for all the frame's connections), says
    /// <c>wse/frame-gone</c> on pagehide, and goes quiet for good once the extension context is
    /// invalidated (extension reloaded or updated).</summary>
    public static class Program
    {
        private const string BridgeFlag = "wseBridge";
        private static bool quiet;
        private static bool acked;
        private static EventTarget? target;
        private static Action<Event>? onHookReady;

        public static void Main()
        {
            try
            {
                // The isolated world is shared by this extension's scripts in this frame and invisible
                // to the page: a second copy (static and dynamic registration) does nothing.
                JsObject global = Dom.GlobalThis;
                if (global.Has(BridgeFlag)) return;
                global[BridgeFlag] = true;

                Handshake();
                Dom.Window.AddEventListener("pagehide", _ => Send(new FrameGoneMessage { type = Messages.FrameGone }));
                // Area events, not chrome.storage.onChanged: that one would also bring every write of
                // another area (the worker's group ledger in local) into every captured frame. Sync
                // holds only settings and managed only policy: any change there is worth asking again.
                Chrome.Storage.Sync.OnChanged.AddListener(changes => { _ = AskWorker(); });
                Chrome.Storage.Managed.OnChanged.AddListener(changes => { _ = AskWorker(); });
                _ = AskWorker();
            }
            catch
            {
                GoQuiet();
            }
        }

        /// <summary>First thing at document_start, before any page script: offer the private target to
        /// the hook. If the hook is not there yet (the bridge was injected first), offer it again when
        /// the hook says it is ready, once.</summary>
        private static void Handshake()
        {
            target = new EventTarget();
            target.AddEventListener(Messages.BridgeAckEvent, _ => { acked = true; });
            target.AddEventListener(Messages.PcEvent, e => Capture.Track(e.As<FocusEvent>().RelatedTarget));
            target.AddEventListener(Messages.ClosingEvent, e => Capture.Closing(e.As<FocusEvent>().RelatedTarget));
            Offer();
            if (acked) return;
            onHookReady = _ =>
            {
                Dom.Window.RemoveEventListener(Messages.HookReadyEvent, onHookReady!, true);
                Offer();
            };
            Dom.Window.AddEventListener(Messages.HookReadyEvent, onHookReady, true);
        }

        private static void Offer()
            => Dom.Window.DispatchEvent(new FocusEvent(Messages.BridgeOfferEvent, new FocusEventInit { relatedTarget = target }));

        // The question in flight, and one asked while it was (a change during the question).
        private static bool asking;
        private static bool askAgain;
        private static int retryMs;
        private const int FirstRetryMs = 1000;
        private const int MaxRetryMs = 60000;

        /// <summary>Asks the worker whether this frame is captured and how often to poll (Chrome wakes a
        /// stopped worker for it). Until it answers the frame is not captured; when the question
        /// fails (a worker that is starting or restarting) it is asked again, 1 s later then up to
        /// once a minute.</summary>
        private static async Task AskWorker()
        {
            if (quiet) return;
            if (asking) { askAgain = true; return; }
            asking = true;
            bool failed = false;
            try
            {
                object? reply = await Chrome.Runtime.SendMessage(new CaptureQuery { type = Messages.Capture });
                CaptureAnswer? answer = JsType.IsNullish(reply) ? null : reply.As<CaptureAnswer>();
                if (CaptureAnswers.IsValid(answer)) Apply(answer!.capture, answer.pollMs);
                else failed = true;
            }
            catch
            {
                if (ContextGone()) GoQuiet();
                failed = true;
            }
            asking = false;
            if (askAgain) { askAgain = false; retryMs = 0; _ = AskWorker(); }
            else if (failed && !quiet)
            {
                retryMs = retryMs == 0 ? FirstRetryMs : System.Math.Min(retryMs * 2, MaxRetryMs);
                Dom.SetTimeout(() => { _ = AskWorker(); }, retryMs);
            }
            else retryMs = 0;
        }

        /// <summary>Starts or stops polling this frame's connections, at the worker's interval.</summary>
        internal static void Apply(bool capture, int pollMs)
        {
            Capture.PollMs = pollMs;
            Capture.Enabled = capture && !quiet;
            Capture.Reschedule();
        }

        /// <summary>bridge → worker (never throws; quiet once the context is gone).</summary>
        internal static void Send(object message) { _ = Post(message); }

        private static async Task Post(object message)
        {
            if (quiet) return;
            try
            {
                await Chrome.Runtime.SendMessage(message);
            }
            catch
            {
                // "Extension context invalidated": stop for good. Anything else (the worker is
                // restarting, no receiver yet) is transient: the next poll carries the latest state.
                if (ContextGone()) GoQuiet();
            }
        }

        /// <summary>True once the extension was reloaded/updated under this page: chrome.runtime.id
        /// disappears (reading it never throws).</summary>
        private static bool ContextGone()
        {
            try { return JsType.IsNullish(Chrome.Runtime.Id); }
            catch { return true; }
        }

        /// <summary>Stops polling and never speaks again.</summary>
        private static void GoQuiet()
        {
            if (quiet) return;
            quiet = true;
            Capture.Enabled = false;
            Capture.Reschedule();
        }
    }
}
