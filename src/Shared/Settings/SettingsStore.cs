using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Defaults, bounds, normalisation, validation, the sync/local split and migrations.
    /// See docs/metrics.md ("Settings") for the documented bounds.</summary>
    public static class SettingsStore
    {
        public const int CurrentVersion = 2;
        /// <summary>Key in chrome.storage.sync holding a <see cref="SyncSettings"/>.</summary>
        public const string SyncKey = "settings";
        /// <summary>Key in chrome.storage.local holding a <see cref="LocalSecrets"/>.</summary>
        public const string LocalKey = "secrets";

        public const string DefaultUrl = "http://localhost:9091";
        public const string DefaultJob = "webrtc";
        public const int MinPollSeconds = 1;
        public const int MaxPollSeconds = 60;
        public const int DefaultPollSeconds = 5;
        /// <summary>10 s: one group per agent at 10 s keeps a default Pushgateway under 200 ms p99 up
        /// to ~200 agents (issue 8's table); VictoriaMetrics takes 5 s for thousands.</summary>
        public const int DefaultPushSeconds = 10;
        public const int MinPushSeconds = 5;
        public const int MaxPushSeconds = 300;
        public const int MaxLabelLength = 128;
        public const int MaxExtraOrigins = 50;

        public static Settings Defaults() => Normalize(null, null);

        /// <summary>Fills every missing field with its default and clamps the intervals. Values of the
        /// wrong kind are replaced by defaults. Never throws.</summary>
        public static Settings Normalize(SyncSettings? sync, LocalSecrets? secrets)
        {
            SyncSettings s = sync ?? new SyncSettings();
            LocalSecrets l = secrets ?? new LocalSecrets();
            PlatformSwitches ps = s.platforms ?? new PlatformSwitches();
            var origins = new List<string>();
            if (s.extraOrigins != null)
            {
                for (int i = 0; i < s.extraOrigins.Length; i++)
                {
                    string? o = s.extraOrigins[i];
                    if (Shape.IsString(o)) origins.Add(o!);
                }
            }
            string sink = s.sink == SinkKinds.VictoriaMetrics || s.sink == SinkKinds.RemoteWrite ? s.sink! : SinkKinds.Pushgateway;
            return new Settings
            {
                version = CurrentVersion,
                enabled = s.enabled ?? true,
                sink = sink,
                url = StringOr(s.url, DefaultUrl),
                job = StringOr(s.job, DefaultJob),
                agentId = StringOr(s.agentId, ""),
                pollIntervalSeconds = Clamp(s.pollIntervalSeconds ?? DefaultPollSeconds, MinPollSeconds, MaxPollSeconds),
                pushIntervalSeconds = Clamp(s.pushIntervalSeconds ?? DefaultPushSeconds, MinPushSeconds, MaxPushSeconds),
                vmTenant = StringOr(s.vmTenant, ""),
                remoteWriteTenant = StringOr(s.remoteWriteTenant, ""),
                username = StringOr(s.username, ""),
                password = StringOr(l.password, ""),
                bearerToken = StringOr(l.bearerToken, ""),
                gzip = s.gzip ?? true,
                teams = ps.teams ?? true,
                meet = ps.meet ?? true,
                connect = ps.connect ?? true,
                genesys = ps.genesys ?? true,
                extraOrigins = origins.ToArray(),
            };
        }

        private static string StringOr(string? v, string fallback) => Shape.IsString(v) ? v! : fallback;

        public static int Clamp(int v, int min, int max) => v < min ? min : (v > max ? max : v);

        /// <summary>The part stored in chrome.storage.sync (no secrets).</summary>
        public static SyncSettings ToSync(Settings s) => new SyncSettings
        {
            version = CurrentVersion,
            enabled = s.enabled,
            sink = s.sink,
            url = s.url,
            job = s.job,
            agentId = s.agentId,
            pollIntervalSeconds = s.pollIntervalSeconds,
            pushIntervalSeconds = s.pushIntervalSeconds,
            vmTenant = s.vmTenant,
            remoteWriteTenant = s.remoteWriteTenant,
            username = s.username,
            gzip = s.gzip,
            platforms = new PlatformSwitches { teams = s.teams, meet = s.meet, connect = s.connect, genesys = s.genesys },
            extraOrigins = s.extraOrigins,
        };

        /// <summary>The part stored in chrome.storage.local (password, bearer token).</summary>
        public static LocalSecrets ToLocal(Settings s) => new LocalSecrets
        {
            version = CurrentVersion,
            password = s.password,
            bearerToken = s.bearerToken,
        };

        /// <summary>Per-field complaints in plain words; empty when the settings can be used.</summary>
        public static List<FieldError> Validate(Settings s)
        {
            var errors = new List<FieldError>();
            UrlParts? u = UrlParts.Parse(s.url);
            if (u == null)
                Add(errors, "url", "Enter an http:// or https:// address with a host, e.g. http://pushgateway.example:9091.");
            else if (s.url.IndexOf('?') >= 0 || s.url.IndexOf('#') >= 0)
                Add(errors, "url", "The address must not contain a query (?) or fragment (#).");
            CheckLabel(errors, "job", "Job", s.job);
            CheckLabel(errors, "agentId", "Agent id", s.agentId);
            if (s.pollIntervalSeconds < MinPollSeconds || s.pollIntervalSeconds > MaxPollSeconds)
                Add(errors, "pollIntervalSeconds", $"Poll interval must be between {MinPollSeconds} and {MaxPollSeconds} seconds.");
            if (s.pushIntervalSeconds < MinPushSeconds || s.pushIntervalSeconds > MaxPushSeconds)
                Add(errors, "pushIntervalSeconds", $"Push interval must be between {MinPushSeconds} and {MaxPushSeconds} seconds.");
            if (s.sink != SinkKinds.Pushgateway && s.sink != SinkKinds.VictoriaMetrics && s.sink != SinkKinds.RemoteWrite)
                Add(errors, "sink", "Choose Pushgateway, VictoriaMetrics or Prometheus remote write.");
            if (u != null && s.sink == SinkKinds.RemoteWrite && (u.Path.Length == 0 || u.Path == "/"))
                Add(errors, "url", "Enter the full write endpoint, e.g. https://mimir.example/api/v1/push or http://prometheus:9090/api/v1/write.");
            if (s.remoteWriteTenant.Length > 0)
            {
                if (s.sink != SinkKinds.RemoteWrite)
                    Add(errors, "remoteWriteTenant", "A remote write tenant only applies to the Prometheus remote write sink.");
                else if (!IsOrgId(s.remoteWriteTenant))
                    Add(errors, "remoteWriteTenant", $"Tenant must be 1–{MaxOrgIdLength} letters, digits or !-_.*'() (not \".\" or \"..\").");
            }
            if (s.vmTenant.Length > 0)
            {
                if (s.sink != SinkKinds.VictoriaMetrics)
                    Add(errors, "vmTenant", "A tenant only applies to VictoriaMetrics.");
                else if (!IsTenant(s.vmTenant))
                    Add(errors, "vmTenant", "Tenant must be an account id, or accountId:projectId, in digits (e.g. 42 or 42:7).");
            }
            if (s.username.IndexOf(':') >= 0)
                Add(errors, "username", "The user name must not contain a colon.");
            if (s.password.Length > 0 && s.username.Length == 0)
                Add(errors, "username", "Enter the user name that goes with the password.");
            if (s.bearerToken.Length > 0 && (s.username.Length > 0 || s.password.Length > 0))
                Add(errors, "bearerToken", "Use either a user name and password or a bearer token, not both.");
            if (!IsHeaderSafe(s.bearerToken))
                Add(errors, "bearerToken", "The token contains characters that cannot be sent in a header.");
            if (s.extraOrigins.Length > MaxExtraOrigins)
                Add(errors, "extraOrigins", $"At most {MaxExtraOrigins} extra origins.");
            for (int i = 0; i < s.extraOrigins.Length; i++)
            {
                if (UrlParts.NormalizeOrigin(s.extraOrigins[i]) == null)
                    Add(errors, "extraOrigins", $"\"{s.extraOrigins[i]}\" is not an origin of the form https://host[:port] (no path).");
            }
            return errors;
        }

        private static void Add(List<FieldError> errors, string field, string message)
            => errors.Add(new FieldError { field = field, message = message });

        private static void CheckLabel(List<FieldError> errors, string field, string title, string value)
        {
            if (value.Trim().Length == 0) { Add(errors, field, title + " is required."); return; }
            if (value.Length > MaxLabelLength) { Add(errors, field, $"{title} must be at most {MaxLabelLength} characters."); return; }
            if (value != value.Trim()) { Add(errors, field, title + " must not start or end with spaces."); return; }
            if (!Shape.IsShortText(value, MaxLabelLength)) Add(errors, field, title + " must not contain control characters.");
        }

        private static bool IsTenant(string t)
        {
            string[] parts = t.Split(':');
            if (parts.Length > 2) return false;
            foreach (string p in parts)
            {
                if (p.Length == 0 || p.Length > 10) return false;
                for (int i = 0; i < p.Length; i++) if (p[i] < '0' || p[i] > '9') return false;
            }
            return true;
        }

        public const int MaxOrgIdLength = 150;

        /// <summary>A Mimir/Cortex tenant id: at most 150 characters from a safe set, not "." or "..".</summary>
        private static bool IsOrgId(string t)
        {
            if (t.Length > MaxOrgIdLength || t == "." || t == "..") return false;
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!-_.*'()".IndexOf(c) >= 0;
                if (!ok) return false;
            }
            return true;
        }

        private static bool IsHeaderSafe(string v)
        {
            for (int i = 0; i < v.Length; i++) if (v[i] < ' ' || v[i] > '~') return false;
            return true;
        }

        /// <summary>Migrates the original extension's flat keys (v1) to the current shape. The
        /// password moves to local storage; the caller must then remove the v1 keys from sync.</summary>
        public static Settings MigrateV1(LegacySettingsV1 old)
        {
            Settings s = Defaults();
            if (Shape.IsString(old.url) && old.url!.Length > 0) s.url = old.url;
            if (Shape.IsString(old.username)) s.username = old.username!;
            if (Shape.IsString(old.password)) s.password = old.password!;
            if (Shape.IsString(old.job) && old.job!.Length > 0) s.job = old.job;
            if (Shape.IsString(old.agentId)) s.agentId = old.agentId!;
            if (old.gzip != null) s.gzip = old.gzip.Value;
            // v1 polled every 2 s by default; keep the user's choice within today's bounds.
            if (old.updateInterval != null) s.pollIntervalSeconds = Clamp(old.updateInterval.Value, MinPollSeconds, MaxPollSeconds);
            var extra = new List<string>();
            if (old.enabledOriginKeys != null && old.enabledOriginValues != null)
            {
                int n = old.enabledOriginKeys.Length < old.enabledOriginValues.Length ? old.enabledOriginKeys.Length : old.enabledOriginValues.Length;
                for (int i = 0; i < n; i++)
                {
                    string key = old.enabledOriginKeys[i];
                    bool on = old.enabledOriginValues[i];
                    // v1 keys were origins or bare hosts.
                    string url = key.IndexOf("://") >= 0 ? key : "https://" + key;
                    UrlParts? p = UrlParts.Parse(url);
                    if (p == null) continue;
                    Platform platform = Platforms.DetectHost(p.Host, "/connect/");
                    if (!on)
                    {
                        if (platform == Platform.Teams) s.teams = false;
                        else if (platform == Platform.Meet) s.meet = false;
                        else if (platform == Platform.Connect) s.connect = false;
                        else if (platform == Platform.Genesys) s.genesys = false;
                    }
                    else if (platform == Platform.None && key.IndexOf("://") >= 0)
                    {
                        string? o = UrlParts.NormalizeOrigin(key);
                        if (o != null && !extra.Contains(o)) extra.Add(o);
                    }
                }
            }
            s.extraOrigins = extra.ToArray();
            return s;
        }

        /// <summary>Upgrades a stored sync object of any known version to the current one.</summary>
        public static Settings Load(SyncSettings? sync, LocalSecrets? secrets, LegacySettingsV1? legacy)
        {
            if ((sync == null || sync.version == null) && legacy != null && (legacy.url != null || legacy.job != null || legacy.agentId != null))
                return MigrateV1(legacy);
            return Normalize(sync, secrets);
        }
    }
}
