using System.Collections.Generic;
using System.Text;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The documents generated from <see cref="SettingsTable"/>: the README's configuration
    /// table and <c>static/managed_schema.json</c> (tests keep both files equal to this output).</summary>
    public static class SettingsDocs
    {
        /// <summary>The README's configuration table (rows the options page shows).</summary>
        public static string MarkdownTable()
        {
            var sb = new StringBuilder();
            sb.Append("| Setting | Policy key | Default | Rules | Stored in |\n");
            sb.Append("|---|---|---|---|---|\n");
            List<SettingDef> rows = SettingsTable.All;
            for (int i = 0; i < rows.Count; i++)
            {
                SettingDef d = rows[i];
                SettingText t = SettingsHelp.For(d.Key);
                if (SettingsLayout.For(d.Key).Section.Length == 0 && d.Area != SettingArea.PolicyOnly) continue;
                string policy = d.InPolicy ? "`" + d.Path + "`" + (d.PolicyGroup.Length > 0 ? " (" + d.PolicyGroup + ")" : "") : "-";
                sb.Append("| ").Append(t.Label).Append(" | ").Append(policy).Append(" | ").Append(DefaultText(d))
                  .Append(" | ").Append(Cell(t.Help)).Append(" | ").Append(AreaText(d.Area)).Append(" |\n");
            }
            return sb.ToString();
        }

        /// <summary>The default as the README shows it, from the row's <see cref="SettingDef.Default"/>:
        /// a text in backticks, "empty" ("empty (must be set)" for a required label value), a number,
        /// on/off, or "none" for an empty list.</summary>
        public static string DefaultText(SettingDef d)
        {
            object? v = d.Default;
            if (v == null) return "none";
            if (v is bool b) return b ? "on" : "off";
            if (v is string s) return s.Length > 0 ? "`" + s + "`" : d.Rule == SettingRule.LabelValue ? "empty (must be set)" : "empty";
            return v.ToString()!;
        }

        private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ");

        public static string AreaText(SettingArea a)
        {
            switch (a)
            {
                case SettingArea.LocalSecret: return "local (this device, never synced)";
                case SettingArea.PolicyOnly: return "policy only";
                default: return "sync";
            }
        }

        /// <summary><c>static/managed_schema.json</c>: the policy keys and their JSON types. Types only,
        /// on purpose: Chrome drops a value that breaks the schema before the extension can see it,
        /// while a value that breaks one of our own rules (bounds, formats) reaches us and is shown,
        /// with why, on the options page and in the popup.</summary>
        public static string ManagedSchemaJson()
        {
            var sb = new StringBuilder();
            sb.Append("{\n  \"type\": \"object\",\n  \"properties\": {\n");
            List<SettingDef> rows = SettingsTable.All;
            var done = new List<string>();
            var entries = new List<string>();
            for (int i = 0; i < rows.Count; i++)
            {
                SettingDef d = rows[i];
                if (!d.InPolicy) continue;
                if (d.Group.Length == 0) { entries.Add(Property(d, "    ")); continue; }
                if (done.Contains(d.Group)) continue;
                done.Add(d.Group);
                var inner = new List<string>();
                for (int j = 0; j < rows.Count; j++)
                    if (rows[j].InPolicy && rows[j].Group == d.Group) inner.Add(Property(rows[j], "        "));
                entries.Add("    \"" + d.Group + "\": {\n      \"type\": \"object\",\n      \"title\": \"" + GroupTitle(d.Group) + "\",\n      \"properties\": {\n"
                            + string.Join(",\n", inner) + "\n      }\n    }");
            }
            sb.Append(string.Join(",\n", entries));
            sb.Append("\n  }\n}\n");
            return sb.ToString();
        }

        private static string GroupTitle(string group) => group == SettingsTable.Platforms ? "Capture on the built-in softphones" : group;

        private static string Property(SettingDef d, string indent)
        {
            SettingText t = SettingsHelp.For(d.Key);
            string body = "\"type\": \"" + JsonType(d.Kind) + "\"";
            if (d.Kind == SettingKind.Origins) body += ", \"items\": { \"type\": \"string\" }";
            if (d.Kind == SettingKind.Labels) body += ", \"additionalProperties\": { \"type\": \"string\" }";
            body += ", \"title\": \"" + Json(t.Label) + "\", \"description\": \"" + Json(t.Help) + "\"";
            return indent + "\"" + d.Key + "\": { " + body + " }";
        }

        private static string JsonType(SettingKind k)
        {
            switch (k)
            {
                case SettingKind.Number: return "integer";
                case SettingKind.Switch: return "boolean";
                case SettingKind.Origins: return "array";
                case SettingKind.Labels: return "object";
                default: return "string";
            }
        }

        private static string Json(string s)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\n') sb.Append("\\n");
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
