using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>The bridge's init message: <c>{ wse: "wse-init-v1" }</c> (the port travels in the transfer list).</summary>
    [ObjectLiteral]
    internal sealed class InitMessage
    {
        public string wse { get; set; }
    }

    /// <summary>The isolated-world bridge (docs/protocol.md): hands the hook a private port, tells it
    /// whether this frame's origin is enabled and how often to poll, relays its messages to the
    /// service worker, says <c>wse/frame-gone</c> on pagehide, and goes quiet for good once the
    /// extension context is invalidated (extension reloaded or updated).</summary>
    public static class Program
    {
        private const string BridgeFlag = "wseBridge";
        private static MessagePort? port;
        private static bool quiet;
        private static bool enabledHere;
        private static int pollMs = SettingsStore.DefaultPollSeconds * 1000;
        /// <summary>Hook messages that failed validation.</summary>
        internal static int Dropped;

        public static void Main()
        {
            try
            {
                // The isolated world is shared by this extension's scripts in this frame and invisible
                // to the page: a second copy (static and dynamic registration) does nothing.
                JsObject global = Dom.GlobalThis;
                if (global.Has(BridgeFlag)) return;
                global[BridgeFlag] = true;

                var channel = new MessageChannel();
                port = channel.Port1;
                port.Onmessage = OnHookMessage;
                Dom.Window.PostMessage(new InitMessage { wse = Messages.InitMarker }, "*", new object[] { channel.Port2 });
                Dom.Window.AddEventListener("pagehide", OnPageHide);
                Chrome.Storage.OnChanged.AddListener(OnStorageChanged);
                _ = LoadSettings();
            }
            catch
            {
                GoQuiet();
            }
        }

        /// <summary>The URL platform detection looks at: the page's own URL when it is http(s), else
        /// (about:blank, srcdoc, blob:) the origin the document inherited.</summary>
        internal static string FrameUrl()
        {
            string href = Dom.Location.Href;
            if (href.StartsWith("https://") || href.StartsWith("http://")) return href;
            return Dom.Window.Origin + "/";
        }

        private static async Task LoadSettings()
        {
            try
            {
                JsObject items = await Chrome.Storage.Sync.Get(SettingsStore.SyncKey);
                Apply(ReadSync(items[SettingsStore.SyncKey]));
            }
            catch
            {
                if (ContextGone()) GoQuiet();
            }
        }

        private static SyncSettings? ReadSync(object? value)
            => JsType.IsPlainObject(value) ? value.As<SyncSettings>() : null;

        /// <summary>Recomputes whether this frame is captured and tells the hook.</summary>
        internal static void Apply(SyncSettings? sync)
        {
            // Every array member present: a member missing from a stored object is undefined in JS,
            // which SettingsStore.Normalize's null check does not catch.
            SyncSettings complete = sync ?? new SyncSettings();
            if (!JsType.IsArray(complete.extraOrigins)) complete.extraOrigins = new string[0];
            Settings s = SettingsStore.Normalize(complete, null);
            enabledHere = Platforms.EnabledPlatform(s, FrameUrl()) != Platform.None;
            pollMs = s.pollIntervalSeconds * 1000;
            if (quiet || port == null) return;
            port.PostMessage(new HookConfig { t = Messages.Config, enabled = enabledHere, pollMs = pollMs });
        }

        private static void OnStorageChanged(JsObject changes, string area)
        {
            if (quiet || area != "sync" || !changes.Has(SettingsStore.SyncKey)) return;
            StorageChange change = changes[SettingsStore.SyncKey].As<StorageChange>();
            Apply(ReadSync(change.NewValue));
        }

        private static void OnHookMessage(MessageEvent e)
        {
            if (quiet) return;
            object? data = e.Data;
            if (!JsType.IsPlainObject(data)) { Dropped++; return; }
            string? t = data.As<MessageEnvelope>().t;
            if (t == Messages.HookStatsT)
            {
                HookStats m = data.As<HookStats>();
                if (!Messages.IsValidHookStats(m)) { Dropped++; return; }
                if (!enabledHere) return;
                Send(new StatsMessage { type = Messages.Stats, pc = m.pc, state = m.state, at = m.at, samples = m.samples });
            }
            else if (t == Messages.HookClosedT)
            {
                HookClosed m = data.As<HookClosed>();
                if (!Messages.IsValidHookClosed(m)) { Dropped++; return; }
                // Relayed even when capture was just switched off, so the worker can clean up.
                Send(new ClosedMessage { type = Messages.Closed, pc = m.pc });
            }
            else
            {
                Dropped++;
            }
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

        /// <summary>Tells the hook to stop polling, closes the port and never speaks again.</summary>
        private static void GoQuiet()
        {
            if (quiet) return;
            quiet = true;
            try
            {
                if (port != null)
                {
                    port.PostMessage(new HookConfig { t = Messages.Config, enabled = false, pollMs = pollMs });
                    port.Close();
                }
            }
            catch { }
            port = null;
        }
    }
}
