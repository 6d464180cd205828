using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Ui;

namespace WebRtcStatsExporter.Popup
{
    /// <summary>The toolbar popup (static/popup.html): the current tab's platform, a capture switch
    /// for the site, live connections and delivery health, refreshed every second while open.</summary>
    public static class Program
    {
        public const int RefreshMs = 1000;

        private static readonly SettingsSource source = new SettingsSource(new ChromeSettingsStorage());
        private static LoadedSettings loaded = new LoadedSettings();
        private static int tabId = -1;
        private static string? tabUrl;
        private static StatusResponse? status;
        private static SiteView site = new SiteView();
        private static bool switching;

        public static void Main()
        {
            Get("capture").AddEventListener("change", ev => { _ = OnSwitch(); });
            Get("options-link").AddEventListener("click", ev =>
            {
                ev.PreventDefault();
                _ = Chrome.Runtime.OpenOptionsPage();
            });
            Get("grant").AddEventListener("click", ev => { _ = Grant(); });
            Chrome.Storage.OnChanged.AddListener((changes, area) =>
            {
                if (SettingsSource.Affects(area, JsObject.Keys(changes))) _ = LoadSettings();
            });
            _ = Start();
        }

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        private static void SetText(string id, string text) => Get(id).TextContent = text;

        private static async Task Start()
        {
            try
            {
                Tab[] tabs = await Chrome.Tabs.Query(new TabQuery { Active = true, CurrentWindow = true });
                if (tabs.Length > 0 && tabs[0].Id != null)
                {
                    tabId = tabs[0].Id!.Value;
                    tabUrl = JsType.IsString(tabs[0].Url) ? tabs[0].Url : null;
                }
            }
            catch { }
            await LoadSettings();
            await Refresh();
            Dom.SetInterval(() => { _ = Refresh(); }, RefreshMs);
        }

        private static async Task LoadSettings()
        {
            try { loaded = await source.Load(true); }
            catch { }
            Render();
        }

        /// <summary>Asks the worker for the tab's status; a worker that does not answer is shown as such.</summary>
        private static async Task Refresh()
        {
            try
            {
                object? answer = await Chrome.Runtime.SendMessage(new StatusRequest { type = Messages.Status, tabId = tabId });
                status = JsType.IsPlainObject(answer) ? answer.As<StatusResponse>() : null;
            }
            catch
            {
                status = null;
            }
            Render();
        }

        private static void Render()
        {
            site = PopupView.Site(loaded.Effective, tabUrl, status != null && JsType.IsString(status.platform) ? status.platform : null);
            SetText("platform", site.PlatformText);

            HTMLInputElement toggle = Get("capture").As<HTMLInputElement>();
            Get("capture-row").As<HTMLElement>().Hidden = !site.Supported;
            if (!switching) toggle.Checked = site.CaptureOn;
            bool locked = site.Supported && loaded.IsLocked(PopupView.SwitchKey(site));
            if (!switching) toggle.Disabled = locked;
            Get("capture-locked").As<HTMLElement>().Hidden = !locked;
            SetText("capture-label", site.SwitchLabel);
            RenderPolicy();

            double now = JsDate.Now();
            if (status == null)
            {
                SetText("connections", "–");
                SetText("quality", "–");
                SetText("last-push", "–");
                SetText("last-error", "The extension's background worker is not answering.");
                SetText("pushes", "–");
                Get("last-error").ClassList.Toggle("error-text", true);
                return;
            }
            SetText("connections", Number(status.connections));
            RenderQuality(status);
            double at = JsType.IsNumber(status.lastPushAt) ? status.lastPushAt : 0;
            SetText("last-push", at > 0 ? new JsDate(at).ToLocaleTimeString() + " (" + PopupView.Ago(now, at) + ")" : "Never");
            string error = JsType.IsString(status.lastError) ? status.lastError : "";
            string problems = SettingsProblems(status);
            if (problems.Length > 0) error = (error.Length > 0 ? error + " " : "") + problems;
            SetText("last-error", error.Length > 0 ? error : "None");
            Get("last-error").ClassList.Toggle("error-text", error.Length > 0);
            double bytes = JsType.IsNumber(status.bytes) ? status.bytes : 0;
            SetText("pushes", Number(status.pushes) + " (" + PopupView.Bytes(bytes) + ")");
            RenderAccess(JsType.IsArray(status.missingAccess) ? status.missingAccess : new string[0]);
        }

