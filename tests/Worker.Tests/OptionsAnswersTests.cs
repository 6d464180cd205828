using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Tests;
using WebRtcStatsExporter.Worker.Tests.Fakes;

namespace WebRtcStatsExporter.Worker.Tests
{
    /// <summary>Issue 12: the options page is a view of the worker. <c>wse/form</c> describes the form
    /// from the settings table (values, help, policy locks, ignored policy values, missing access);
    /// <c>wse/save-settings</c> validates the form's text per field, refuses what the policy sets, and
    /// stores; both answer only the extension's own pages.</summary>
    public sealed class OptionsAnswersTests
    {
        private const string Pages = "chrome-extension://abcdefghijklmnop/";
        private const string OptionsPage = Pages + "options.html";
        private readonly ManualClock clock = new(1_000);
        private WorkerUnderTest w = null!;
        private FakeProbe probe = null!;
        private OptionsAnswers answers = null!;
        private FakePackageFiles files = null!;
        private readonly List<string[]> waitedFor = new();
        private bool scriptsReady = true;

        [SetUp]
        public void Wire()
        {
            w = new WorkerUnderTest();
            probe = new FakeProbe(clock);
            waitedFor.Clear();
            scriptsReady = true;
            files = new FakePackageFiles();
            answers = new OptionsAnswers(w.Settings, probe, new ConnectionTester(probe, clock),
                origins => { waitedFor.Add(origins); return Task.FromResult(scriptsReady); }, Pages, files, w.Errors);
        }

        /// <summary>The form as the page sends it: every field the page shows, as text, showing <paramref name="s"/>.</summary>
        public static SaveSettingsRequest Form(Settings s)
        {
            var keys = new List<string>();
            var values = new List<string>();
            foreach (SettingDef d in SettingsForm.Shown()) { keys.Add(d.Key); values.Add(SettingsForm.TextOf(d, s)); }
            return new SaveSettingsRequest { type = Messages.SaveSettings, keys = keys.ToArray(), values = values.ToArray() };
        }

        private static SaveSettingsRequest With(SaveSettingsRequest f, string key, string? value)
        {
            var keys = f.keys.ToList();
            var values = f.values.ToList();
            int i = keys.IndexOf(key);
            if (value == null) { keys.RemoveAt(i); values.RemoveAt(i); }
            else values[i] = value;
            return new SaveSettingsRequest { type = f.type, keys = keys.ToArray(), values = values.ToArray() };
        }

        private static Settings Valid() => WorkerUnderTest.Configure(SettingsStore.Defaults());

        private static FormRow Row(FormAnswer a, string key) => a.rows.Single(r => r.key == key);

        [Test]
        public async Task The_form_has_one_row_per_shown_setting_in_table_order_with_its_help_and_the_users_values()
        {
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"agentId\":\"agent-1\",\"labels\":{\"team\":\"billing\",\"site\":\"paris\"},\"platforms\":{\"meet\":false},\"extraOrigins\":[\"https://a.example.com\",\"https://b.example.com\"]}}");
            w.SettingsStorage.SetJson("local", "{\"secrets\":{\"version\":2,\"password\":\"pw\"}}");
            FormAnswer a = (await answers.Form(OptionsPage))!;
            string[] shown = SettingsTable.All.Where(d => SettingsLayout.For(d.Key).Section.Length > 0).Select(d => d.Key).ToArray();
            Assert.That(a.rows.Select(r => r.key), Is.EqualTo(shown));
            Assert.That(shown, Does.Not.Contain("enabled"), "the popup's master switch is not on the page");
            FormRow url = Row(a, "url");
            Assert.That(url.label, Is.EqualTo(SettingsHelp.For("url").Label));
            Assert.That(url.help, Is.EqualTo(SettingsHelp.For("url").Help));
            Assert.That(url.section, Is.EqualTo("endpoint"));
            Assert.That(url.kind, Is.EqualTo(SettingKind.Url));
            Assert.That(url.value, Is.EqualTo("http://localhost:9091"));
            Assert.That(Row(a, "agentId").value, Is.EqualTo("agent-1"));
            Assert.That(Row(a, "labels").value, Is.EqualTo("site=paris\nteam=billing"));
            Assert.That(Row(a, "meet").value, Is.EqualTo("false"));
            Assert.That(Row(a, "teams").value, Is.EqualTo("true"));
            Assert.That(Row(a, "pollIntervalSeconds").value, Is.EqualTo("5"));
            Assert.That(Row(a, "extraOrigins").value, Is.EqualTo("https://a.example.com\nhttps://b.example.com"));
            Assert.That(Row(a, "password").value, Is.EqualTo("pw"), "the user's own secret, to their own page");
            Assert.That(Row(a, "sink").choices, Is.EqualTo(new[] { "pushgateway", "victoriametrics", "remotewrite" }));
            Assert.That(Row(a, "sink").choiceLabels, Is.EqualTo(new[] { "Pushgateway", "VictoriaMetrics", "Prometheus remote write" }));
            Assert.That(a.rows.Any(r => r.locked), Is.False);
            Assert.That(a.policyLines, Is.Empty);
        }

