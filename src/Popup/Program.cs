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

        private static Settings settings = SettingsIo.Defaults();
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
            Chrome.Storage.OnChanged.AddListener((changes, area) =>
            {
                if (area == "sync" || area == "local") _ = LoadSettings();
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
            try { settings = await SettingsIo.Load(); }
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
            site = PopupView.Site(settings, tabUrl, status != null && JsType.IsString(status.platform) ? status.platform : null);
            SetText("platform", site.PlatformText);

            HTMLInputElement toggle = Get("capture").As<HTMLInputElement>();
            Get("capture-row").As<HTMLElement>().Hidden = !site.Supported;
            if (!switching) toggle.Checked = site.CaptureOn;
            SetText("capture-label", site.SwitchLabel);

            double now = JsDate.Now();
            if (status == null)
            {
                SetText("connections", "–");
                SetText("last-push", "–");
                SetText("last-error", "The extension's background worker is not answering.");
                SetText("pushes", "–");
                Get("last-error").ClassList.Toggle("error-text", true);
                return;
            }
            SetText("connections", Number(status.connections));
            double at = JsType.IsNumber(status.lastPushAt) ? status.lastPushAt : 0;
            SetText("last-push", at > 0 ? new JsDate(at).ToLocaleTimeString() + " (" + PopupView.Ago(now, at) + ")" : "Never");
            string error = JsType.IsString(status.lastError) ? status.lastError : "";
            string problems = SettingsProblems(status);
            if (problems.Length > 0) error = (error.Length > 0 ? error + " " : "") + problems;
            SetText("last-error", error.Length > 0 ? error : "None");
            Get("last-error").ClassList.Toggle("error-text", error.Length > 0);
            double bytes = JsType.IsNumber(status.bytes) ? status.bytes : 0;
            SetText("pushes", Number(status.pushes) + " (" + PopupView.Bytes(bytes) + ")");
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
                Settings next = PopupView.Toggle(settings, target, on);
                await SettingsIo.Save(next);
                settings = next;
                if (custom)
                {
                    await Access.SyncContentScripts(next.extraOrigins);
                    if (on) SetText("note", "Reload the page to start capturing on " + target.Origin + ".");
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
