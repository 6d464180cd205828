using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Ui;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The options page (static/options.html): fills the form from storage, validates on
    /// Save with each error next to its field, asks Chrome for exactly the origins it needs, saves,
    /// and registers the content scripts of user-added origins. No alert(), no framework.</summary>
    public static class Program
    {
        private static Settings saved = SettingsIo.Defaults();
        private static readonly List<string> origins = new List<string>();
        private static bool busy;

        public static void Main()
        {
            Form().AddEventListener("submit", e => { e.PreventDefault(); _ = Save(); });
            Button("test").AddEventListener("click", ev => { _ = Test(); });
            Get("sink").AddEventListener("change", _ => ShowSink(Input("sink").Value));
            Button("password-toggle").AddEventListener("click", _ => TogglePassword());
            Button("origin-add").AddEventListener("click", _ => AddOrigin());
            Input("origin-new").AddEventListener("keydown", e =>
            {
                if (e.As<KeyboardEvent>().Key == "Enter") { e.PreventDefault(); AddOrigin(); }
            });
            _ = Load();
        }

        // ---- elements ----

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;
        private static HTMLInputElement Input(string id) => Get(id).As<HTMLInputElement>();
        private static HTMLButtonElement Button(string id) => Get(id).As<HTMLButtonElement>();
        private static HTMLElement Html(string id) => Get(id).As<HTMLElement>();
        private static HTMLFormElement Form() => Get("form").As<HTMLFormElement>();

        // ---- load ----

        private static async Task Load()
        {
            try
            {
                saved = await SettingsIo.Load();
            }
            catch (System.Exception e)
            {
                Status("Could not read the saved settings (" + Access.ErrorText(e) + "); showing defaults.", true);
            }
            Show(OptionsForm.FromSettings(saved));
        }

        private static void Show(FormValues v)
        {
            Input("url").Value = v.Url;
            Input("job").Value = v.Job;
            Input("agentId").Value = v.AgentId;
            Input("pollIntervalSeconds").Value = v.PollInterval;
            Input("sink").Value = v.Sink;
            ShowSink(v.Sink);
            Input("pushIntervalSeconds").Value = v.PushInterval;
            Input("vmTenant").Value = v.VmTenant;
            Input("remoteWriteTenant").Value = v.RemoteWriteTenant;
            Input("username").Value = v.Username;
            Input("password").Value = v.Password;
            Input("bearerToken").Value = v.BearerToken;
            Input("gzip").Checked = v.Gzip;
            Input("teams").Checked = v.Teams;
            Input("meet").Checked = v.Meet;
            Input("connect").Checked = v.Connect;
            Input("genesys").Checked = v.Genesys;
            origins.Clear();
            for (int i = 0; i < v.Origins.Count; i++) origins.Add(v.Origins[i]);
            RenderOrigins();
        }

        private static FormValues Read()
        {
            var v = new FormValues
            {
                Url = Input("url").Value,
                Job = Input("job").Value,
                AgentId = Input("agentId").Value,
                PollInterval = Input("pollIntervalSeconds").Value,
                Sink = Input("sink").Value,
                PushInterval = Input("pushIntervalSeconds").Value,
                VmTenant = Input("vmTenant").Value,
                RemoteWriteTenant = Input("remoteWriteTenant").Value,
                Username = Input("username").Value,
                Password = Input("password").Value,
                BearerToken = Input("bearerToken").Value,
                Gzip = Input("gzip").Checked,
                Teams = Input("teams").Checked,
                Meet = Input("meet").Checked,
                Connect = Input("connect").Checked,
                Genesys = Input("genesys").Checked,
            };
            for (int i = 0; i < origins.Count; i++) v.Origins.Add(origins[i]);
            return v;
        }

        /// <summary>The URL field's label and hint, and which tenant field shows, follow the sink.</summary>
        private static void ShowSink(string sink)
        {
            bool rw = sink == SinkKinds.RemoteWrite;
            bool vm = sink == SinkKinds.VictoriaMetrics;
            Get("url-label").TextContent = rw ? "Remote write URL" : vm ? "VictoriaMetrics URL" : "Pushgateway URL";
            Get("url-hint").TextContent = rw
                ? "The full write endpoint, e.g. https://mimir.example/api/v1/push or http://prometheus:9090/api/v1/write."
                : "The base address, without /metrics/…";
            Input("url").SetAttribute("placeholder", rw ? "https://mimir.example.com/api/v1/push" : vm ? "https://vm.example.com:8428" : "https://pushgateway.example.com:9091");
            Html("vmTenant-field").Hidden = rw;
            Html("remoteWriteTenant-field").Hidden = !rw;
        }

        // ---- errors ----

        private static void ClearErrors()
        {
            for (int i = 0; i < OptionsForm.Fields.Length; i++) SetError(OptionsForm.Fields[i], "");
            SetError("origin-new", "");
            SetError("form", "");
        }

        /// <summary>Shows (or clears) the message in <c>#{field}-error</c> and marks the control invalid.</summary>
        private static void SetError(string field, string message)
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

        private static void ShowErrors(List<FieldError> errors)
        {
            string general = "";
            var shown = new List<string>();
            for (int i = 0; i < errors.Count; i++)
            {
                FieldError e = errors[i];
                string field = System.Array.IndexOf(OptionsForm.Fields, e.field) >= 0 ? e.field : "form";
                if (field == "form") { general += (general.Length > 0 ? " " : "") + e.message; continue; }
                if (shown.Contains(field)) continue; // one message per field: the first is the most useful
                shown.Add(field);
                SetError(field, e.message);
            }
            if (general.Length > 0) SetError("form", general);
            // Move the focus to the first invalid field so keyboard and screen-reader users land on it.
            string first = shown.Count > 0 ? shown[0] : "";
            if (first == "extraOrigins") first = "origin-new";
            if (first.Length > 0) Html(first).Focus();
        }

        private static void Status(string text, bool error)
        {
            Element box = Get("save-status");
            box.TextContent = text;
            box.ClassList.Toggle("error-text", error);
        }

        // ---- additional origins ----

        private static void AddOrigin()
        {
            HTMLInputElement box = Input("origin-new");
            OriginCheck check = OptionsForm.CheckNewOrigin(box.Value, origins);
            if (check.Origin == null) { SetError("origin-new", check.Error); box.Focus(); return; }
            SetError("origin-new", "");
            SetError("extraOrigins", "");
            origins.Add(check.Origin);
            box.Value = "";
            RenderOrigins();
            Status("Not saved yet: press Save to start capturing on " + check.Origin + ".", false);
        }

        private static void RemoveOrigin(string origin)
        {
            origins.Remove(origin);
            RenderOrigins();
            Input("origin-new").Focus();
            Status("Not saved yet: press Save to stop capturing on " + origin + ".", false);
        }

        private static void RenderOrigins()
        {
            Element list = Get("origins");
            list.ReplaceChildren();
            for (int i = 0; i < origins.Count; i++)
            {
                string origin = origins[i];
                Element item = Dom.Document.CreateElement("li");
                Element text = Dom.Document.CreateElement("span");
                text.TextContent = origin;
                HTMLButtonElement remove = Dom.Document.CreateElement("button").As<HTMLButtonElement>();
                remove.Type = "button";
                remove.ClassName = "secondary small";
                remove.TextContent = "Remove";
                remove.SetAttribute("aria-label", "Remove " + origin);
                remove.AddEventListener("click", _ => RemoveOrigin(origin));
                item.Append(text, remove);
                list.AppendChild(item);
            }
            Html("origins-empty").Hidden = origins.Count > 0;
        }

        // ---- password ----

        private static void TogglePassword()
        {
            HTMLInputElement box = Input("password");
            HTMLButtonElement toggle = Button("password-toggle");
            bool show = box.Type == "password";
            box.Type = show ? "text" : "password";
            toggle.TextContent = show ? "Hide" : "Show";
            toggle.SetAttribute("aria-label", show ? "Hide password" : "Show password");
        }

        // ---- save ----

        /// <summary>The origins this settings object needs and the manifest does not grant: the
        /// endpoint (unless a default host) and every additional origin.</summary>
        private static List<string> NeededOrigins(Settings s)
        {
            var needed = new List<string>();
            UrlParts? u = UrlParts.Parse(s.url);
            if (u != null && !Access.IsDefaultHost(u)) needed.Add(u.Origin);
            for (int i = 0; i < s.extraOrigins.Length; i++) if (!needed.Contains(s.extraOrigins[i])) needed.Add(s.extraOrigins[i]);
            return needed;
        }

        private static async Task Save()
        {
            if (busy) return;
            ClearErrors();
            var errors = new List<FieldError>();
            Settings next = OptionsForm.ToSettings(saved, Read(), errors);
            if (errors.Count > 0)
            {
                ShowErrors(errors);
                Status("Not saved: please correct the highlighted fields.", true);
                return;
            }
            busy = true;
            Button("save").Disabled = true;
            try
            {
                // First await of the click: Chrome only shows its prompt inside the user gesture.
                List<string> needed = NeededOrigins(next);
                bool granted;
                try { granted = await Access.Request(needed); }
                catch (System.Exception e) { granted = false; Status("Chrome refused the permission request: " + Access.ErrorText(e), true); }
                if (!granted)
                {
                    string what = needed.Count == 1 ? needed[0] : string.Join(", ", needed);
                    string message = "Access to " + what + " was not granted, so the settings were not saved. Save again and choose Allow.";
                    UrlParts? u = UrlParts.Parse(next.url);
                    SetError(u != null && needed.Contains(u.Origin) ? "url" : "extraOrigins", message);
                    Status("Not saved: permission declined.", true);
                    return;
                }
                await SettingsIo.Save(next);
                saved = next;
                string note = "";
                try { await Access.SyncContentScripts(next.extraOrigins); }
                catch (System.Exception e) { note = " But the additional origins could not be registered: " + Access.ErrorText(e); }
                Status("Saved. Open calls pick up the new settings within one poll." + note, note.Length > 0);
            }
            catch (System.Exception e)
            {
                Status("Not saved: " + Access.ErrorText(e), true);
            }
            finally
            {
                busy = false;
                Button("save").Disabled = false;
            }
        }

        // ---- test connection ----

        private static async Task Test()
        {
            ClearErrors();
            var errors = new List<FieldError>();
            Settings candidate = OptionsForm.ToSettings(saved, Read(), errors);
            Element result = Get("test-result");
            // Only the endpoint fields matter for the test.
            var relevant = new List<FieldError>();
            for (int i = 0; i < errors.Count; i++)
            {
                string f = errors[i].field;
                if (f == "url" || f == "job" || f == "agentId" || f == "username" || f == "password" || f == "bearerToken") relevant.Add(errors[i]);
            }
            if (relevant.Count > 0)
            {
                ShowErrors(relevant);
                result.TextContent = "Correct the highlighted fields first.";
                result.ClassName = "result error-text";
                return;
            }
            HTMLButtonElement button = Button("test");
            button.Disabled = true;
            result.TextContent = "Testing…";
            result.ClassName = "result";
            try
            {
                UrlParts? u = UrlParts.Parse(candidate.url);
                if (u != null && !Access.IsDefaultHost(u))
                {
                    var one = new List<string>();
                    one.Add(u.Origin);
                    bool granted = false;
                    try { granted = await Access.Request(one); } catch { }
                    if (!granted)
                    {
                        result.TextContent = "Chrome has not granted access to " + u.Origin + ", so nothing was sent.";
                        result.ClassName = "result error-text";
                        return;
                    }
                }
                TestOutcome outcome = await ConnectionTest.Run(candidate);
                result.TextContent = outcome.Text;
                result.ClassName = outcome.Ok ? "result ok-text" : "result error-text";
            }
            catch (System.Exception e)
            {
                result.TextContent = "Test failed: " + Access.ErrorText(e);
                result.ClassName = "result error-text";
            }
            finally
            {
                button.Disabled = false;
            }
        }
    }
}
