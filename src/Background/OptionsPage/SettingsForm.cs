using System.Collections.Generic;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The options form's fields as the page sends them: text by setting key (a switch
    /// "true"/"false", a list one entry per line, labels one name=value per line). No DOM and no
    /// message shape here, so it is tested alone.</summary>
    public sealed class FormValues
    {
        /// <summary>Most fields a form may send, and the longest text of one.</summary>
        public const int MaxFields = 64;
        public const int MaxText = 65536;

        public Dictionary<string, string> Texts = new Dictionary<string, string>();

        public bool Has(string key) => Texts.ContainsKey(key);

        // TryGetValue, not the indexer: the worker then carries no $dictGet helper.
        public string Text(string key) => Texts.TryGetValue(key, out string? text) ? text : "";

        /// <summary>The fields of a message (<c>keys[i]</c> ↔ <c>values[i]</c>), or null when they are
        /// malformed: not two string arrays of one length, too many or too long, a key twice.</summary>
        public static FormValues? From(object? keys, object? values)
        {
            if (!Plain.IsArray(keys) || !Plain.IsArray(values)) return null;
            object?[] k = Plain.Items(keys), v = Plain.Items(values);
            if (k.Length != v.Length || k.Length > MaxFields) return null;
            var f = new FormValues();
            for (int i = 0; i < k.Length; i++)
            {
                if (!Shape.IsString(k[i]) || !Shape.IsString(v[i])) return null;
                string key = (string)k[i]!, text = (string)v[i]!;
                if (key.Length > 64 || text.Length > MaxText || f.Has(key)) return null;
                f.Texts[key] = text;
            }
            return f;
        }
    }

    /// <summary>Form ↔ settings for every row of <see cref="SettingsTable"/> the options page shows
    /// (the worker's side of <c>wse/form</c> and <c>wse/save-settings</c>), and the checks that are
    /// about the form itself (the rest is <see cref="SettingsStore.Validate"/>).</summary>
    public static class SettingsForm
    {
        public const string On = "true";
        public const string Off = "false";

        /// <summary>The rows the options page shows, in table order.</summary>
        public static List<SettingDef> Shown()
        {
            var shown = new List<SettingDef>();
            foreach (SettingDef d in SettingsTable.All) if (SettingsLayout.For(d.Key).Section.Length > 0) shown.Add(d);
            return shown;
        }

        /// <summary>A setting's value as the form shows it.</summary>
        public static string TextOf(SettingDef d, Settings s)
        {
            object? value = SettingsFields.Get(s, d.Key);
            switch (d.Kind)
            {
                case SettingKind.Switch: return Plain.ToBool(value) ? On : Off;
                case SettingKind.Number: return Plain.ToInt(value).ToString();
                case SettingKind.Origins: return string.Join("\n", (string[])value!);
                case SettingKind.Labels: return LabelsText((LabelPair[])value!);
                default: return (string)value!;
            }
        }

        /// <summary>The user's settings the form describes. A field the form does not send keeps the
        /// user's saved value (settings the page does not show, and those the policy sets: the page
        /// shows the policy's value, disabled, and never sends it); a field the policy sets that is sent
        /// anyway is refused. <paramref name="errors"/> gets every complaint about what the user can
        /// change, judged together with the policy's values; the result must not be saved unless it
        /// stays empty.</summary>
        public static Settings ToSettings(LoadedSettings saved, FormValues v, List<FieldError> errors)
        {
            Settings user = SettingsStore.Clone(saved.User);
            var formErrors = new List<FieldError>();
            foreach (SettingDef d in Shown())
            {
                if (!v.Has(d.Key)) continue;
                if (saved.IsLocked(d.Key))
                {
                    formErrors.Add(new FieldError { field = d.Key, message = "Your organisation's policy sets this; it cannot be changed here." });
                    continue;
                }
                object? value = Parse(d, v.Text(d.Key), formErrors);
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
        private static object? Parse(SettingDef d, string text, List<FieldError> errors)
        {
            switch (d.Kind)
            {
                case SettingKind.Switch: return text == On;
                case SettingKind.Origins:
                {
                    var list = new List<string>();
                    foreach (string line in text.Split('\n')) if (line.Trim().Length > 0) list.Add(line.Trim());
                    return list.ToArray();
                }
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
            int number = 0;
            foreach (string raw in text.Split('\n'))
            {
                number++;
                string line = raw.Trim();
                if (line.Length == 0) continue;
                int eq = line.IndexOf('=');
                if (eq <= 0) { problems.Add($"Line {number}: write each label as name=value."); continue; }
                pairs.Add(new LabelPair { name = line.Substring(0, eq).Trim(), value = line.Substring(eq + 1).Trim() });
            }
            return SettingsStore.SortLabels(pairs);
        }

        public static string LabelsText(LabelPair[] pairs)
        {
            var lines = new List<string>();
            foreach (LabelPair pair in pairs) lines.Add(pair.name + "=" + pair.value);
            return string.Join("\n", lines);
        }

        public static bool HasError(List<FieldError> errors, string field)
        {
            foreach (FieldError e in errors) if (e.field == field) return true;
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
    }
}