        /// <summary>The labels and help ship once, as the titles and descriptions of the packaged
        /// managed_schema.json (generated from SettingsHelp); the worker reads them from there on each
        /// form request, so the page shows exactly the words of SettingsHelp.</summary>
        [Test]
        public async Task Every_rows_label_and_help_are_read_from_the_shipped_policy_schema()
        {
            FormAnswer a = (await answers.Form(OptionsPage))!;
            Assert.That(files.Read, Is.EqualTo(new[] { "managed_schema.json" }));
            foreach (FormRow r in a.rows)
            {
                Assert.That(r.label, Is.EqualTo(SettingsHelp.For(r.key).Label), r.key);
                Assert.That(r.help, Is.EqualTo(SettingsHelp.For(r.key).Help), r.key);
                Assert.That(r.help, Is.Not.Empty, r.key);
            }
            Assert.That(Row(a, "teams").label, Is.EqualTo("Microsoft Teams"), "a grouped policy key (platforms.teams)");
            Assert.That(w.Errors.Count(WorkerErrors.Settings), Is.EqualTo(0));
            await answers.Form(OptionsPage);
            Assert.That(files.Read, Has.Count.EqualTo(2), "read again for each form");
        }

        [Test]
        public async Task Without_the_schema_the_form_shows_the_keys_without_help_and_the_failure_is_counted()
        {
            files.Broken.Add("managed_schema.json");
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"agentId\":\"agent-1\"}}");
            FormAnswer a = (await answers.Form(OptionsPage))!;
            Assert.That(a.rows.Select(r => r.key), Is.EqualTo(SettingsForm.Shown().Select(d => d.Key)), "every row still there");
            Assert.That(a.rows.Select(r => r.label), Is.EqualTo(a.rows.Select(r => r.key)));
            Assert.That(a.rows.Select(r => r.help), Is.All.Empty);
            Assert.That(Row(a, "agentId").value, Is.EqualTo("agent-1"));
            Assert.That(Row(a, "sink").choiceLabels, Is.EqualTo(new[] { "Pushgateway", "VictoriaMetrics", "Prometheus remote write" }));
            Assert.That(w.Errors.Count(WorkerErrors.Settings), Is.EqualTo(1));
            Assert.That(w.Log.Lines.Single(), Does.StartWith(WorkerErrors.LogPrefix + "settings: managed_schema.json"));
            Assert.That(w.Health.LastError, Does.Contain("(settings)"));
        }

        [Test]
        public async Task The_policys_values_show_locked_its_secrets_never_and_ignored_values_are_explained()
        {
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"agentId\":\"agent-user\"}}");
            w.SettingsStorage.SetJson("local", "{\"secrets\":{\"version\":2,\"password\":\"user-pw\"}}");
            w.SettingsStorage.SetJson("managed", "{\"agentId\":\"agent-policy\",\"username\":\"corp\",\"password\":\"policy-pw\",\"pollIntervalSeconds\":\"fast\"}");
            FormAnswer a = (await answers.Form(OptionsPage))!;
            Assert.That(Row(a, "agentId").locked, Is.True);
            Assert.That(Row(a, "agentId").value, Is.EqualTo("agent-policy"));
            Assert.That(Row(a, "username").value, Is.EqualTo("corp"));
            Assert.That(Row(a, "password").locked, Is.True);
            Assert.That(Row(a, "password").value, Is.Empty, "a policy's password never leaves the worker");
            Assert.That(Row(a, "bearerToken").locked, Is.True, "the policy owns the whole auth group");
            Assert.That(Row(a, "job").locked, Is.False);
            Assert.That(Row(a, "pollIntervalSeconds").locked, Is.False, "an invalid policy value locks nothing");
            Assert.That(a.policyLines, Is.EqualTo(new[] { "Policy value \"pollIntervalSeconds\" ignored: Poll interval must be a whole number." }));
        }

        [Test]
        public async Task Origins_the_settings_need_are_told_apart_granted_or_missing_with_the_pages_sentence()
        {
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"url\":\"https://pgw.example.com:9091\",\"extraOrigins\":[\"https://a.example.com\"]}}");
            probe.GrantedOrigins.Add("https://a.example.com");
            FormAnswer a = (await answers.Form(OptionsPage))!;
            Assert.That(a.granted, Is.EqualTo(new[] { "https://a.example.com" }));
            Assert.That(a.missing, Is.EqualTo(new[] { "https://pgw.example.com:9091" }));
            Assert.That(a.accessText, Is.EqualTo("Chrome has not granted access to https://pgw.example.com:9091: no metrics can be sent until it does. Press Allow access and choose Allow."));
            probe.GrantedOrigins.Add("https://pgw.example.com:9091");
            FormAnswer all = (await answers.Form(OptionsPage))!;
            Assert.That(all.missing, Is.Empty);
            Assert.That(all.accessText, Is.Empty);
        }

        [Test]
        public async Task A_valid_form_is_stored_secrets_on_this_device_only()
        {
            Settings s = Valid();
            s.labels = new[] { new LabelPair { name = "site", value = "paris" } };
            s.username = "ops";
            s.password = "pa:ss";
            s.meet = false;
            SaveSettingsRequest f = With(Form(s), "url", " https://pgw.example.com:9091/ ");
            SaveSettingsAnswer a = (await answers.Save(f, OptionsPage))!;
            Assert.That(a.ok, Is.True);
            Assert.That(a.errors, Is.Empty);
            Assert.That(a.note, Is.Empty);
            LoadedSettings stored = await w.Settings.Fresh();
            Assert.That(stored.User.url, Is.EqualTo("https://pgw.example.com:9091"), "trimmed as the form's URL always was");
            Assert.That(stored.User.agentId, Is.EqualTo("agent-007"));
            Assert.That(stored.User.labels.Single().value, Is.EqualTo("paris"));
            Assert.That(stored.User.meet, Is.False);
            Assert.That(stored.User.password, Is.EqualTo("pa:ss"));
            Assert.That(w.SettingsStorage.Json("sync"), Does.Not.Contain("pa:ss"), "the password is not synced");
            Assert.That(w.SettingsStorage.Json("local"), Does.Contain("pa:ss"));
            Assert.That(waitedFor.Single(), Is.Empty, "the answer waited for the extra origins' scripts");
        }

        [Test]
        public async Task Invalid_fields_are_refused_each_on_its_own_field_and_nothing_is_stored()
        {
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"agentId\":\"agent-kept\"}}");
            SaveSettingsRequest f = Form(Valid());
            f = With(f, "url", "ftp://nowhere");
            f = With(f, "pollIntervalSeconds", "0");
            f = With(f, "pushIntervalSeconds", "soon");
            f = With(f, "labels", "site paris");
            f = With(f, "extraOrigins", "https://phone.example.com/path");
            SaveSettingsAnswer a = (await answers.Save(f, OptionsPage))!;
            Assert.That(a.ok, Is.False);
            Assert.That(a.errors.Select(e => e.field).Distinct(), Is.EquivalentTo(new[] { "url", "pollIntervalSeconds", "pushIntervalSeconds", "labels", "extraOrigins" }));
            Assert.That(a.errors.Single(e => e.field == "pushIntervalSeconds").message, Is.EqualTo("Enter a whole number of seconds between 5 and 300."));
            Assert.That(a.errors.Single(e => e.field == "labels").message, Is.EqualTo("Line 1: write each label as name=value."));
            Assert.That(w.SettingsStorage.Writes, Is.Empty, "nothing is stored");
            Assert.That((await w.Settings.Fresh()).User.agentId, Is.EqualTo("agent-kept"));
            Assert.That(waitedFor, Is.Empty);
        }

        [Test]
        public async Task A_field_the_policy_sets_is_refused_and_one_left_out_keeps_the_users_value()
        {
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"agentId\":\"agent-user\"}}");
            w.SettingsStorage.SetJson("managed", "{\"agentId\":\"agent-policy\"}");
            Settings s = Valid();
            s.job = "typed-job";
            SaveSettingsAnswer refused = (await answers.Save(With(Form(s), "agentId", "agent-typed"), OptionsPage))!;
            Assert.That(refused.ok, Is.False);
            Assert.That(refused.errors.Select(e => e.field), Is.EqualTo(new[] { "agentId" }));
            Assert.That(refused.errors[0].message, Is.EqualTo("Your organisation's policy sets this; it cannot be changed here."));
            Assert.That(w.SettingsStorage.Writes, Is.Empty);

            SaveSettingsAnswer saved = (await answers.Save(With(Form(s), "agentId", null), OptionsPage))!;
            Assert.That(saved.ok, Is.True);
            LoadedSettings stored = await w.Settings.Fresh();
            Assert.That(stored.User.agentId, Is.EqualTo("agent-user"), "the user's own value stays; the policy's is never written");
            Assert.That(stored.User.job, Is.EqualTo("typed-job"));
            Assert.That(stored.Effective.agentId, Is.EqualTo("agent-policy"));
            Assert.That(w.SettingsStorage.Json("sync"), Does.Not.Contain("agent-policy"));
        }

        [Test]
        public async Task A_policy_endpoint_is_judged_with_the_form_and_the_scripts_wait_uses_the_policys_origins()
        {
            w.SettingsStorage.SetJson("managed", "{\"extraOrigins\":[\"https://policy.example.com\"]}");
            SaveSettingsAnswer a = (await answers.Save(With(Form(Valid()), "extraOrigins", null), OptionsPage))!;
            Assert.That(a.ok, Is.True);
            Assert.That(waitedFor.Single(), Is.EqualTo(new[] { "https://policy.example.com" }));
            scriptsReady = false;
            SaveSettingsAnswer late = (await answers.Save(With(Form(Valid()), "extraOrigins", null), OptionsPage))!;
            Assert.That(late.ok, Is.True);
            Assert.That(late.note, Is.EqualTo(OptionsAnswers.NotRegisteredNote));
        }

        [Test]
        public async Task Only_the_extensions_own_pages_get_the_form_or_may_save_and_only_a_well_formed_request()
        {
            w.SettingsStorage.SetJson("local", "{\"secrets\":{\"version\":2,\"password\":\"pw\"}}");
            foreach (string? sender in new[] { "https://softphone.example/app", null, "chrome-extension://otherextension/options.html" })
            {
                Assert.That(await answers.Form(sender), Is.Null, "the form (with the user's secrets) for " + sender);
                Assert.That(await answers.Save(Form(Valid()), sender), Is.Null, "a save from " + sender);
            }
            Assert.That(await answers.Save(null, OptionsPage), Is.Null);
            SaveSettingsRequest unpaired = Form(Valid());
            unpaired.values = unpaired.values.Skip(1).ToArray();
            Assert.That(await answers.Save(unpaired, OptionsPage), Is.Null);
            SaveSettingsRequest twice = Form(Valid());
            twice.keys[1] = twice.keys[0];
            Assert.That(await answers.Save(twice, OptionsPage), Is.Null, "a key twice");
            SaveSettingsRequest test = Form(Valid());
            test.type = TestConnectionRequest.Type;
            Assert.That(await answers.Save(test, OptionsPage), Is.Null, "another message's type");
            Assert.That(w.SettingsStorage.Writes, Is.Empty);
            Assert.That((await answers.Save(Form(Valid()), OptionsPage))!.ok, Is.True, "the same form from the options page");
        }

        [Test]
        public void Form_lines_are_split_at_newlines_and_counted_with_the_blank_ones()
        {
            var problems = new List<string>();
            LabelPair[] pairs = SettingsForm.ParseLabels("site = paris\n\n  \nbad line\nteam=b=c\n", problems);
            Assert.That(problems, Is.EqualTo(new[] { "Line 4: write each label as name=value." }));
            Assert.That(pairs.Select(p => p.name + "|" + p.value), Is.EqualTo(new[] { "site|paris", "team|b=c" }));
        }
    }
}
