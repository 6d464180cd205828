using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Normalisation, validation, the sync/local split and the v1 migration, all driven by
    /// <see cref="SettingsTable"/>. Stored values are plain objects (<see cref="Plain"/>).</summary>
    public static class SettingsStore
    {
        public const int CurrentVersion = 2;
        /// <summary>Key in chrome.storage.sync holding the user's settings (no secrets).</summary>
        public const string SyncKey = "settings";
        /// <summary>Key in chrome.storage.local holding the user's secrets.</summary>
        public const string LocalKey = "secrets";

        public const string DefaultUrl = "http://localhost:9091";
        public const string DefaultJob = "webrtc";
        public const int MinPollSeconds = 1;
        public const int MaxPollSeconds = 60;
        public const int DefaultPollSeconds = 5;
        public const int DefaultPushSeconds = 10;
        public const int MinPushSeconds = 5;
        public const int MaxPushSeconds = 300;
        public const int MaxLabelLength = SettingsTable.MaxLabelLength;
        public const int MaxExtraOrigins = SettingsTable.MaxExtraOrigins;
        public const int MaxOrgIdLength = 150;

        /// <summary>The original extension's flat sync keys (version 1).</summary>
        public static readonly string[] LegacyKeys =
            { "url", "username", "password", "updateInterval", "gzip", "job", "agentId", "enabledOrigins", "enabledStats" };

        public static Settings Defaults() => Normalize(null, null);

        /// <summary>Settings from the stored sync object and secrets object (either may be missing or
        /// of any shape): every missing or mistyped value takes its default, numbers are clamped to
        /// their bounds, an unknown choice takes the default. Never throws.</summary>
        public static Settings Normalize(object? stored, object? secrets)
        {
            var s = new Settings { version = CurrentVersion };
            foreach (SettingDef d in SettingsTable.All)
            {
                object? raw = d.Area == SettingArea.PolicyOnly ? null : d.ValueIn(d.Area == SettingArea.LocalSecret ? secrets : stored);
                SettingsFields.Set(s, d.Key, Lenient(d, raw));
            }
            return s;
        }

        /// <summary>The stored value if it has the row's kind (clamped, filtered), else the default.</summary>
        private static object? Lenient(SettingDef d, object? raw)
        {
            switch (d.Kind)
            {
                case SettingKind.Origins:
                {
                    var list = new List<string>();
                    object?[] items = Plain.Items(raw);
                    foreach (object? item in items) if (Shape.IsString(item)) list.Add((string)item!);
                    return list.ToArray();
                }
                case SettingKind.Labels:
                    return ReadLabels(raw);
                default:
                    if (!HasType(d, raw)) return Default(d);
                    if (d.Kind == SettingKind.Number) return Clamp(Plain.ToInt(raw), d.Min, d.Max);
                    return d.Kind == SettingKind.Choice && System.Array.IndexOf(d.Choices, (string)raw!) < 0 ? Default(d) : raw;
            }
        }

        /// <summary>Whether a stored or policy value has the JSON type of a one-value row: a whole
        /// number, a boolean for a switch, else a string (lists are read by their own rules).</summary>
        public static bool HasType(SettingDef d, object? raw)
            => d.Kind == SettingKind.Number ? Shape.IsIntIn(raw, int.MinValue, int.MaxValue)
             : d.Kind == SettingKind.Switch ? Shape.IsBool(raw) : Shape.IsString(raw);

        /// <summary>A row's default, fresh (lists are new arrays).</summary>
        public static object? Default(SettingDef d)
        {
            if (d.Kind == SettingKind.Origins) return new string[0];
            if (d.Kind == SettingKind.Labels) return new LabelPair[0];
            return d.Default;
        }

        /// <summary>The string-valued pairs of a stored name → value object, sorted by name.</summary>
        public static LabelPair[] ReadLabels(object? raw)
        {
            var pairs = new List<LabelPair>();
            foreach (string key in Plain.Keys(raw))
            {
                object? v = Plain.Get(raw, key);
                if (Shape.IsString(v)) pairs.Add(new LabelPair { name = key, value = (string)v! });
            }
            return SortLabels(pairs);
        }

        /// <summary>Labels sorted by name (one canonical order for grouping keys and comparisons).</summary>
        public static LabelPair[] SortLabels(List<LabelPair> pairs)
        {
            pairs.Sort((a, b) => string.CompareOrdinal(a.name, b.name));
            return pairs.ToArray();
        }

        public static int Clamp(int v, int min, int max) => v < min ? min : (v > max ? max : v);

        /// <summary>A deep copy.</summary>
        public static Settings Clone(Settings s)
        {
            var c = new Settings { version = CurrentVersion };
            foreach (SettingDef d in SettingsTable.All) SettingsFields.Set(c, d.Key, CopyValue(d, SettingsFields.Get(s, d.Key)));
            return c;
        }

        private static object? CopyValue(SettingDef d, object? v)
        {
            if (d.Kind == SettingKind.Origins) return new List<string>((string[])v!).ToArray();
            if (d.Kind == SettingKind.Labels)
            {
                var copy = new List<LabelPair>();
                foreach (LabelPair pair in (LabelPair[])v!) copy.Add(new LabelPair { name = pair.name, value = pair.value });
                return copy.ToArray();
            }
            return v;
        }

        /// <summary>The plain object stored in chrome.storage.sync (no secrets).</summary>
        public static object ToSync(Settings s)
        {
            object o = Plain.NewObject();
            Plain.Set(o, "version", CurrentVersion);
            foreach (SettingDef d in SettingsTable.All)
            {
                if (d.Area != SettingArea.Sync) continue;
                object target = o;
                if (d.Group.Length > 0)
                {
                    if (!Plain.IsObject(Plain.Get(o, d.Group))) Plain.Set(o, d.Group, Plain.NewObject());
                    target = Plain.Get(o, d.Group)!;
                }
                Plain.Set(target, d.Key, ToPlain(d, SettingsFields.Get(s, d.Key)));
            }
            return o;
        }

        /// <summary>The plain object stored in chrome.storage.local (password, bearer token).</summary>
        public static object ToLocal(Settings s)
        {
            object o = Plain.NewObject();
            Plain.Set(o, "version", CurrentVersion);
            foreach (SettingDef d in SettingsTable.All)
                if (d.Area == SettingArea.LocalSecret) Plain.Set(o, d.Key, SettingsFields.Get(s, d.Key));
            return o;
        }

        private static object? ToPlain(SettingDef d, object? v)
        {
            if (d.Kind != SettingKind.Labels) return v;
            object map = Plain.NewObject();
            LabelPair[] pairs = (LabelPair[])v!;
            foreach (LabelPair pair in pairs) Plain.Set(map, pair.name, pair.value);
            return map;
        }

        // ---- validation ----

        /// <summary>Per-field complaints in plain words; empty when the settings can be used.</summary>
        public static List<FieldError> Validate(Settings s)
        {
            var errors = new List<FieldError>();
            foreach (SettingDef d in SettingsTable.All)
                foreach (string problem in Check(d, SettingsFields.Get(s, d.Key))) Add(errors, d.Key, problem);
            CheckTogether(s, errors);
            return errors;
        }

        /// <summary>The rules between settings. The field named is where the user can fix it.</summary>
        public static void CheckTogether(Settings s, List<FieldError> errors)
        {
            if (s.vmTenant.Length > 0 && s.sink != SinkKinds.VictoriaMetrics)
                Add(errors, "vmTenant", "A tenant only applies to VictoriaMetrics.");
            if (s.remoteWriteTenant.Length > 0 && s.sink != SinkKinds.RemoteWrite)
                Add(errors, "remoteWriteTenant", "A remote write tenant only applies to the Prometheus remote write sink.");
            UrlParts? u = UrlParts.Parse(s.url);
            if (u != null && s.sink == SinkKinds.RemoteWrite && (u.Path.Length == 0 || u.Path == "/"))
                Add(errors, "url", "Enter the full write endpoint, e.g. https://mimir.example/api/v1/push or http://prometheus:9090/api/v1/write.");
            if (s.password.Length > 0 && s.username.Length == 0)
                Add(errors, "username", "Enter the user name that goes with the password.");
            if (s.bearerToken.Length > 0 && (s.username.Length > 0 || s.password.Length > 0))
                Add(errors, "bearerToken", "Use either a user name and password or a bearer token, not both.");
        }

        /// <summary>What is wrong with one value of the row's type (empty when nothing).</summary>
        public static List<string> Check(SettingDef d, object? value)
        {
            var problems = new List<string>();
            switch (d.Kind)
            {
                case SettingKind.Number:
                {
                    int n = Plain.ToInt(value);
                    if (n < d.Min || n > d.Max) problems.Add($"{d.Name} must be between {d.Min} and {d.Max} seconds.");
                    break;
                }
                case SettingKind.Choice:
                    if (System.Array.IndexOf(d.Choices, (string)value!) < 0) problems.Add($"{d.Name} must be one of: {string.Join(", ", d.Choices)}.");
                    break;
                case SettingKind.Origins:
                {
                    string[] origins = (string[])value!;
                    if (origins.Length > d.Max) problems.Add(AtMost(d) + ".");
                    foreach (string origin in origins)
                        if (UrlParts.NormalizeOrigin(origin) == null) problems.Add(NotAnOrigin(origin) + ".");
                    break;
                }
                case SettingKind.Labels:
                {
                    LabelPair[] pairs = (LabelPair[])value!;
                    if (pairs.Length > d.Max) problems.Add(AtMost(d) + ".");
                    var seen = new List<string>();
                    foreach (LabelPair pair in pairs)
                    {
                        string? p = CheckLabel(pair.name, pair.value);
                        if (p == null && seen.Contains(pair.name)) p = $"The label {pair.name} appears twice.";
                        if (p != null) problems.Add(p);
                        seen.Add(pair.name);
                    }
                    break;
                }
                case SettingKind.Text:
                case SettingKind.Secret:
                case SettingKind.Url:
                {
                    string text = (string)value!;
                    string? p = CheckText(d, text);
                    if (p != null) problems.Add(p);
                    break;
                }
            }
            return problems;
        }

        /// <summary>"At most 50 extra origins" / "At most 5 extra labels" (a list row's bound).</summary>
        public static string AtMost(SettingDef d) => $"At most {d.Max} extra " + (d.Kind == SettingKind.Origins ? "origins" : "labels");

        public static string NotAnOrigin(object? entry) => $"\"{entry}\" is not an origin of the form https://host[:port] (no path)";

        private static string? CheckText(SettingDef d, string v)
        {
            // A label value is required: that is said before its length.
            if (d.Rule == SettingRule.LabelValue && v.Trim().Length == 0) return d.Name + " is required.";
            if (d.Max > 0 && v.Length > d.Max) return $"{d.Name} must be at most {d.Max} characters.";
            switch (d.Rule)
            {
                case SettingRule.LabelValue:
                    if (v != v.Trim()) return d.Name + " must not start or end with spaces.";
                    return Shape.IsShortText(v, d.Max) ? null : d.Name + " must not contain control characters.";
                case SettingRule.HttpUrl:
                    if (UrlParts.Parse(v) == null) return "Enter an http:// or https:// address with a host, e.g. http://pushgateway.example:9091.";
                    if (v.IndexOf('?') >= 0 || v.IndexOf('#') >= 0) return "The address must not contain a query (?) or fragment (#).";
                    return null;
                case SettingRule.Tenant:
                    return v.Length == 0 || IsTenant(v) ? null : "Tenant must be an account id, or accountId:projectId, in digits (e.g. 42 or 42:7).";
                case SettingRule.UserName:
                    return v.IndexOf(':') >= 0 ? "The user name must not contain a colon." : null;
                case SettingRule.HeaderValue:
                    return IsHeaderSafe(v) ? null : "The token contains characters that cannot be sent in a header.";
                case SettingRule.OrgId:
                    return v.Length == 0 || IsOrgId(v) ? null : $"Tenant must be 1–{MaxOrgIdLength} letters, digits or !-_.*'() (not \".\" or \"..\").";
                default:
                    return null;
            }
        }

        /// <summary>Why a fleet label cannot be used, or null: a Prometheus label name
        /// (<c>[a-zA-Z_][a-zA-Z0-9_]*</c>) that the exporter does not use itself, and a value of 1 to
        /// 128 characters without control characters.</summary>
        public static string? CheckLabel(string name, string value)
        {
            if (!IsLabelName(name)) return $"\"{name}\" is not a Prometheus label name (letters, digits and _, not starting with a digit).";
            if (IsReservedLabel(name)) return $"The label name {name} is used by the exporter itself.";
            if (value.Length == 0) return $"The label {name} needs a value.";
            if (value.Length > MaxLabelLength) return $"The value of {name} must be at most {MaxLabelLength} characters.";
            if (!Shape.IsShortText(value, MaxLabelLength)) return $"The value of {name} must not contain control characters.";
            return null;
        }

        public static bool IsLabelName(string name)
        {
            if (name.Length == 0 || name.Length > 64) return false;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
                if (!ok) return false;
            }
            return true;
        }

        public static bool IsReservedLabel(string name)
            => name.StartsWith("__") || name.StartsWith("exported_") || System.Array.IndexOf(SettingsTable.ReservedLabels, name) >= 0;

        private static void Add(List<FieldError> errors, string field, string message)
            => errors.Add(new FieldError { field = field, message = message });

        private static bool IsTenant(string t)
        {
            int colon = t.IndexOf(':');
            return colon < 0 ? IsTenantPart(t) : IsTenantPart(t.Substring(0, colon)) && IsTenantPart(t.Substring(colon + 1));
        }

        /// <summary>1 to 10 digits (a second colon fails here).</summary>
        private static bool IsTenantPart(string p)
        {
            if (p.Length == 0 || p.Length > 10) return false;
            for (int i = 0; i < p.Length; i++) if (p[i] < '0' || p[i] > '9') return false;
            return true;
        }

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

        /// <summary>False when two settings push to different groups or places (endpoint, sink, tenants,
        /// job, agent id, labels): the groups pushed under <paramref name="a"/> must then be deleted.</summary>
        public static bool SameDestination(Settings a, Settings b)
        {
            if (a.url != b.url || a.sink != b.sink || a.vmTenant != b.vmTenant || a.remoteWriteTenant != b.remoteWriteTenant
                || a.job != b.job || a.agentId != b.agentId) return false;
            if (a.labels.Length != b.labels.Length) return false;
            for (int i = 0; i < a.labels.Length; i++)
                if (a.labels[i].name != b.labels[i].name || a.labels[i].value != b.labels[i].value) return false;
            return true;
        }

        // ---- migration ----

        /// <summary>True when the sync area holds the original extension's flat keys.</summary>
        public static bool HasLegacyKeys(object? syncArea)
        {
            foreach (string key in LegacyKeys) if (Plain.Has(syncArea, key)) return true;
            return false;
        }

        /// <summary>Settings from the original extension's flat keys (v1): every row with a
        /// <see cref="SettingDef.LegacyKey"/> takes its value when it has the right kind (v1 polled
        /// every 2 s by default: the user's choice is kept within today's bounds), and the
        /// <c>enabledOrigins</c> map becomes platform switches and extra origins. The password moves
        /// to local storage; the caller must then remove the v1 keys from sync.</summary>
        public static Settings MigrateV1(object? syncArea)
        {
            Settings s = Defaults();
            foreach (SettingDef d in SettingsTable.All)
            {
                if (d.LegacyKey == null) continue;
                object? raw = Plain.Get(syncArea, d.LegacyKey);
                if (raw == null) continue;
                if (Shape.IsString(raw) && ((string)raw!).Length == 0 && (d.Key == "url" || d.Key == "job")) continue;
                SettingsFields.Set(s, d.Key, Lenient(d, raw));
            }
            object? map = Plain.Get(syncArea, "enabledOrigins");
            var extra = new List<string>();
            foreach (string key in Plain.Keys(map))
            {
                object? on = Plain.Get(map, key);
                if (!Shape.IsBool(on)) continue;
                // v1 keys were origins or bare hosts.
                string url = key.IndexOf("://") >= 0 ? key : "https://" + key;
                UrlParts? p = UrlParts.Parse(url);
                if (p == null) continue;
                Platform platform = Platforms.DetectHost(p.Host, "/connect/");
                // a built-in platform's switch is the setting named by its label (teams, meet, …)
                if (!Plain.ToBool(on))
                {
                    if (platform != Platform.None) SettingsFields.Set(s, Platforms.Label(platform), false);
                }
                else if (platform == Platform.None && key.IndexOf("://") >= 0)
                {
                    string? o = UrlParts.NormalizeOrigin(key);
                    if (o != null && !extra.Contains(o)) extra.Add(o);
                }
            }
            s.extraOrigins = extra.ToArray();
            return s;
        }

        /// <summary>The user's settings from the sync area (whole) and the secrets object: the current
        /// shape, or a migration of v1 keys when there is no current object yet.</summary>
        public static Settings Load(object? syncArea, object? secrets)
        {
            object? stored = Plain.Get(syncArea, SyncKey);
            if (!Plain.IsObject(stored) && HasLegacyKeys(syncArea)) return MigrateV1(syncArea);
            return Normalize(Plain.IsObject(stored) ? stored : null, secrets);
        }
    }
}
