using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Ui;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The options page (static/options.html), a view of the worker: the worker describes the
    /// form (<c>wse/form</c>: each setting's field, value and help, what the organisation's policy sets
    /// and which policy values it ignored, the host access the settings lack), validates and stores
    /// it (<c>wse/save-settings</c>, each error next to its field) and tests its endpoint
    /// (<c>wse/test-connection</c>). The page builds the fields, and asks Chrome for exactly the
    /// origins the form needs, inside the click (one "Allow access" button for what a policy set).
    /// No alert(), no framework.</summary>
    public static class Program
    {
        /// <summary>Origins known to be granted (told by the worker, and after each grant), so that Save
        /// asks Chrome only for new ones, in the click's user gesture.</summary>
        private static readonly List<string> granted = new List<string>();
        private static string[] missing = new string[0];
        private static bool busy;

        public static void Main()
        {
            Get("form").AddEventListener("submit", e => { e.PreventDefault(); _ = Save(); });
            Get("test").AddEventListener("click", ev => { _ = Test(); });
            Get("grant").AddEventListener("click", ev => { _ = Grant(); });
            Chrome.Storage.OnChanged.AddListener((changes, area) =>
            {
                // A live policy change: re-lock (what the user is typing elsewhere stays).
                if (area == SettingsSource.Managed) _ = Refresh();
            });
            _ = Load();
        }

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        // ---- load ----

        /// <summary>The worker's description of the form, as stored now.</summary>
        private static async Task<FormAnswer> Ask()
        {
            object? reply = await Chrome.Runtime.SendMessage(new MessageEnvelope { type = Messages.Form });
            FormAnswer? a = JsType.IsPlainObject(reply) ? reply.As<FormAnswer>() : null;
            if (a == null || !JsType.IsArray(a.rows)) throw new System.Exception("the extension's background worker did not answer");
            return a;
        }

        private static async Task Load()
        {
            FormAnswer a;
            try { a = await Ask(); }
            catch (System.Exception e)
            {
                Status("Could not load the settings (" + Access.ErrorText(e) + "); reload this page to try again.", true);
                return;
            }
            FormView.Build(a.rows);
            FormView.Show(a.rows);
            Render(a);
            Element form = Get("form");
            form.RemoveAttribute("inert");
            form.RemoveAttribute("aria-busy");
        }

        /// <summary>After a policy change, a grant or a save: the locks and the banners anew.</summary>
        private static async Task Refresh()
        {
            FormAnswer a;
            try { a = await Ask(); }
            catch { return; }
            if (FormView.Built) Render(a);
        }

        /// <summary>The locks; the policy banner (how many settings the organisation manages, and every
        /// policy value that was ignored, with why); the access banner (origins the settings in use need
        /// that Chrome has not granted, typically an endpoint or origins set by policy, with one button
        /// to grant them).</summary>
        private static void Render(FormAnswer a)
        {
            FormView.Lock(a.rows);
            int locked = 0;
            foreach (FormRow r in a.rows) if (r.locked) locked++;
            Get("policy").As<HTMLElement>().Hidden = locked == 0 && a.policyLines.Length == 0;
            Get("policy-text").TextContent = locked == 0
                ? "Your organisation's policy for this extension has values that cannot be used:"
                : "Your organisation manages " + locked + (locked == 1 ? " setting" : " settings")
                  + " of this extension (marked \"" + FormView.LockedText + "\"); they cannot be changed here.";
            Element list = Get("policy-problems");
            list.ReplaceChildren();
            foreach (string line in a.policyLines)
            {
                Element item = Dom.Document.CreateElement("li");
                item.TextContent = line;
                list.AppendChild(item);
            }
            foreach (string o in a.granted) if (!granted.Contains(o)) granted.Add(o);
            missing = a.missing;
            Get("access").As<HTMLElement>().Hidden = missing.Length == 0;
            Get("access-text").TextContent = a.accessText;
        }

        private static async Task Grant()
        {
            var ask = new List<string>(missing);
            bool ok = false;
            // First await of the click: Chrome only shows its prompt inside the user gesture.
            try { ok = await Access.Request(ask); }
            catch (System.Exception e) { Status("Chrome refused the permission request: " + Access.ErrorText(e), true); }
            if (ok) foreach (string o in ask) if (!granted.Contains(o)) granted.Add(o);
            if (!ok) Status("Access was not granted.", true);
            await Refresh();
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
            string url = FormView.Value("url");
            var needed = new List<string>();
            foreach (string o in HostPermissions.Needed(url, FormView.Origins())) if (!granted.Contains(o)) needed.Add(o);
            busy = true;
            HTMLButtonElement button = Get("save").As<HTMLButtonElement>();
            button.Disabled = true;
            try
            {
                bool ok;
                // First await of the click: Chrome only shows its prompt inside the user gesture.
                try { ok = await Access.Request(needed); }
                catch (System.Exception e) { ok = false; Status("Chrome refused the permission request: " + Access.ErrorText(e), true); }
                if (!ok)
                {
                    string message = "Access to " + Access.List(needed) + " was not granted, so the settings were not saved. Save again and choose Allow.";
                    UrlParts? u = UrlParts.Parse(url);
                    FormView.SetError(u != null && needed.Contains(u.Origin) && !FormView.IsLocked("url") ? "url" : "extraOrigins", message);
                    Status("Not saved: permission declined.", true);
                    return;
                }
                foreach (string o in needed) if (!granted.Contains(o)) granted.Add(o);
                SaveSettingsRequest form = FormView.Read();
                form.type = Messages.SaveSettings;
                // The worker validates, applies the policy, stores, and waits for the extra origins' scripts.
                object? reply = await Chrome.Runtime.SendMessage(form);
                SaveSettingsAnswer? a = JsType.IsPlainObject(reply) ? reply.As<SaveSettingsAnswer>() : null;
                if (a == null || !JsType.IsArray(a.errors)) throw new System.Exception("the extension's background worker did not answer");
                if (a.errors.Length > 0)
                {
                    FormView.ShowErrors(a.errors);
                    Status("Not saved: please correct the highlighted fields.", true);
                    return;
                }
                if (!a.ok) { Status("Not saved: " + a.note, true); return; }
                Status("Saved. Open calls pick up the new settings within one poll." + a.note, a.note.Length > 0);
                await Refresh();
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
            Element result = Get("test-result");
            HTMLButtonElement button = Get("test").As<HTMLButtonElement>();
            button.Disabled = true;
            result.TextContent = "Testing…";
            result.ClassName = "result";
            try
            {
                UrlParts? u = UrlParts.Parse(FormView.Value("url"));
                if (u != null && !granted.Contains(u.Origin))
                {
                    var one = new List<string>();
                    one.Add(u.Origin);
                    bool ok = false;
                    // First await of the click: Chrome only shows its prompt inside the user gesture.
                    try { ok = await Access.Request(one); } catch { }
                    if (!ok)
                    {
                        result.TextContent = "Chrome has not granted access to " + u.Origin + ", so nothing was sent.";
                        result.ClassName = "result error-text";
                        return;
                    }
                    granted.Add(u.Origin);
                }
                // The worker reads the form as it would save it, has the sinks, sends, and words the outcome.
                SaveSettingsRequest form = FormView.Read();
                object? reply = await Chrome.Runtime.SendMessage(new TestConnectionRequest { type = TestConnectionRequest.Type, keys = form.keys, values = form.values });
                TestConnectionAnswer? outcome = JsType.IsPlainObject(reply) ? reply.As<TestConnectionAnswer>() : null;
                if (!TestConnectionAnswers.IsValid(outcome)) throw new System.Exception("the extension's background worker did not answer");
                if (JsType.IsArray(outcome!.errors)) FormView.ShowErrors(outcome.errors!);
                result.TextContent = outcome.text;
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
