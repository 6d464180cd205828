using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>What a load produced: the user's own settings, the effective ones (the policy's
    /// values win), which settings the policy owns (locked on the options page) and the policy values
    /// that were ignored, with why.</summary>
    public sealed class LoadedSettings
    {
        public Settings User = SettingsStore.Defaults();
        public Settings Effective = SettingsStore.Defaults();
        /// <summary>Keys of <see cref="SettingsTable"/> the policy owns.</summary>
        public List<string> Locked = new List<string>();
        /// <summary>Invalid policy values, each addressed to its policy key (<c>platforms.teams</c>).</summary>
        public List<FieldError> PolicyProblems = new List<FieldError>();
        /// <summary>The user's settings are still the original extension's flat v1 keys.</summary>
        public bool NeedsMigration;

        public bool IsLocked(string key) => Locked.Contains(key);

        /// <summary>What keeps the effective settings from being used (empty when they can be).</summary>
        public List<FieldError> Errors() => SettingsStore.Validate(Effective);
    }

    /// <summary>The administrator's policy (<c>chrome.storage.managed</c>, keys as in
    /// <c>static/managed_schema.json</c>) applied over the user's settings. A valid policy value wins
    /// and locks its setting; an invalid one is ignored with a reason and the rest still applies.
    /// A policy that sets any setting of a <see cref="SettingDef.PolicyGroup"/> owns the whole group
    /// (the others take their defaults), so credentials and endpoints never mix between user and
    /// policy. The result is computed in memory only: nothing of the policy is ever written to sync
    /// or local storage.</summary>
    public static class SettingsPolicy
    {
        public static LoadedSettings Apply(Settings user, object? policy, bool withSecrets)
        {
            var r = new LoadedSettings { User = user, Effective = SettingsStore.Clone(user) };
            if (!Plain.IsObject(policy)) return r;
            var ownedGroups = new List<string>();
            foreach (SettingDef d in SettingsTable.All)
            {
                if (d.InPolicy && d.PolicyGroup.Length > 0 && d.ValueIn(policy) != null && !ownedGroups.Contains(d.PolicyGroup))
                    ownedGroups.Add(d.PolicyGroup);
            }
            foreach (SettingDef d in SettingsTable.All)
            {
                if (!d.InPolicy) continue;
                bool groupOwned = d.PolicyGroup.Length > 0 && ownedGroups.Contains(d.PolicyGroup);
                object? raw = d.ValueIn(policy);
                object? value = null;
                if (raw != null)
                {
                    var problems = new List<string>();
                    value = Strict(d, raw, problems);
                    foreach (string problem in problems) r.PolicyProblems.Add(new FieldError { field = d.Path, message = problem });
                }
                if (value == null && !groupOwned) continue;
                // A secret is locked but not read where secrets are not wanted (the bridge).
                if (d.IsSecret && !withSecrets) value = null;
                SettingsFields.Set(r.Effective, d.Key, value ?? SettingsStore.Default(d));
                r.Locked.Add(d.Key);
            }
            Reconcile(r, user);
            return r;
        }

        /// <summary>The rules between settings, on what the policy set: a broken group falls back to
        /// its defaults, a broken single value to the user's own.</summary>
        private static void Reconcile(LoadedSettings r, Settings user)
        {
            var errors = new List<FieldError>();
            SettingsStore.CheckTogether(r.Effective, errors);
            foreach (FieldError e in errors)
            {
                SettingDef? d = SettingsTable.Find(e.field);
                if (d == null || !r.IsLocked(d.Key)) continue;
                r.PolicyProblems.Add(new FieldError { field = d.Path, message = e.message + (d.PolicyGroup.Length > 0 ? " The policy's " + d.PolicyGroup + " settings are replaced by their defaults." : "") });
                foreach (SettingDef o in SettingsTable.All)
                {
                    if (d.PolicyGroup.Length > 0 ? o.PolicyGroup == d.PolicyGroup : o.Key == d.Key)
                    {
                        if (d.PolicyGroup.Length > 0) SettingsFields.Set(r.Effective, o.Key, SettingsStore.Default(o));
                        else { SettingsFields.Set(r.Effective, o.Key, SettingsFields.Get(user, o.Key)); r.Locked.Remove(o.Key); }
                    }
                }
            }
        }

        /// <summary>The policy value as the row's type when it is valid (lists keep their valid
        /// entries), else null; every reason it is not goes to <paramref name="problems"/>.</summary>
        public static object? Strict(SettingDef d, object? raw, List<string> problems)
        {
            if (d.Kind == SettingKind.Origins) return StrictOrigins(d, raw, problems);
            if (d.Kind == SettingKind.Labels) return StrictLabels(d, raw, problems);
            if (!SettingsStore.HasType(d, raw))
            {
                problems.Add(d.Name + (d.Kind == SettingKind.Number ? " must be a whole number." : d.Kind == SettingKind.Switch ? " must be true or false." : " must be a string."));
                return null;
            }
            if (d.Kind == SettingKind.Switch) return raw;
            if (d.Kind == SettingKind.Url) raw = TrimUrl((string)raw!);
            List<string> found = SettingsStore.Check(d, raw);
            if (found.Count == 0) return raw;
            problems.AddRange(found);
            return null;
        }

        /// <summary>" https://pgw:9091/ " → "https://pgw:9091" (stored without a trailing slash).</summary>
        public static string TrimUrl(string url)
        {
            string u = url.Trim();
            while (u.EndsWith("/") && u.IndexOf("://") >= 0 && u.Length > u.IndexOf("://") + 3) u = u.Substring(0, u.Length - 1);
            return u;
        }

        private static object? StrictOrigins(SettingDef d, object? raw, List<string> problems)
        {
            if (!Plain.IsArray(raw)) { problems.Add(d.Name + " must be a list of origins."); return null; }
            object?[] items = Plain.Items(raw);
            if (items.Length > d.Max) { problems.Add(SettingsStore.AtMost(d) + $" (the policy lists {items.Length})."); return null; }
            var list = new List<string>();
            foreach (object? item in items)
            {
                string? o = Shape.IsString(item) ? UrlParts.NormalizeOrigin((string)item!) : null;
                if (o == null) problems.Add(SettingsStore.NotAnOrigin(item) + "; it is left out.");
                else if (!list.Contains(o)) list.Add(o);
            }
            return list.ToArray();
        }

        private static object? StrictLabels(SettingDef d, object? raw, List<string> problems)
        {
            if (!Plain.IsObject(raw)) { problems.Add(d.Name + " must be an object of label name → value."); return null; }
            string[] keys = Plain.Keys(raw);
            if (keys.Length > d.Max) { problems.Add(SettingsStore.AtMost(d) + $" (the policy sets {keys.Length}); none of them is used."); return null; }
            var pairs = new List<LabelPair>();
            foreach (string key in keys)
            {
                object? v = Plain.Get(raw, key);
                string? p = Shape.IsString(v) ? SettingsStore.CheckLabel(key, (string)v!) : $"The value of {key} must be a string.";
                if (p != null) problems.Add(p + " That label is left out.");
                else pairs.Add(new LabelPair { name = key, value = (string)v! });
            }
            return SettingsStore.SortLabels(pairs);
        }
    }
}
