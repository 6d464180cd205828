using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Popup
{
    /// <summary>The toolbar popup (static/popup.html): the current tab's platform, a capture switch
    /// for the site, live connections and delivery health, refreshed every second while open. A view
    /// only: the worker works everything out (<c>wse/status</c>) and changes the settings
    /// (<c>wse/toggle-site</c>); the popup carries no settings code.</summary>
    public static class Program
    {
        public const int RefreshMs = 1000;

        private static int tabId = -1;
        private static string? tabUrl;
        private static StatusResponse? status;
        /// <summary>The site switch as last answered (kept while the worker does not answer).</summary>
        private static SiteStatus? site;
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
            // A settings change shows at once, not at the next refresh.
            Chrome.Storage.OnChanged.AddListener((changes, area) => { if (area == "sync" || area == "managed") _ = Refresh(); });
            _ = Start();
        }

        private static Element Get(string id) => Dom.Document.GetElementById(id)!;

        private static void SetText(string id, string text) => Get(id).TextContent = text;

        private static string Text(object? v) => JsType.IsString(v) ? v.As<string>() : "";

        private static async Task Start()
        {
            try
            {
                Tab[] tabs = await Chrome.Tabs.Query(new TabQuery { Active = true, CurrentWindow = true });
                // The first (the only) active tab of the window.
                foreach (Tab tab in tabs)
                {
                    if (tab.Id != null)
                    {
                        tabId = tab.Id.GetValueOrDefault();
                        tabUrl = JsType.IsString(tab.Url) ? tab.Url : null;
                    }
                    break;
                }
            }
            catch { }
            await Refresh();
            Dom.SetInterval(() => { _ = Refresh(); }, RefreshMs);
        }

        /// <summary>Asks the worker for the tab's status; a worker that does not answer is shown as such.</summary>
        private static async Task Refresh()
        {
            try
            {
                object? answer = await Chrome.Runtime.SendMessage(new StatusRequest { type = Messages.Status, tabId = tabId, url = tabUrl });
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
            if (status != null && JsType.IsPlainObject(status.site)) site = status.site;
            bool supported = site != null && site.supported == true;
            SetText("platform", site != null ? Text(site.platformText) : "–");

            HTMLInputElement toggle = Get("capture").As<HTMLInputElement>();
            Get("capture-row").As<HTMLElement>().Hidden = !supported;
            if (!switching) toggle.Checked = supported && site!.captureOn == true;
            bool locked = supported && site!.locked == true;
            if (!switching) toggle.Disabled = locked;
            Get("capture-locked").As<HTMLElement>().Hidden = !locked;
            SetText("capture-label", site != null ? Text(site.switchLabel) : "");

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
            RenderPolicy(JsType.IsArray(status.policyProblems) ? status.policyProblems : new FieldError[0]);
            SetText("connections", Count(status.connections));
            RenderQuality(status);
            double at = JsType.IsNumber(status.lastPushAt) ? status.lastPushAt : 0;
            SetText("last-push", at > 0 ? new JsDate(at).ToLocaleTimeString() + " (" + PopupView.Ago(now, at) + ")" : "Never");
            string error = Text(status.lastError);
            string problems = SettingsProblems(status);
            if (problems.Length > 0) error = (error.Length > 0 ? error + " " : "") + problems;
            SetText("last-error", error.Length > 0 ? error : "None");
            Get("last-error").ClassList.Toggle("error-text", error.Length > 0);
            double bytes = JsType.IsNumber(status.bytes) ? status.bytes : 0;
            SetText("pushes", Count(status.pushes) + " (" + PopupView.Bytes(bytes) + ")");
            RenderAccess(status);
        }

        /// <summary>Policy values the extension ignored, with why (the options page shows them too).</summary>
        private static void RenderPolicy(FieldError[] problems)
        {
            Element list = Get("policy-problems");
            list.ReplaceChildren();
            foreach (FieldError p in problems)
            {
                Element item = Dom.Document.CreateElement("li");
                item.TextContent = "Policy value \"" + Text(p.field) + "\" ignored: " + Text(p.message);
                list.AppendChild(item);
            }
            Get("policy").As<HTMLElement>().Hidden = problems.Length == 0;
        }

        private static string[] patterns = new string[0];

        /// <summary>Origins the settings need that Chrome has not granted (as the worker sees them),
        /// with the one button that grants them.</summary>
        private static void RenderAccess(StatusResponse st)
        {
            int missing = JsType.IsArray(st.missingAccess) ? st.missingAccess.Length : 0;
            patterns = JsType.IsArray(st.accessPatterns) ? st.accessPatterns : new string[0];
            Get("access").As<HTMLElement>().Hidden = missing == 0;
            if (missing > 0) SetText("access-text", Text(st.accessText));
        }

        /// <summary>Asks Chrome for the access (must be called in the click, before any other await).
        /// True when nothing was needed or the user agreed.</summary>
        private static async Task<bool> Request(string[] origins)
        {
            if (origins.Length == 0) return true;
            return await Chrome.Permissions.Request(new PermissionSet { Origins = origins });
        }

        private static async Task Grant()
        {
            bool ok = false;
            // First await of the click: Chrome only shows its prompt inside the user gesture.
            try { ok = await Request(patterns); } catch { }
            SetText("note", ok ? "Access granted." : "Access was not granted.");
            await Refresh();
        }

        /// <summary>The call's quality at a glance, in plain words (issue 13).</summary>
        private static void RenderQuality(StatusResponse st)
        {
            string verdict = Text(st.quality);
            string reason = Text(st.qualityReason);
            double mos = JsType.IsNumber(st.mos) ? st.mos : 0;
            int connections = JsType.IsNumber(st.connections) ? st.connections : 0;
            SetText("quality", QualitySummary.Display(verdict, reason, mos, connections));
            Element el = Get("quality");
            el.ClassList.Toggle("quality-good", connections > 0 && verdict == QualitySummary.Good);
            el.ClassList.Toggle("quality-poor", connections > 0 && verdict == QualitySummary.Poor);
        }

        /// <summary>A count of the status (an int in <see cref="StatusResponse"/>), "0" when missing. Written as
        /// the int it is: a double's .NET text would bring in the number-formatting helpers.</summary>
        private static string Count(object? v) => JsType.IsNumber(v) ? v.As<int>().ToString() : "0";

        private static string SettingsProblems(StatusResponse s)
        {
            if (!JsType.IsArray(s.settingsErrors)) return "";
            // The first error only.
            foreach (FieldError first in s.settingsErrors) return "Settings need attention: " + first.message;
            return "";
        }

        /// <summary>The site switch. Turning capture on for a non-platform origin first asks for access
        /// to it (this change event is the user gesture); the worker stores the change and registers
        /// the content scripts.</summary>
        private static async Task OnSwitch()
        {
            HTMLInputElement toggle = Get("capture").As<HTMLInputElement>();
            bool on = toggle.Checked;
            SiteStatus? target = site;
            if (target == null || target.supported != true) return;
            switching = true;
            toggle.Disabled = true;
            SetText("note", "");
            try
            {
                string permission = Text(target.permission);
                if (on && permission.Length > 0)
                {
                    bool granted = false;
                    try { granted = await Request(new[] { permission }); } catch { }
                    if (!granted)
                    {
                        toggle.Checked = false;
                        SetText("note", "Chrome did not grant access to " + Text(target.origin) + ", so capture stays off.");
                        return;
                    }
                }
                object? answer = await Chrome.Runtime.SendMessage(new ToggleSiteRequest { type = Messages.ToggleSite, tabId = tabId, url = tabUrl, on = on });
                ToggleSiteAnswer? a = JsType.IsPlainObject(answer) ? answer.As<ToggleSiteAnswer>() : null;
                if (a == null) throw new System.Exception("the background worker did not answer");
                if (a.ok != true) toggle.Checked = !on;
                SetText("note", Text(a.note));
                await Refresh();
            }
            catch (System.Exception e)
            {
                toggle.Checked = !on;
                string m = e.Message;
                SetText("note", "Could not change the setting: " + (m == null || m.Length == 0 ? "unknown error" : m));
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
