using System.Collections.Generic;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One reduced RTCStats object (see docs/protocol.md). Dynamic field maps are sent as
    /// parallel arrays (<c>names[i]</c> ↔ <c>values[i]</c>) because C# maps become JS Maps, which do
    /// not survive JSON; field names are catalogue keys (<see cref="MetricCatalog"/>).</summary>
    [ObjectLiteral]
    public sealed class Sample
    {
        public string type;
        /// <summary>"audio", "video", or null where the stats type has no kind.</summary>
        public string? kind;
        public string[] names;
        public double[] values;
        public string[] infoNames;
        public string[] infoValues;
    }

    /// <summary>Every runtime/port message has a discriminator; read it first, then cast.</summary>
    [ObjectLiteral]
    public sealed class MessageEnvelope
    {
        /// <summary>Runtime messages (bridge → worker, popup → worker).</summary>
        public string? type;
    }

    // ---- hook ↔ bridge: events carrying RTCPeerConnection objects, no data (docs/protocol.md) ----

    // ---- bridge → worker (chrome.runtime.sendMessage) ----

    /// <summary>One poll tick of one frame: every connection polled in that tick, and the connections
    /// that ended since the previous message — one runtime message, whatever the number of connections.</summary>
    [ObjectLiteral]
    public sealed class PollMessage
    {
        public string type; // "wse/poll"
        /// <summary>Applied first, in order.</summary>
        public StatsMessage[] stats;
        /// <summary>Frame slots (<c>pc</c>) that ended: applied after <see cref="stats"/>, so a final
        /// sample and its end travel in one message.</summary>
        public int[] closed;
    }

    /// <summary>One connection's sample in a <see cref="PollMessage"/>.</summary>
    [ObjectLiteral]
    public sealed class StatsMessage
    {
        public string type; // "wse/stats"
        public int pc;
        public string state;
        public double at;
        public Sample[] samples;
    }

    [ObjectLiteral]
    public sealed class FrameGoneMessage
    {
        public string type; // "wse/frame-gone"
    }

    /// <summary>bridge → worker, at the bridge's start and after a settings change: "capture in this
    /// frame, and how often?". The worker answers from the MessageSender's frame URL and its settings,
    /// so the bridge carries no settings code and reads no storage.</summary>
    [ObjectLiteral]
    public sealed class CaptureQuery
    {
        public string type; // "wse/capture"
    }

    [ObjectLiteral]
    public sealed class CaptureAnswer
    {
        /// <summary>This frame's origin is enabled (master switch, platform switch or extra origin).</summary>
        public bool capture;
        /// <summary>The poll interval in milliseconds.</summary>
        public int pollMs;
    }

    /// <summary>The check beside the shape (an [ObjectLiteral] class holds no static member), apart from
    /// <see cref="Messages"/> so that the bridge's bundle carries none of the worker's checks and tables.</summary>
    public static class CaptureAnswers
    {
        /// <summary>The worker's answer as the bridge takes it: anything else leaves the frame as it was.</summary>
        public static bool IsValid(CaptureAnswer? a)
            => a != null && Shape.IsBool(a.capture) && Shape.IsIntIn(a.pollMs, SettingsStore.MinPollSeconds * 1000, SettingsStore.MaxPollSeconds * 1000);
    }

    // ---- popup/options ↔ worker ----

    [ObjectLiteral]
    public sealed class StatusRequest
    {
        public string type; // "wse/status"
        public int tabId;
        /// <summary>The tab's URL as the popup sees it (absent or null when hidden): the worker judges
        /// the site switch from it, so the popup carries no settings code.</summary>
        public string? url;
    }

    /// <summary>The popup's site switch for the tab (worked out by the worker from the URL, the tab's
    /// platform and the settings).</summary>
    [ObjectLiteral]
    public sealed class SiteStatus
    {
        /// <summary>False for chrome://, file:, the Web Store, new-tab pages...</summary>
        public bool supported;
        public string platformText;
        /// <summary>Capture is switched on for this site in the settings.</summary>
        public bool captureOn;
        /// <summary>The administrator's policy sets this switch.</summary>
        public bool locked;
        public string switchLabel;
        /// <summary><c>scheme://host[:port]</c> of the page, or "".</summary>
        public string origin;
        /// <summary>The host permission to ask for before switching on (user gesture, in the popup);
        /// "" for the built-in platforms, which the manifest grants.</summary>
        public string permission;
    }

    /// <summary>popup → worker: switch capture on this site on or off (the tab's built-in platform, or
    /// membership of the additional origins).</summary>
    [ObjectLiteral]
    public sealed class ToggleSiteRequest
    {
        public string type; // "wse/toggle-site"
        public int tabId;
        public string? url;
        public bool on;
    }

    [ObjectLiteral]
    public sealed class ToggleSiteAnswer
    {
        /// <summary>The setting was stored.</summary>
        public bool ok;
        /// <summary>What to tell the user ("" for nothing).</summary>
        public string note;
    }

    [ObjectLiteral]
    public sealed class StatusResponse
    {
        /// <summary>Platform label of the tab ("none" when not captured).</summary>
        public string platform;
        public bool enabled;
        /// <summary>Live connections in the tab.</summary>
        public int connections;
        /// <summary>Epoch ms of the last successful delivery, or 0 for never.</summary>
        public double lastPushAt;
        /// <summary>The last delivery error in plain words, or "" when the last attempt succeeded.</summary>
        public string lastError;
        public int pushes;
        public double bytes;
        /// <summary>Per-field complaints about the stored settings (empty when usable).</summary>
        public FieldError[] settingsErrors;
        /// <summary>Policy values that were ignored, each with why (field = policy key).</summary>
        public FieldError[] policyProblems;
        /// <summary>Origins the settings need (endpoint, extra origins) that Chrome has not granted.</summary>
        public string[] missingAccess;
        /// <summary>The tab's current call quality (<see cref="QualitySummary"/>): "good", "poor", or
        /// "" while nothing is measured yet.</summary>
        public string quality;
        /// <summary>Why it is poor, in plain words ("network loss", "the other side can't hear you").</summary>
        public string qualityReason;
        /// <summary>The lowest MOS of the tab's audio streams, 0 when none is known.</summary>
        public double mos;
        /// <summary>The site switch for the request's tab and URL.</summary>
        public SiteStatus site;
        /// <summary>The sentence explaining <see cref="missingAccess"/> ("" when nothing is missing).</summary>
        public string accessText;
        /// <summary>The host permissions that grant <see cref="missingAccess"/> (for the "Allow" button).</summary>
        public string[] accessPatterns;
    }

    // ---- options page ↔ worker: the page is a view (wse/form, wse/save-settings, wse/test-connection) ----

    /// <summary>One field of the options form, as the worker describes it (<c>wse/form</c>): the row of
    /// the settings table with its label and help, and its value as the form shows it.</summary>
    [ObjectLiteral]
    public sealed class FormRow
    {
        public string key;
        public SettingKind kind;
        /// <summary>The page's card: <c>endpoint</c>, <c>auth</c> or <c>capture</c>.</summary>
        public string section;
        public string label;
        public string help;
        public string placeholder;
        /// <summary>Half-width.</summary>
        public bool narrow;
        /// <summary>A choice's values, and what each is called.</summary>
        public string[] choices;
        public string[] choiceLabels;
        /// <summary>The value as text: a switch "true"/"false", a list one entry per line, labels one
        /// name=value per line; the policy's value when <see cref="locked"/> (a secret then shows as "").</summary>
        public string value;
        /// <summary>The administrator's policy sets it: shown disabled, never sent back.</summary>
        public bool locked;
    }

    /// <summary>worker → options page: everything the form shows.</summary>
    [ObjectLiteral]
    public sealed class FormAnswer
    {
        /// <summary>The form's fields in table order.</summary>
        public FormRow[] rows;
        /// <summary>Every policy value that was ignored, with why, one sentence each.</summary>
        public string[] policyLines;
        /// <summary>Origins the stored settings need that Chrome has granted, and those it has not.</summary>
        public string[] granted;
        public string[] missing;
        /// <summary>The sentence explaining <see cref="missing"/> ("" when nothing is missing).</summary>
        public string accessText;
    }

    /// <summary>options → worker: the form's unlocked fields as text (<c>keys[i]</c> ↔ <c>values[i]</c>),
    /// to store (<c>wse/save-settings</c>) or to test (<see cref="TestConnectionRequest"/>).</summary>
    [ObjectLiteral]
    public sealed class SaveSettingsRequest
    {
        public string type; // "wse/save-settings"
        public string[] keys;
        public string[] values;
    }

    [ObjectLiteral]
    public sealed class SaveSettingsAnswer
    {
        /// <summary>Stored.</summary>
        public bool ok;
        /// <summary>Why not, per field (shown beside it); nothing was stored.</summary>
        public FieldError[] errors;
        /// <summary>What to add to "Saved." ("" for nothing).</summary>
        public string note;
    }

    /// <summary>Message discriminators and shape validators. Every validator returns false for
    /// anything malformed, never throws, and is cheap enough to run on every message.</summary>
    public static class Messages
    {
        /// <summary>bridge → hook, on window: a FocusEvent whose relatedTarget is the bridge's private EventTarget.</summary>
        public const string BridgeOfferEvent = "wse-bridge-v2";
        /// <summary>hook → bridge, on window: the hook is installed (needed when the bridge ran first).</summary>
        public const string HookReadyEvent = "wse-hook-v2";
        /// <summary>hook → bridge, on the private target: the offer was taken.</summary>
        public const string BridgeAckEvent = "wse-ack";
        /// <summary>hook → bridge, on the private target: relatedTarget is a new RTCPeerConnection.</summary>
        public const string PcEvent = "wse-pc";
        /// <summary>hook → bridge, on the private target: relatedTarget's close() is about to run.</summary>
        public const string ClosingEvent = "wse-closing";
        public const string Poll = "wse/poll";
        public const string Stats = "wse/stats";
        public const string FrameGone = "wse/frame-gone";
        public const string Status = "wse/status";
        public const string Capture = "wse/capture";
        public const string ToggleSite = "wse/toggle-site";
        public const string Form = "wse/form";
        public const string SaveSettings = "wse/save-settings";
        /// <summary>Longest tab URL the worker looks at (longer ones are refused as malformed).</summary>
        public const int MaxUrlLength = 8192;

        public const int MaxPcSlot = 63;
        public const int MaxSamples = 64;
        public const int MaxFieldsPerSample = 64;
        public const int MaxStringLength = 64;

        public static readonly string[] ConnectionStates = { "new", "connecting", "connected", "disconnected", "failed", "closed" };

        public static bool IsValidStats(StatsMessage? m)
            => m != null && m.type == Stats && IsValidEntry(m.pc, m.state, m.at, m.samples);

        /// <summary>A poll message: at most one entry per frame slot in each list, every entry valid.
        /// One bad entry voids the whole message (only a broken or hostile bridge sends one).</summary>
        public static bool IsValidPoll(PollMessage? m)
        {
            if (m == null || m.type != Poll || !Plain.IsArray(m.stats) || !Plain.IsArray(m.closed)) return false;
            if (m.stats.Length > MaxPcSlot + 1 || m.closed.Length > MaxPcSlot + 1) return false;
            for (int i = 0; i < m.stats.Length; i++)
            {
                if (!IsValidStats(m.stats[i])) return false;
                for (int j = 0; j < i; j++) if (m.stats[j].pc == m.stats[i].pc) return false;
            }
            for (int i = 0; i < m.closed.Length; i++)
            {
                if (!Shape.IsIntIn(m.closed[i], 0, MaxPcSlot)) return false;
                for (int j = 0; j < i; j++) if (m.closed[j] == m.closed[i]) return false;
            }
            return true;
        }

        public static bool IsValidStatus(StatusRequest? m)
            => m != null && m.type == Status && Shape.IsIntIn(m.tabId, -1, int.MaxValue) && IsOptionalUrl(m.url);

        public static bool IsValidToggleSite(ToggleSiteRequest? m)
            => m != null && m.type == ToggleSite && Shape.IsIntIn(m.tabId, -1, int.MaxValue) && IsOptionalUrl(m.url) && Shape.IsBool(m.on);

        /// <summary>Absent, null, or a string of at most <see cref="MaxUrlLength"/> characters.</summary>
        private static bool IsOptionalUrl(object? url) => url == null || Shape.IsString(url) && ((string)url).Length <= MaxUrlLength;

        private static bool IsValidEntry(object? pc, object? state, object? at, Sample[]? samples)
        {
            if (!Shape.IsIntIn(pc, 0, MaxPcSlot)) return false;
            if (!Shape.IsString(state) || System.Array.IndexOf(ConnectionStates, (string)state!) < 0) return false;
            if (!Shape.IsFiniteNumber(at)) return false;
            if (samples == null || samples.Length > MaxSamples) return false;
            foreach (Sample s in samples) if (!IsValidSample(s)) return false;
            return true;
        }

        /// <summary>A sample is valid when its type is a catalogue stats type, its kind is absent or
        /// audio/video, every numeric field is a known catalogue key with a finite number, and every
        /// info field is a known key with a short printable string.</summary>
        public static bool IsValidSample(Sample? s)
        {
            if (s == null || !Shape.IsString(s.type) || !MetricCatalog.IsStatsType(s.type)) return false;
            if (s.kind != null && s.kind != "audio" && s.kind != "video") return false;
            if (s.names == null || s.values == null || s.names.Length != s.values.Length) return false;
            if (s.infoNames == null || s.infoValues == null || s.infoNames.Length != s.infoValues.Length) return false;
            if (s.names.Length > MaxFieldsPerSample || s.infoNames.Length > MaxFieldsPerSample) return false;
            for (int i = 0; i < s.names.Length; i++)
            {
                object? n = s.names[i];
                if (!Shape.IsString(n) || MetricCatalog.FindNumeric(s.type, (string)n!) == null) return false;
                // a value that is not finite (null after JSON) is dropped and counted by the worker, not the whole sample
                object? v = s.values[i];
                if (v != null && !Shape.IsNumber(v)) return false;
            }
            for (int i = 0; i < s.infoNames.Length; i++)
            {
                object? n = s.infoNames[i];
                if (!Shape.IsString(n) || MetricCatalog.FindInfo(s.type, (string)n!) == null) return false;
                if (!Shape.IsShortText(s.infoValues[i], MaxStringLength)) return false;
            }
            return true;
        }
    }
}
