using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The sink a user chooses (values stored as these strings).</summary>
    public static class SinkKinds
    {
        public const string Pushgateway = "pushgateway";
        public const string VictoriaMetrics = "victoriametrics";
        /// <summary>Prometheus remote write (the URL is the full write endpoint).</summary>
        public const string RemoteWrite = "remotewrite";
    }

    /// <summary>One extra label added to every series (a fleet label such as <c>site="paris"</c>).</summary>
    [ObjectLiteral]
    public sealed class LabelPair
    {
        public string name;
        public string value;
    }

    /// <summary>The effective, fully populated settings: one field per row of
    /// <see cref="SettingsTable"/> (same names), every field set. Stored as plain objects: the
    /// secrets in <c>chrome.storage.local</c> under <see cref="SettingsStore.LocalKey"/>, the rest in
    /// <c>chrome.storage.sync</c> under <see cref="SettingsStore.SyncKey"/> (the platform switches
    /// inside <c>platforms</c>, the labels as a name → value object).</summary>
    [ObjectLiteral]
    public sealed class Settings
    {
        public int version;
        public bool enabled;
        public string sink;
        public string url;
        public string job;
        public string agentId;
        public LabelPair[] labels;
        public int pollIntervalSeconds;
        public int pushIntervalSeconds;
        public string vmTenant;
        /// <summary>Remote write tenant sent as <c>X-Scope-OrgID</c> (Mimir, Cortex); "" = none.</summary>
        public string remoteWriteTenant;
        public string username;
        public string password;
        public string bearerToken;
        public bool gzip;
        public bool teams;
        public bool meet;
        public bool connect;
        public bool genesys;
        public string[] extraOrigins;
    }

    /// <summary>One complaint, addressed to one setting (the options page shows it next to the field;
    /// for a policy problem, <see cref="field"/> is the policy key).</summary>
    [ObjectLiteral]
    public sealed class FieldError
    {
        public string field;
        public string message;
    }
}
