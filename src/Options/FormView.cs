using System.Collections.Generic;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The options form's fields, built from <see cref="SettingsTable"/> and
    /// <see cref="SettingsHelp"/> into the page's three cards: each control's id is its setting key,
    /// with <c>#{key}-hint</c>, <c>#{key}-locked</c> and <c>#{key}-error</c> beside it. Settings a policy
    /// owns are disabled and say so.</summary>
    public static class FormView
    {
        public const string LockedText = "Set by your organisation.";
        private static readonly List<string> origins = new List<string>();
        private static bool originsLocked;

        // ---- building ----

        public static void Build()
        {
            foreach (SettingDef d in OptionsForm.Shown())
            {
                SettingText t = SettingsHelp.For(d.Key);
                Element? section = Dom.Document.GetElementById("section-" + t.Section);
                if (section == null) continue;
                section.AppendChild(d.Kind == SettingKind.Switch ? SwitchRow(d, t) : Field(d, t));
            }
            Get("origin-add").AddEventListener("click", _ => AddOrigin());
            Get("origin-new").AddEventListener("keydown", e =>
            {
                if (e.As<KeyboardEvent>().Key == "Enter") { e.PreventDefault(); AddOrigin(); }
            });
            Element? toggle = Dom.Document.GetElementById("password-toggle");
            if (toggle != null) toggle.AddEventListener("click", _ => TogglePassword());
            Get("sink").AddEventListener("change", _ => ShowSink(Get("sink").As<HTMLInputElement>().Value));
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

        private static Element SwitchRow(SettingDef d, SettingText t)
        {
            Element wrap = Make("div", "switch-field", "");
            Element row = Make("div", "switch-row", "");
            Element input = Dom.Document.CreateElement("input");
            input.Id = d.Key;
            input.SetAttribute("type", "checkbox");
            input.SetAttribute("role", "switch");
            input.SetAttribute("aria-describedby", d.Key + "-hint " + d.Key + "-locked");
            Element label = Make("label", "", t.Label);
            label.SetAttribute("for", d.Key);
            row.Append(input, label);
            wrap.Append(row, Note(d.Key + "-hint", "hint", t.Help, false), Note(d.Key + "-locked", "locked-note", LockedText, true));
            return wrap;
        }

        private static Element Field(SettingDef d, SettingText t)
        {
            Element field = Make("div", t.Narrow ? "field narrow" : "field", "");
            field.Id = d.Key + "-field";
            string inputId = d.Kind == SettingKind.Origins ? "origin-new" : d.Key;
            Element label = Make("label", "", t.Label);
            label.Id = d.Key + "-label";
            label.SetAttribute("for", inputId);
            field.AppendChild(label);
            string describedBy = d.Key + "-hint " + d.Key + "-locked " + d.Key + "-error";
            Element control;
            if (d.Kind == SettingKind.Choice)
            {
                control = Dom.Document.CreateElement("select");
                for (int i = 0; i < d.Choices.Length; i++)
                {
                    Element option = Make("option", "", i < t.ChoiceLabels.Length ? t.ChoiceLabels[i] : d.Choices[i]);
                    option.SetAttribute("value", d.Choices[i]);
                    control.AppendChild(option);
                }
            }
            else if (d.Kind == SettingKind.Labels)
            {
                control = Dom.Document.CreateElement("textarea");
                control.SetAttribute("rows", "3");
                control.SetAttribute("spellcheck", "false");
            }
            else
            {
                control = Dom.Document.CreateElement("input");
                control.SetAttribute("type", d.Kind == SettingKind.Secret ? "password" : (d.Kind == SettingKind.Url || d.Kind == SettingKind.Origins) ? "url" : "text");
                control.SetAttribute("autocomplete", "off");
                control.SetAttribute("spellcheck", "false");
                if (d.Kind == SettingKind.Number) control.SetAttribute("inputmode", "numeric");
                if (d.Kind == SettingKind.Url || d.Kind == SettingKind.Origins) control.SetAttribute("inputmode", "url");
            }
            control.Id = inputId;
            if (t.Placeholder.Length > 0) control.SetAttribute("placeholder", t.Placeholder);
            control.SetAttribute("aria-describedby", d.Kind == SettingKind.Origins ? "origin-new-error " + describedBy : describedBy);
            if (d.Key == "password")
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
            else if (d.Kind == SettingKind.Origins)
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
            field.Append(Note(d.Key + "-hint", "hint", t.Help, false), Note(d.Key + "-locked", "locked-note", LockedText, true),
                         Note(d.Key + "-error", "error", "", true));
            return field;
        }

        // ---- values ----

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        public static void Show(FormValues v)
        {
            foreach (SettingDef d in OptionsForm.Shown())
            {
                Element e = Get(d.Kind == SettingKind.Origins ? "origin-new" : d.Key);
                if (d.Kind == SettingKind.Switch) e.As<HTMLInputElement>().Checked = v.Switch(d.Key);
                else if (d.Kind == SettingKind.Origins)
                {
                    origins.Clear();
                    for (int i = 0; i < v.Origins.Count; i++) origins.Add(v.Origins[i]);
                    RenderOrigins();
                }
                else e.As<HTMLInputElement>().Value = v.Text(d.Key); // input, select and textarea all have .value
            }
            ShowSink(v.Text("sink"));
        }

        public static FormValues Read()
        {
            var v = new FormValues();
            foreach (SettingDef d in OptionsForm.Shown())
            {
                if (d.Kind == SettingKind.Switch) v.Switches[d.Key] = Get(d.Key).As<HTMLInputElement>().Checked;
                else if (d.Kind == SettingKind.Origins) { for (int i = 0; i < origins.Count; i++) v.Origins.Add(origins[i]); }
                else v.Texts[d.Key] = Get(d.Key).As<HTMLInputElement>().Value;
            }
            return v;
        }

        /// <summary>Disables what the policy owns and shows the policy's value there (never a secret:
        /// a policy password or token shows as an empty, disabled field).</summary>
        public static void Lock(LoadedSettings loaded)
        {
            FormValues effective = OptionsForm.FromSettings(loaded.Effective);
            foreach (SettingDef d in OptionsForm.Shown())
            {
                bool locked = loaded.IsLocked(d.Key);
                Get(d.Key + "-locked").As<HTMLElement>().Hidden = !locked;
                if (d.Kind == SettingKind.Origins)
                {
                    originsLocked = locked;
                    Get("origin-new").As<HTMLInputElement>().Disabled = locked;
                    Get("origin-add").As<HTMLButtonElement>().Disabled = locked;
                    if (locked) { origins.Clear(); for (int i = 0; i < effective.Origins.Count; i++) origins.Add(effective.Origins[i]); }
                    RenderOrigins();
                    continue;
                }
                HTMLInputElement e = Get(d.Key).As<HTMLInputElement>();
                e.Disabled = locked;
                if (d.Key == "password") Get("password-toggle").As<HTMLButtonElement>().Disabled = locked;
                if (!locked) continue;
                if (d.Kind == SettingKind.Switch) e.Checked = effective.Switch(d.Key);
                else if (d.IsSecret) e.Value = "";
                else e.Value = effective.Text(d.Key);
                SetError(d.Key, "");
            }
            ShowSink(Get("sink").As<HTMLInputElement>().Value);
        }

        // ---- errors ----

        public static void ClearErrors()
        {
            foreach (SettingDef d in OptionsForm.Shown()) SetError(d.Key, "");
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
        public static void ShowErrors(List<FieldError> errors)
        {
            string general = "";
            var shown = new List<string>();
            for (int i = 0; i < errors.Count; i++)
            {
                FieldError e = errors[i];
                bool ownPlace = SettingsTable.Find(e.field) != null && SettingsHelp.For(e.field).Section.Length > 0;
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
