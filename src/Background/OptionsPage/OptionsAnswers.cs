using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The options page is a view of the worker: <c>wse/form</c> describes the form (one row
    /// per setting shown, from the settings table and its layout, each row's label and help read from
    /// the shipped <c>managed_schema.json</c> (its title and description), with the value and whether the
    /// administrator's policy sets it, the ignored policy values, the host access the settings lack),
    /// <c>wse/save-settings</c> validates the form's text and stores the user's settings, and
    /// <c>wse/test-connection</c> tests the endpoint the form describes. Only the extension's own pages
    /// (<see cref="OwnPages"/>) are answered: the form carries the user's secrets.</summary>
    public sealed class OptionsAnswers
    {
        public const string NotRegisteredNote = " But the extension's background worker has not registered the additional origins yet; reload this page to check.";

        private readonly SettingsLoader settings;
        private readonly IHostGrants grants;
        private readonly ConnectionTester tester;
        private readonly Func<string[], Task<bool>> scriptsReady;
        private readonly string pagesBase;
        private readonly IPackageFiles files;
        private readonly WorkerErrors errors;

        /// <summary>The shipped policy schema, whose properties' titles and descriptions are the
        /// settings' labels and help (generated from <see cref="SettingsHelp"/>).</summary>
        public const string SchemaFile = "managed_schema.json";

        /// <param name="scriptsReady">Waits until the content scripts of these extra origins are
        /// registered (by the reload a save starts); false when they are not, in time.</param>
        /// <param name="pagesBase">The extension's URL prefix, <c>chrome-extension://id/</c>.</param>
        /// <param name="files">Reads <see cref="SchemaFile"/> for the labels and help; a failure is
        /// recorded in <paramref name="errors"/> and the form shows the keys, without help.</param>
        public OptionsAnswers(SettingsLoader settings, IHostGrants grants, ConnectionTester tester, Func<string[], Task<bool>> scriptsReady, string pagesBase,
            IPackageFiles files, WorkerErrors errors)
        {
            this.files = files;
            this.errors = errors;
            this.settings = settings;
            this.grants = grants;
            this.tester = tester;
            this.scriptsReady = scriptsReady;
            this.pagesBase = pagesBase;
        }

        /// <summary>The form as stored now, or null for a sender that is not one of our pages.</summary>
        public async Task<FormAnswer?> Form(string? senderUrl)
        {
            if (!OwnPages.Sent(senderUrl, pagesBase)) return null;
            LoadedSettings l = await settings.Fresh();
            object? schema = null;
            try { schema = await files.Json(SchemaFile); }
            catch (Exception e) { errors.Record(WorkerErrors.Settings, e); }
            var rows = new List<FormRow>();
            foreach (SettingDef d in SettingsForm.Shown())
            {
                SettingLook t = SettingsLayout.For(d.Key);
                object? words = SchemaProperty(schema, d);
                bool locked = l.IsLocked(d.Key);
                var labels = new string[d.Choices.Length];
                for (int i = 0; i < labels.Length; i++) labels[i] = i < t.ChoiceLabels.Length ? t.ChoiceLabels[i] : d.Choices[i];
                rows.Add(new FormRow
                {
                    key = d.Key, kind = d.Kind, section = t.Section, label = SchemaText(words, "title", d.Key), help = SchemaText(words, "description", ""),
                    placeholder = t.Placeholder,
                    narrow = t.Narrow, choices = d.Choices, choiceLabels = labels, locked = locked,
                    // A policy's password or token never leaves the worker.
                    value = locked && d.IsSecret ? "" : SettingsForm.TextOf(d, locked ? l.Effective : l.User),
                });
            }
            var lines = new List<string>();
            foreach (FieldError p in l.PolicyProblems) lines.Add("Policy value \"" + p.field + "\" ignored: " + p.message);
            var granted = new List<string>();
            var missing = new List<string>();
            foreach (string origin in HostPermissions.Needed(l.Effective))
            {
                bool has = false;
                try { has = await grants.Granted(origin); } catch { }
                (has ? granted : missing).Add(origin);
            }
            return new FormAnswer
            {
                rows = rows.ToArray(), policyLines = lines.ToArray(), granted = granted.ToArray(), missing = missing.ToArray(),
                accessText = AccessText(l.Effective, missing.ToArray()),
            };
        }

        /// <summary>The row's property in the policy schema (under its group's object when it has one),
        /// or null.</summary>
        public static object? SchemaProperty(object? schema, SettingDef d)
        {
            object? properties = Plain.Get(schema, "properties");
            if (d.Group.Length > 0) properties = Plain.Get(Plain.Get(properties, d.Group), "properties");
            return Plain.Get(properties, d.Key);
        }

        private static string SchemaText(object? property, string name, string otherwise)
        {
            object? v = Plain.Get(property, name);
            return Shape.IsString(v) ? (string)v! : otherwise;
        }

        /// <summary>The options page's sentence about origins Chrome has not granted ("" when none): the
        /// popup's (<see cref="SiteSwitch.AccessText"/>), then the button that asks for them here.</summary>
        public static string AccessText(Settings s, string[] missing)
        {
            if (missing.Length == 0) return "";
            UrlParts? u = UrlParts.Parse(s.url);
            return SiteSwitch.AccessText(missing, u != null && Array.IndexOf(missing, u.Origin) >= 0) + " Press Allow access and choose Allow.";
        }

        /// <summary>Validates the form and stores the user's settings, or says per field why not (then
        /// nothing is stored; when storage itself fails, <see cref="SaveSettingsAnswer.note"/> says why); null for a sender that is not one of our pages or a malformed request.</summary>
        public async Task<SaveSettingsAnswer?> Save(SaveSettingsRequest? req, string? senderUrl)
        {
            if (!OwnPages.Sent(senderUrl, pagesBase) || req == null || req.type != Messages.SaveSettings) return null;
            FormValues? v = FormValues.From(req.keys, req.values);
            if (v == null) return null;
            LoadedSettings l = await settings.Fresh();
            var errors = new List<FieldError>();
            Settings user = SettingsForm.ToSettings(l, v, errors);
            if (errors.Count > 0) return new SaveSettingsAnswer { ok = false, errors = errors.ToArray(), note = "" };
            try { await settings.Save(user); }
            catch (Exception e)
            {
                string m = e.Message; // null for some rejections in JS
                return new SaveSettingsAnswer { ok = false, errors = new FieldError[0], note = m == null || m.Length == 0 ? "unknown error" : m };
            }
            bool ready = await scriptsReady(SettingsForm.Effective(l, user).extraOrigins);
            return new SaveSettingsAnswer { ok = true, errors = new FieldError[0], note = ready ? "" : NotRegisteredNote };
        }

        /// <summary>Tests the endpoint of the form's settings (unsaved, with the policy's values on top);
        /// null for a sender that is not one of our pages or a malformed request.</summary>
        public async Task<TestConnectionAnswer?> Test(TestConnectionRequest? req, string? senderUrl)
        {
            if (!OwnPages.Sent(senderUrl, pagesBase) || req == null || req.type != TestConnectionRequest.Type) return null;
            FormValues? v = FormValues.From(req.keys, req.values);
            if (v == null) return null;
            LoadedSettings l = await settings.Fresh();
            var errors = new List<FieldError>();
            Settings user = SettingsForm.ToSettings(l, v, errors);
            List<FieldError> blocking = ConnectionTester.Blocking(errors);
            if (blocking.Count > 0) return new TestConnectionAnswer { ok = false, text = "Correct the highlighted fields first.", errors = blocking.ToArray() };
            return await tester.Run(SettingsForm.Effective(l, user));
        }
    }
}