        /// <summary>Policy values the extension ignored, with why (the options page shows them too).</summary>
        private static void RenderPolicy()
        {
            Element list = Get("policy-problems");
            list.ReplaceChildren();
            foreach (string line in Access.PolicyLines(loaded.PolicyProblems.ToArray()))
            {
                Element item = Dom.Document.CreateElement("li");
                item.TextContent = line;
                list.AppendChild(item);
            }
            Get("policy").As<HTMLElement>().Hidden = loaded.PolicyProblems.Count == 0;
        }

        private static string[] missing = new string[0];

        /// <summary>Origins the settings need that Chrome has not granted (as the worker sees them),
        /// with the one button that grants them.</summary>
        private static void RenderAccess(string[] origins)
        {
            missing = origins;
            Get("access").As<HTMLElement>().Hidden = origins.Length == 0;
            if (origins.Length == 0) return;
            var list = new List<string>(origins);
            UrlParts? u = UrlParts.Parse(loaded.Effective.url);
            bool endpoint = u != null && list.Contains(u.Origin);
            SetText("access-text", "Chrome has not granted access to " + Access.List(list) + (endpoint ? ": no metrics can be sent until it does." : ": calls there are not captured until it does."));
        }

        private static async Task Grant()
        {
            var ask = new List<string>(missing);
            bool ok = false;
            // First await of the click: Chrome only shows its prompt inside the user gesture.
            try { ok = await Access.Request(ask); } catch { }
            SetText("note", ok ? "Access granted." : "Access was not granted.");
            await Refresh();
        }

        /// <summary>The call's quality at a glance, in plain words (issue 13).</summary>
        private static void RenderQuality(StatusResponse st)
        {
            string verdict = JsType.IsString(st.quality) ? st.quality : "";
            string reason = JsType.IsString(st.qualityReason) ? st.qualityReason : "";
            double mos = JsType.IsNumber(st.mos) ? st.mos : 0;
            int connections = JsType.IsNumber(st.connections) ? st.connections : 0;
            SetText("quality", QualitySummary.Display(verdict, reason, mos, connections));
            Element el = Get("quality");
            el.ClassList.Toggle("quality-good", connections > 0 && verdict == QualitySummary.Good);
            el.ClassList.Toggle("quality-poor", connections > 0 && verdict == QualitySummary.Poor);
        }

        private static string Number(object? v) => JsType.IsNumber(v) ? v.As<double>().ToString() : "0";

        private static string SettingsProblems(StatusResponse s)
        {
            if (!JsType.IsArray(s.settingsErrors) || s.settingsErrors.Length == 0) return "";
            return "Settings need attention: " + s.settingsErrors[0].message;
        }

        /// <summary>The site switch. Turning capture on for a non-platform origin asks for access to it
        /// (this change event is the user gesture) and registers the content scripts for it.</summary>
        private static async Task OnSwitch()
        {
            HTMLInputElement toggle = Get("capture").As<HTMLInputElement>();
            bool on = toggle.Checked;
            SiteView target = site;
            if (!target.Supported) return;
            switching = true;
            toggle.Disabled = true;
            SetText("note", "");
            try
            {
                bool custom = target.Platform == Platform.None || target.Platform == Platform.Custom;
                if (on && custom)
                {
                    var one = new List<string>();
                    one.Add(target.Origin);
                    bool granted = false;
                    try { granted = await Access.Request(one); } catch { }
                    if (!granted)
                    {
                        toggle.Checked = false;
                        SetText("note", "Chrome did not grant access to " + target.Origin + ", so capture stays off.");
                        return;
                    }
                }
                Settings next = PopupView.Toggle(loaded.User, target, on);
                await source.Save(next);
                loaded = await source.Load(true);
                if (custom)
                {
                    // The worker registers the content scripts for the new list.
                    bool ready = await Access.WaitForContentScripts(loaded.Effective.extraOrigins);
                    if (on) SetText("note", ready ? "Reload the page to start capturing on " + target.Origin + "." : "Saved; the background worker has not registered " + target.Origin + " yet.");
                }
                else if (on)
                {
                    SetText("note", "Calls on this page are captured from the next poll.");
                }
            }
            catch (System.Exception e)
            {
                toggle.Checked = !on;
                SetText("note", "Could not change the setting: " + Access.ErrorText(e));
            }
            finally
            {
                switching = false;
                toggle.Disabled = false;
                Render();
            }
        }
    }
}
