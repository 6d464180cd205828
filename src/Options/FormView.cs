using System.Collections.Generic;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The options form's fields, built from the worker's rows (<see cref="FormRow"/>: the
    /// settings table with its help) into the page's three cards: each control's id is its setting key,
    /// with <c>#{key}-hint</c>, <c>#{key}-locked</c> and <c>#{key}-error</c> beside it. Settings a policy
    /// owns are disabled, say so, and are never sent back.</summary>
    public static class FormView
    {
        public const string LockedText = "Set by your organisation.";
        private static readonly List<string> origins = new List<string>();
        private static bool originsLocked;
        /// <summary>The worker's last description of the form.</summary>
        private static FormRow[] rows = new FormRow[0];
        public static bool Built;

        // ---- building ----

        public static void Build(FormRow[] shown)
        {
            rows = shown;
            foreach (FormRow r in rows)
            {
                Element? section = Dom.Document.GetElementById("section-" + r.section);
                if (section == null) continue;
                section.AppendChild(r.kind == SettingKind.Switch ? SwitchRow(r) : Field(r));
            }
            Get("origin-add").AddEventListener("click", _ => AddOrigin());
            Get("origin-new").AddEventListener("keydown", e =>
            {
                if (e.As<KeyboardEvent>().Key == "Enter") { e.PreventDefault(); AddOrigin(); }
            });
            Element? toggle = Dom.Document.GetElementById("password-toggle");
            if (toggle != null) toggle.AddEventListener("click", _ => TogglePassword());
            Get("sink").AddEventListener("change", _ => ShowSink(Get("sink").As<HTMLInputElement>().Value));
            Built = true;
        }

        private static FormRow? Find(string key)
        {
            foreach (FormRow r in rows) if (r.key == key) return r;
            return null;
        }

        public static bool IsLocked(string key)
        {
            FormRow? r = Find(key);
            return r != null && r.locked;
        }

        /// <summary>The URL field's label, hint and placeholder, and which tenant field shows, follow the sink.</summary>
        public static void ShowSink(string sink)
        {
            bool rw = sink == SinkKinds.RemoteWrite;
            bool vm = sink == SinkKinds.VictoriaMetrics;
            Get("url-label").TextContent = rw ? "Remote write URL" : vm ? "VictoriaMetrics URL" : "Pushgateway URL";
            Get("url-hint").TextContent = rw
                ? "The full write endpoint, e.g. https://mimir.example/api/v1/push or http://prometheus:9090/api/v1/write."
                : "The base address, without /metrics/… Any endpoint other than localhost/127.0.0.1 needs Chrome's permission for that one origin.";
            Get("url").SetAttribute("placeholder", rw ? "https://mimir.example.com/api/v1/push" : vm ? "https://vm.example.com:8428" : "https://pushgateway.example.com:9091");
            Get("vmTenant-field").As<HTMLElement>().Hidden = !vm;
            Get("remoteWriteTenant-field").As<HTMLElement>().Hidden = !rw;
        }

        private static Element Make(string tag, string className, string text)
        {
            Element e = Dom.Document.CreateElement(tag);
            if (className.Length > 0) e.ClassName = className;
            if (text.Length > 0) e.TextContent = text;
            return e;
        }

        private static Element Note(string id, string className, string text, bool hidden)
        {
            Element p = Make("p", className, text);
            p.Id = id;
            p.As<HTMLElement>().Hidden = hidden;
            return p;
        }

        private static Element SwitchRow(FormRow d)
        {
            Element wrap = Make("div", "switch-field", "");
            Element row = Make("div", "switch-row", "");
            Element input = Dom.Document.CreateElement("input");
            input.Id = d.key;
            input.SetAttribute("type", "checkbox");
            input.SetAttribute("role", "switch");
            input.SetAttribute("aria-describedby", d.key + "-hint " + d.key + "-locked");
            Element label = Make("label", "", d.label);
            label.SetAttribute("for", d.key);
            row.Append(input, label);
            wrap.Append(row, Note(d.key + "-hint", "hint", d.help, false), Note(d.key + "-locked", "locked-note", LockedText, true));
            return wrap;
        }

        private static Element Field(FormRow d)
        {
            Element field = Make("div", d.narrow ? "field narrow" : "field", "");
            field.Id = d.key + "-field";
            string inputId = d.kind == SettingKind.Origins ? "origin-new" : d.key;
            Element label = Make("label", "", d.label);
            label.Id = d.key + "-label";
            label.SetAttribute("for", inputId);
            field.AppendChild(label);
            string describedBy = d.key + "-hint " + d.key + "-locked " + d.key + "-error";
            Element control;
            if (d.kind == SettingKind.Choice)
            {
                control = Dom.Document.CreateElement("select");
                for (int i = 0; i < d.choices.Length; i++)
                {
                    Element option = Make("option", "", d.choiceLabels[i]);
                    option.SetAttribute("value", d.choices[i]);
                    control.AppendChild(option);
                }
            }
            else if (d.kind == SettingKind.Labels)
            {
                control = Dom.Document.CreateElement("textarea");
                control.SetAttribute("rows", "3");
                control.SetAttribute("spellcheck", "false");
            }
            else
            {
                control = Dom.Document.CreateElement("input");
                control.SetAttribute("type", d.kind == SettingKind.Secret ? "password" : (d.kind == SettingKind.Url || d.kind == SettingKind.Origins) ? "url" : "text");
                control.SetAttribute("autocomplete", "off");
                control.SetAttribute("spellcheck", "false");
                if (d.kind == SettingKind.Number) control.SetAttribute("inputmode", "numeric");
                if (d.kind == SettingKind.Url || d.kind == SettingKind.Origins) control.SetAttribute("inputmode", "url");
            }
            control.Id = inputId;
            if (d.placeholder.Length > 0) control.SetAttribute("placeholder", d.placeholder);
            control.SetAttribute("aria-describedby", d.kind == SettingKind.Origins ? "origin-new-error " + describedBy : describedBy);
            if (d.key == "password")
            {
                Element with = Make("div", "with-button", "");
                Element toggle = Make("button", "secondary", "Show");
                toggle.Id = "password-toggle";
                toggle.SetAttribute("type", "button");
                toggle.SetAttribute("aria-controls", "password");
                toggle.SetAttribute("aria-label", "Show password");
                with.Append(control, toggle);
                field.AppendChild(with);
            }
            else if (d.kind == SettingKind.Origins)
            {
                Element with = Make("div", "with-button", "");
                Element add = Make("button", "secondary", "Add");
                add.Id = "origin-add";
                add.SetAttribute("type", "button");
                with.Append(control, add);
                field.AppendChild(with);
                field.AppendChild(Note("origin-new-error", "error", "", true));
                Element list = Make("ul", "origin-list", "");
                list.Id = "origins";
                list.SetAttribute("aria-label", "Origins added");
                field.Append(list, Note("origins-empty", "hint", "No additional origins.", false));
            }
            else field.AppendChild(control);
            field.Append(Note(d.key + "-hint", "hint", d.help, false), Note(d.key + "-locked", "locked-note", LockedText, true),
                         Note(d.key + "-error", "error", "", true));
            return field;
        }

        // ---- values ----

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        /// <summary>Every field's value as the worker sent it.</summary>
        public static void Show(FormRow[] shown)
        {
            foreach (FormRow r in shown)
            {
                if (r.kind == SettingKind.Origins) SetOrigins(r.value);
                else Fill(r);
            }
            ShowSink(Value("sink"));
        }

        private static void Fill(FormRow r)
        {
            HTMLInputElement e = Get(r.key).As<HTMLInputElement>();
            if (r.kind == SettingKind.Switch) e.Checked = r.value == "true";
            else e.Value = r.value; // input, select and textarea all have .value
        }

        private static void SetOrigins(string lines)
        {
            origins.Clear();
            foreach (string o in lines.Split('\n')) if (o.Length > 0) origins.Add(o);
            RenderOrigins();
        }

        /// <summary>A text field's value as typed (the policy's where it is locked).</summary>
        public static string Value(string key) => Get(key).As<HTMLInputElement>().Value;

        /// <summary>The additional origins listed (the policy's where it is locked).</summary>
        public static string[] Origins() => origins.ToArray();

        /// <summary>The fields the user may change, as text (a switch "true"/"false", the origins one
        /// per line); the ones the policy sets are not sent.</summary>
        public static SaveSettingsRequest Read()
        {
            var keys = new List<string>();
            var values = new List<string>();
            foreach (FormRow r in rows)
            {
                if (r.locked) continue;
                keys.Add(r.key);
                if (r.kind == SettingKind.Switch) values.Add(Get(r.key).As<HTMLInputElement>().Checked ? "true" : "false");
                else if (r.kind == SettingKind.Origins) values.Add(string.Join("\n", origins));
                else values.Add(Value(r.key));
            }
            return new SaveSettingsRequest { keys = keys.ToArray(), values = values.ToArray() };
        }

        /// <summary>Disables what the policy owns and shows the policy's value there (never a secret:
        /// a policy password or token comes as an empty value); what the user may change stays as typed.</summary>
        public static void Lock(FormRow[] shown)
        {
            rows = shown;
            foreach (FormRow r in rows)
            {
                bool locked = r.locked;
                Get(r.key + "-locked").As<HTMLElement>().Hidden = !locked;
                if (r.kind == SettingKind.Origins)
                {
                    originsLocked = locked;
                    Get("origin-new").As<HTMLInputElement>().Disabled = locked;
                    Get("origin-add").As<HTMLButtonElement>().Disabled = locked;
                    if (locked) SetOrigins(r.value);
                    else RenderOrigins();
                    continue;
                }
                Get(r.key).As<HTMLInputElement>().Disabled = locked;
                if (r.key == "password") Get("password-toggle").As<HTMLButtonElement>().Disabled = locked;
                if (!locked) continue;
                Fill(r);
                SetError(r.key, "");
            }
            ShowSink(Value("sink"));
        }

        // ---- errors ----

        public static void ClearErrors()
        {
            foreach (FormRow r in rows) SetError(r.key, "");
            SetError("origin-new", "");
            SetError("form", "");
        }

        /// <summary>Shows (or clears) the message in <c>#{field}-error</c> and marks the control invalid.</summary>
        public static void SetError(string field, string message)
        {
            Element? box = Dom.Document.GetElementById(field + "-error");
            if (box == null) return;
            box.TextContent = message;
            box.As<HTMLElement>().Hidden = message.Length == 0;
            Element? control = Dom.Document.GetElementById(field);
            if (control == null) return;
            if (message.Length > 0) control.SetAttribute("aria-invalid", "true");
            else control.RemoveAttribute("aria-invalid");
        }

        /// <summary>One message per field (the first is the most useful), the rest form-wide; the
        /// focus moves to the first invalid field.</summary>
        public static void ShowErrors(FieldError[] errors)
        {
            string general = "";
            var shown = new List<string>();
            foreach (FieldError e in errors)
            {
                bool ownPlace = Find(e.field) != null;
                if (!ownPlace) { general += (general.Length > 0 ? " " : "") + e.message; continue; }
                if (shown.Contains(e.field)) continue;
                shown.Add(e.field);
                SetError(e.field, e.message);
            }
            if (general.Length > 0) SetError("form", general);
            string first = shown.Count > 0 ? shown[0] : "";
            if (first == "extraOrigins") first = "origin-new";
            if (first.Length > 0) Get(first).As<HTMLElement>().Focus();
        }

        // ---- additional origins ----

        private static void AddOrigin()
        {
            if (originsLocked) return;
            HTMLInputElement box = Get("origin-new").As<HTMLInputElement>();
            OriginCheck check = OptionsForm.CheckNewOrigin(box.Value, origins);
            if (check.Origin == null) { SetError("origin-new", check.Error); box.Focus(); return; }
            SetError("origin-new", "");
            SetError("extraOrigins", "");
            origins.Add(check.Origin);
            box.Value = "";
            RenderOrigins();
            ShowStatus("Not saved yet: press Save to start capturing on " + check.Origin + ".");
        }

        private static void RemoveOrigin(string origin)
        {
            if (originsLocked) return;
            origins.Remove(origin);
            RenderOrigins();
            Get("origin-new").As<HTMLElement>().Focus();
            ShowStatus("Not saved yet: press Save to stop capturing on " + origin + ".");
        }

        private static void ShowStatus(string text)
        {
            Element box = Get("save-status");
            box.TextContent = text;
            box.ClassList.Toggle("error-text", false);
        }

        private static void RenderOrigins()
        {
            Element list = Get("origins");
            list.ReplaceChildren();
            for (int i = 0; i < origins.Count; i++)
            {
                string origin = origins[i];
                Element item = Dom.Document.CreateElement("li");
                Element text = Make("span", "", origin);
                HTMLButtonElement remove = Make("button", "secondary small", "Remove").As<HTMLButtonElement>();
                remove.Type = "button";
                remove.Disabled = originsLocked;
                remove.SetAttribute("aria-label", "Remove " + origin);
                remove.AddEventListener("click", _ => RemoveOrigin(origin));
                item.Append(text, remove);
                list.AppendChild(item);
            }
            Get("origins-empty").As<HTMLElement>().Hidden = origins.Count > 0;
        }

        // ---- password ----

        private static void TogglePassword()
        {
            HTMLInputElement box = Get("password").As<HTMLInputElement>();
            HTMLButtonElement toggle = Get("password-toggle").As<HTMLButtonElement>();
            bool show = box.Type == "password";
            box.Type = show ? "text" : "password";
            toggle.TextContent = show ? "Hide" : "Show";
            toggle.SetAttribute("aria-label", show ? "Hide password" : "Show password");
        }
    }
}
