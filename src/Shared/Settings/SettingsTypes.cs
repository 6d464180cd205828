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

    /// <summary>Per-platform capture switches (built-in platforms are on unless switched off).</summary>
    [ObjectLiteral]
    public sealed class PlatformSwitches
    {
        public bool? teams;
        public bool? meet;
        public bool? connect;
        public bool? genesys;
    }

    /// <summary>What is stored in <c>chrome.storage.sync</c> under the key <see cref="SettingsStore.SyncKey"/>.
    /// Every field is optional in storage: <see cref="SettingsStore.Normalize"/> fills defaults.
    /// Never holds a secret.</summary>
    [ObjectLiteral]
    public sealed class SyncSettings
    {
        public int? version;
        public bool? enabled;
        /// <summary><see cref="SinkKinds"/>.</summary>
        public string? sink;
        /// <summary>Base URL of the Pushgateway or VictoriaMetrics (single node or vminsert).</summary>
        public string? url;
        public string? job;
        public string? agentId;
        public int? pollIntervalSeconds;
        public int? pushIntervalSeconds;
        /// <summary>VictoriaMetrics cluster tenant ("" = single node).</summary>
        public string? vmTenant;
        /// <summary>Remote write tenant sent as <c>X-Scope-OrgID</c> (Mimir, Cortex); "" = none.</summary>
        public string? remoteWriteTenant;
        public string? username;
        public bool? gzip;
        public PlatformSwitches? platforms;
        /// <summary>Extra origins to capture, each <c>scheme://host[:port]</c>.</summary>
        public string[]? extraOrigins;
    }

    /// <summary>What is stored in <c>chrome.storage.local</c> under <see cref="SettingsStore.LocalKey"/>:
    /// the secrets, which never go to sync storage.</summary>
    [ObjectLiteral]
    public sealed class LocalSecrets
    {
        public int? version;
        public string? password;
        public string? bearerToken;
    }

    /// <summary>The effective, fully populated settings (sync part + secrets). Produced by
    /// <see cref="SettingsStore.Normalize"/>; every field is set.</summary>
    [ObjectLiteral]
    public sealed class Settings
    {
        public int version;
        public bool enabled;
        public string sink;
        public string url;
        public string job;
        public string agentId;
        public int pollIntervalSeconds;
        public int pushIntervalSeconds;
        public string vmTenant;
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

    /// <summary>One validation complaint, addressed to one field (the options page shows it there).</summary>
    [ObjectLiteral]
    public sealed class FieldError
    {
        public string field;
        public string message;
    }

    /// <summary>The original extension's flat sync keys (version 1). Only read, by the migration.</summary>
    [ObjectLiteral]
    public sealed class LegacySettingsV1
    {
        public string? url;
        public string? username;
        public string? password;
        public int? updateInterval;
        public bool? gzip;
        public string? job;
        public string? agentId;
        /// <summary>Origin or host → enabled, as <c>[key, value]</c> pairs (the caller flattens the
        /// stored object map into pairs, because keys are dynamic).</summary>
        public string[]? enabledOriginKeys;
        public bool[]? enabledOriginValues;
    }
}
