using System.Collections.Generic;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Options
{
    /// <summary>What the options form holds, as typed by the user, by setting key (no DOM here, so it
    /// can be tested alone): text of text, number, choice and label fields; switches; the origin list.</summary>
    public sealed class FormValues
    {
        public Dictionary<string, string> Texts = new Dictionary<string, string>();
        public Dictionary<string, bool> Switches = new Dictionary<string, bool>();
        public List<string> Origins = new List<string>();

        public string Text(string key) => Texts.ContainsKey(key) ? Texts[key] : "";
        public bool Switch(string key) => Switches.ContainsKey(key) && Switches[key];
    }

    /// <summary>Form ↔ settings for every row of <see cref="SettingsTable"/> the page shows, and the
    /// checks that are about the form itself (the rest is <see cref="SettingsStore.Validate"/>).</summary>
    public static class OptionsForm
    {
        /// <summary>The rows the options page shows, in table order.</summary>
        public static List<SettingDef> Shown()
        {
            var shown = new List<SettingDef>();
            foreach (SettingDef d in SettingsTable.All) if (SettingsHelp.For(d.Key).Section.Length > 0) shown.Add(d);
            return shown;
        }

        public static FormValues FromSettings(Settings s)
        {
            var v = new FormValues();
            foreach (SettingDef d in Shown())
            {
                object? value = SettingsFields.Get(s, d.Key);
                switch (d.Kind)
                {
                    case SettingKind.Switch: v.Switches[d.Key] = Plain.ToBool(value); break;
                    case SettingKind.Number: v.Texts[d.Key] = Plain.ToInt(value).ToString(); break;
                    case SettingKind.Origins:
                        string[] origins = (string[])value!;
                        for (int i = 0; i < origins.Length; i++) v.Origins.Add(origins[i]);
                        break;
                    case SettingKind.Labels: v.Texts[d.Key] = LabelsText((LabelPair[])value!); break;
                    default: v.Texts[d.Key] = (string)value!; break;
                }
            }
            return v;
        }

        /// <summary>The user's settings the form describes. Locked settings (set by policy: the form
        /// shows the policy's value, disabled) keep the user's saved value; settings the page does not
        /// show are kept too. <paramref name="errors"/> gets every complaint about what the user can
        /// change, judged together with the policy's values (<paramref name="effective"/>); the result
        /// must not be saved unless it stays empty.</summary>
        public static Settings ToSettings(LoadedSettings saved, FormValues v, List<FieldError> errors)
        {
            Settings user = SettingsStore.Clone(saved.User);
            var formErrors = new List<FieldError>();
            foreach (SettingDef d in Shown())
            {
                if (saved.IsLocked(d.Key)) continue;
                object? value = Parse(d, v, formErrors);
                if (value != null) SettingsFields.Set(user, d.Key, value);
            }
            // Judge what would be used: the user's values with the policy's on top.
            Settings candidate = Effective(saved, user);
            foreach (FieldError e in formErrors) errors.Add(e);
            foreach (FieldError e in SettingsStore.Validate(candidate))
            {
                if (saved.IsLocked(e.field) || HasError(formErrors, e.field)) continue;
                errors.Add(e);
            }
            return user;
        }

        /// <summary>The settings that would be used after saving <paramref name="user"/>.</summary>
        public static Settings Effective(LoadedSettings saved, Settings user)
        {
            Settings candidate = SettingsStore.Clone(user);
            foreach (string key in saved.Locked) SettingsFields.Set(candidate, key, SettingsFields.Get(saved.Effective, key));
            return candidate;
        }

        /// <summary>The typed value of one field, or null when it cannot be read (the reason is added).</summary>
        private static object? Parse(SettingDef d, FormValues v, List<FieldError> errors)
        {
            string text = v.Text(d.Key);
            switch (d.Kind)
            {
                case SettingKind.Switch: return v.Switch(d.Key);
                case SettingKind.Origins: return v.Origins.ToArray();
                case SettingKind.Number:
                {
                    int n = WholeNumber(text.Trim());
                    if (n >= 0) return n;
                    errors.Add(new FieldError { field = d.Key, message = $"Enter a whole number of seconds between {d.Min} and {d.Max}." });
                    return null;
                }
                case SettingKind.Labels:
                {
                    var problems = new List<string>();
                    LabelPair[] pairs = ParseLabels(text, problems);
                    if (problems.Count == 0) return pairs;
                    errors.Add(new FieldError { field = d.Key, message = problems[0] });
                    return null;
                }
                case SettingKind.Url: return SettingsPolicy.TrimUrl(text);
                case SettingKind.Choice: return text.Length > 0 ? text : (string)d.Default!;
                default:
                    // Label values are judged as typed (leading spaces are an error, not trimmed away);
                    // a password is taken exactly.
                    if (d.Rule == SettingRule.LabelValue || (d.Kind == SettingKind.Secret && d.Rule == SettingRule.None)) return text;
                    return text.Trim();
            }
        }

        /// <summary>"site=paris" lines → pairs sorted by name. Blank lines are skipped; a line without
        /// "=" is a complaint.</summary>
        public static LabelPair[] ParseLabels(string text, List<string> problems)
        {
            var pairs = new List<LabelPair>();
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0) continue;
                int eq = line.IndexOf('=');
                if (eq <= 0) { problems.Add($"Line {i + 1}: write each label as name=value."); continue; }
                pairs.Add(new LabelPair { name = line.Substring(0, eq).Trim(), value = line.Substring(eq + 1).Trim() });
            }
            return SettingsStore.SortLabels(pairs);
        }

        public static string LabelsText(LabelPair[] pairs)
        {
            var lines = new List<string>();
            for (int i = 0; i < pairs.Length; i++) lines.Add(pairs[i].name + "=" + pairs[i].value);
            return string.Join("\n", lines);
        }

        public static bool HasError(List<FieldError> errors, string field)
        {
            for (int i = 0; i < errors.Count; i++) if (errors[i].field == field) return true;
            return false;
        }

        /// <summary>The value of a string of digits (no sign, no decimals, at most 6 digits), else -1.</summary>
        public static int WholeNumber(string text)
        {
            if (text.Length == 0 || text.Length > 6) return -1;
            int value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9') return -1;
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /// <summary>Checks an origin typed into the "Additional origins" box: the normalised origin,
        /// or an error saying why.</summary>
        public static OriginCheck CheckNewOrigin(string text, List<string> current)
        {
            string? o = UrlParts.NormalizeOrigin(text);
            if (o == null)
                return new OriginCheck { Error = "Enter an origin such as https://softphone.example.com or https://host:8443 (no path)." };
            if (current.Contains(o))
                return new OriginCheck { Error = o + " is already in the list." };
            UrlParts u = UrlParts.Parse(o)!;
            if (u.Scheme == "https" && Platforms.DetectHost(u.Host, "/connect/") != Platform.None)
                return new OriginCheck { Error = o + " is a built-in platform: use its switch above." };
            return new OriginCheck { Origin = o };
        }
    }

    public sealed class OriginCheck
    {
        public string? Origin;
        public string Error = "";
    }
}
