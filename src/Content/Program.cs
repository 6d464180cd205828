using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>The isolated-world bridge (docs/protocol.md): hands the hook a private EventTarget,
    /// receives the page's RTCPeerConnections through it, polls them itself (<see cref="Capture"/>)
    /// when this frame's origin is enabled, sends the reduced samples to the service worker (one
    /// message per poll tick for all the frame's connections), says
    /// <c>wse/frame-gone</c> on pagehide, and goes quiet for good once the extension context is
    /// invalidated (extension reloaded or updated).</summary>
    public static class Program
    {
        private const string BridgeFlag = "wseBridge";
        private static bool quiet;
        private static bool enabledHere;
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
                Capture.Send = Send;
                Dom.Window.AddEventListener("pagehide", OnPageHide);
                // Area events, not chrome.storage.onChanged: that one would also bring every write of
                // another area (the worker's group ledger in local) into every captured frame.
                Chrome.Storage.Sync.OnChanged.AddListener(changes => OnStorageChanged(changes, SettingsSource.Sync));
                Chrome.Storage.Managed.OnChanged.AddListener(changes => OnStorageChanged(changes, SettingsSource.Managed));
                _ = LoadSettings();
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

        /// <summary>The URL platform detection looks at: the page's own URL when it is http(s), else
        /// (about:blank, srcdoc, blob:) the origin the document inherited.</summary>
        internal static string FrameUrl()
        {
            string href = Dom.Location.Href;
            if (href.StartsWith("https://") || href.StartsWith("http://")) return href;
            return Dom.Window.Origin + "/";
        }

        private static readonly SettingsSource settings = new SettingsSource(new ChromeSettingsStorage());

        /// <summary>Reads the settings through the one loader (user settings and policy, never the
        /// secrets) and tells the hook.</summary>
        private static async Task LoadSettings()
        {
            try
            {
                LoadedSettings loaded = await settings.Load(false);
                Apply(loaded.Effective);
            }
            catch
            {
                if (ContextGone()) GoQuiet();
            }
        }

        /// <summary>Recomputes whether this frame is captured and tells the hook.</summary>
        internal static void Apply(Settings s)
        {
            enabledHere = Platforms.EnabledPlatform(s, FrameUrl()) != Platform.None;
            Capture.PollMs = s.pollIntervalSeconds * 1000;
            Capture.Enabled = enabledHere && !quiet;
            Capture.Reschedule();
        }

        private static void OnStorageChanged(JsObject changes, string area)
        {
            if (quiet || !SettingsSource.Affects(area, JsObject.Keys(changes))) return;
            _ = LoadSettings();
        }

        private static void OnPageHide(Event e)
        {
            if (!quiet) Send(new FrameGoneMessage { type = Messages.FrameGone });
        }

        private static void Send(object message) { _ = Post(message); }

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
            Capture.Stopped = true;
            Capture.Reschedule();
        }
    }
}
