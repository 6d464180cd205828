using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Ui;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The options page (static/options.html): builds the form from the settings table, fills
    /// it through the one loader, shows what the organisation's policy sets (locked) and which policy
    /// values it ignored, asks Chrome for exactly the origins the settings need (one "Allow access"
    /// button for what a policy set), validates on Save with each error next to its field, and saves
    /// the user's own values only. No alert(), no framework.</summary>
    public static class Program
    {
        private static readonly SettingsSource source = new SettingsSource(new ChromeSettingsStorage());
        private static LoadedSettings saved = new LoadedSettings();
        /// <summary>Origins known to be granted (asked at load and after each grant), so that Save asks
        /// Chrome only for new ones, in the click's user gesture.</summary>
        private static readonly List<string> granted = new List<string>();
        private static List<string> missing = new List<string>();
        private static bool busy;

        public static void Main()
        {
            FormView.Build();
            Get("form").AddEventListener("submit", e => { e.PreventDefault(); _ = Save(); });
            Get("test").AddEventListener("click", ev => { _ = Test(); });
            Get("grant").AddEventListener("click", ev => { _ = Grant(); });
            Chrome.Storage.OnChanged.AddListener((changes, area) =>
            {
                // A live policy change: re-lock (what the user is typing elsewhere stays).
                if (area == SettingsSource.Managed) _ = Relock();
            });
            _ = Load();
        }

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        // ---- load ----

        private static async Task Load()
        {
            try
            {
                saved = await source.Load(true);
            }
            catch (System.Exception e)
            {
                Status("Could not read the saved settings (" + Access.ErrorText(e) + "); showing defaults.", true);
            }
            FormView.Show(OptionsForm.FromSettings(saved.User));
            FormView.Lock(saved);
            RenderPolicy();
            Element form = Get("form");
            form.RemoveAttribute("inert");
            form.RemoveAttribute("aria-busy");
            await RenderAccess();
        }

        private static async Task Relock()
        {
            try { saved = await source.Load(true); }
            catch { return; }
            FormView.Lock(saved);
            RenderPolicy();
            await RenderAccess();
        }

        /// <summary>The policy banner: how many settings the organisation manages, and every policy
        /// value that was ignored, with why.</summary>
        private static void RenderPolicy()
        {
            Get("policy").As<HTMLElement>().Hidden = saved.Locked.Count == 0 && saved.PolicyProblems.Count == 0;
            Get("policy-text").TextContent = saved.Locked.Count == 0
                ? "Your organisation's policy for this extension has values that cannot be used:"
                : "Your organisation manages " + saved.Locked.Count + (saved.Locked.Count == 1 ? " setting" : " settings")
                  + " of this extension (marked \"" + FormView.LockedText + "\"); they cannot be changed here.";
            Element list = Get("policy-problems");
            list.ReplaceChildren();
            foreach (string line in Access.PolicyLines(saved.PolicyProblems.ToArray()))
            {
                Element item = Dom.Document.CreateElement("li");
                item.TextContent = line;
                list.AppendChild(item);
            }
        }

        /// <summary>The access banner: origins the settings in use need that Chrome has not granted
        /// (typically an endpoint or origins set by policy), with one button to grant them.</summary>
        private static async Task RenderAccess()
        {
            Settings effective = saved.Effective;
            missing = new List<string>();
            foreach (string origin in HostPermissions.Needed(effective))
            {
                bool has = false;
                try { has = await Access.Has(origin); } catch { }
                if (has) { if (!granted.Contains(origin)) granted.Add(origin); }
                else missing.Add(origin);
            }
            Get("access").As<HTMLElement>().Hidden = missing.Count == 0;
            Get("access-text").TextContent = missing.Count == 0 ? "" : AccessText(effective, missing);
        }

        public static string AccessText(Settings s, List<string> origins)
        {
            UrlParts? u = UrlParts.Parse(s.url);
            bool endpoint = u != null && origins.Contains(u.Origin);
            return "Chrome has not granted this extension access to " + Access.List(origins) + ". "
                   + (endpoint ? "Until it does, no metrics can be sent. " : "Until it does, calls there are not captured. ")
                   + "Press Allow access and choose Allow.";
        }

        private static async Task Grant()
        {
            List<string> ask = missing;
            bool ok = false;
            // First await of the click: Chrome only shows its prompt inside the user gesture.
            try { ok = await Access.Request(ask); }
            catch (System.Exception e) { Status("Chrome refused the permission request: " + Access.ErrorText(e), true); }
            if (ok) foreach (string o in ask) if (!granted.Contains(o)) granted.Add(o);
            if (!ok) Status("Access was not granted.", true);
            await RenderAccess();
        }

        private static void Status(string text, bool error)
        {
            Element box = Get("save-status");
            box.TextContent = text;
            box.ClassList.Toggle("error-text", error);
        }

        // ---- save ----

        private static async Task Save()
        {
            if (busy) return;
            FormView.ClearErrors();
            var errors = new List<FieldError>();
            Settings next = OptionsForm.ToSettings(saved, FormView.Read(), errors);
            if (errors.Count > 0)
            {
                FormView.ShowErrors(errors);
                Status("Not saved: please correct the highlighted fields.", true);
                return;
            }
            busy = true;
            HTMLButtonElement button = Get("save").As<HTMLButtonElement>();
            button.Disabled = true;
            try
            {
                Settings effective = OptionsForm.Effective(saved, next);
                var needed = new List<string>();
                foreach (string o in HostPermissions.Needed(effective)) if (!granted.Contains(o)) needed.Add(o);
                bool ok;
                // First await of the click: Chrome only shows its prompt inside the user gesture.
                try { ok = await Access.Request(needed); }
                catch (System.Exception e) { ok = false; Status("Chrome refused the permission request: " + Access.ErrorText(e), true); }
                if (!ok)
                {
                    string message = "Access to " + Access.List(needed) + " was not granted, so the settings were not saved. Save again and choose Allow.";
                    UrlParts? u = UrlParts.Parse(effective.url);
                    FormView.SetError(u != null && needed.Contains(u.Origin) && !saved.IsLocked("url") ? "url" : "extraOrigins", message);
                    Status("Not saved: permission declined.", true);
                    return;
                }
                foreach (string o in needed) if (!granted.Contains(o)) granted.Add(o);
                await source.Save(next);
                saved.User = next;
                saved.Effective = effective;
                string note = "";
                if (!await Access.WaitForContentScripts(effective.extraOrigins))
                    note = " But the extension's background worker has not registered the additional origins yet; reload this page to check.";
                Status("Saved. Open calls pick up the new settings within one poll." + note, note.Length > 0);
                await RenderAccess();
            }
            catch (System.Exception e)
            {
                Status("Not saved: " + Access.ErrorText(e), true);
            }
            finally
            {
                busy = false;
                button.Disabled = false;
            }
        }

        // ---- test connection ----

        private static async Task Test()
        {
            FormView.ClearErrors();
            var errors = new List<FieldError>();
            Settings candidate = OptionsForm.Effective(saved, OptionsForm.ToSettings(saved, FormView.Read(), errors));
            Element result = Get("test-result");
            // Only the endpoint fields matter for the test.
            var relevant = new List<FieldError>();
            for (int i = 0; i < errors.Count; i++)
            {
                string f = errors[i].field;
                if (f == "url" || f == "job" || f == "agentId" || f == "labels" || f == "username" || f == "password" || f == "bearerToken") relevant.Add(errors[i]);
            }
            if (relevant.Count > 0)
            {
                FormView.ShowErrors(relevant);
                result.TextContent = "Correct the highlighted fields first.";
                result.ClassName = "result error-text";
                return;
            }
            HTMLButtonElement button = Get("test").As<HTMLButtonElement>();
            button.Disabled = true;
            result.TextContent = "Testing…";
            result.ClassName = "result";
            try
            {
                UrlParts? u = UrlParts.Parse(candidate.url);
                if (u != null && !granted.Contains(u.Origin))
                {
                    var one = new List<string>();
                    one.Add(u.Origin);
                    bool ok = false;
                    try { ok = await Access.Request(one); } catch { }
                    if (!ok)
                    {
                        result.TextContent = "Chrome has not granted access to " + u.Origin + ", so nothing was sent.";
                        result.ClassName = "result error-text";
                        return;
                    }
                    granted.Add(u.Origin);
                }
                // The worker has the sinks: it sends the request and words the outcome.
                object? reply = await Chrome.Runtime.SendMessage(new TestConnectionRequest
                {
                    type = TestConnectionRequest.Type, settings = SettingsStore.ToSync(candidate), secrets = SettingsStore.ToLocal(candidate),
                });
                TestConnectionAnswer? outcome = JsType.IsPlainObject(reply) ? reply.As<TestConnectionAnswer>() : null;
                if (!TestConnectionAnswers.IsValid(outcome)) throw new System.Exception("the extension's background worker did not answer");
                result.TextContent = outcome!.text;
                result.ClassName = outcome.ok ? "result ok-text" : "result error-text";
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
