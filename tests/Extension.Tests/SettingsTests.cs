using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The settings table drives normalisation, validation, the sync/local split and the v1
    /// migration; the one loader (<see cref="SettingsSource"/>) reads and saves through a storage
    /// that behaves like chrome.storage.</summary>
    public class SettingsTests
    {
        [Test]
        public void Defaults_are_complete_and_documented_values()
        {
            Settings d = SettingsStore.Defaults();
            Assert.That(d.version, Is.EqualTo(SettingsStore.CurrentVersion));
            Assert.That(d.sink, Is.EqualTo(SinkKinds.Pushgateway));
            Assert.That(d.url, Is.EqualTo("http://localhost:9091"));
            Assert.That(d.pollIntervalSeconds, Is.EqualTo(5));
            Assert.That(d.pushIntervalSeconds, Is.EqualTo(10));
            Assert.That(d.job, Is.EqualTo("webrtc"));
            Assert.That(d.gzip && d.enabled, Is.True);
            Assert.That(d.metricDetail, Is.EqualTo(MetricDetail.Standard));
            Assert.That(d.teams && d.meet && d.connect && d.genesys, Is.True);
            Assert.That(d.extraOrigins, Is.Empty);
            Assert.That(d.labels, Is.Empty);
            // only the agent id is missing from defaults
            Assert.That(SettingsStore.Validate(d).Select(e => e.field), Is.EqualTo(new[] { "agentId" }));
        }

        [Test]
        public void Every_settings_field_has_exactly_one_row()
        {
            var fields = typeof(Settings).GetFields().Select(f => f.Name).Where(n => n != "version").OrderBy(n => n).ToList();
            var keys = SettingsTable.All.Select(d => d.Key).OrderBy(n => n).ToList();
            Assert.That(keys, Is.EqualTo(fields));
            foreach (SettingDef d in SettingsTable.All)
            {
                Assert.That(d.Name.Length, Is.GreaterThan(2), d.Key);
                if (d.Kind == SettingKind.Number) Assert.That(d.Min < d.Max && (int)d.Default! >= d.Min && (int)d.Default! <= d.Max, Is.True, d.Key);
                if (d.Kind == SettingKind.Choice) Assert.That(d.Choices, Does.Contain(d.Default), d.Key);
                if (d.IsSecret) Assert.That(d.Area, Is.EqualTo(SettingArea.LocalSecret), d.Key + ": a secret must never be synced");
            }
        }

        [Test]
        public void Metric_detail_is_stored_in_sync_and_an_unknown_value_is_refused()
        {
            Settings s = Make.Settings(x => x.metricDetail = MetricDetail.Detailed);
            Assert.That(SettingsStore.Validate(s), Is.Empty);
            Assert.That(Plain.Get(SettingsStore.ToSync(s), "metricDetail"), Is.EqualTo(MetricDetail.Detailed));
            Assert.That(SettingsStore.Normalize(SettingsStore.ToSync(s), null).metricDetail, Is.EqualTo(MetricDetail.Detailed));
            Assert.That(SettingsStore.Normalize(PlainJson.Parse(@"{ ""metricDetail"": ""all"" }"), null).metricDetail, Is.EqualTo(MetricDetail.Standard));
            s.metricDetail = "all";
            Assert.That(SettingsStore.Validate(s).Select(e => e.field + ": " + e.message), Is.EqualTo(new[] { "metricDetail: Metric detail must be one of: standard, detailed." }));
            Assert.That(SettingsStore.SameDestination(Make.Settings(x => x.metricDetail = MetricDetail.Detailed), Make.Settings(x => { })), Is.True,
                "the same groups: the next push replaces the families");
        }

        [Test]
        public void Normalize_clamps_numbers_and_replaces_wrong_kinds_with_defaults()
        {
            object? stored = PlainJson.Parse(@"{ ""pollIntervalSeconds"": 0, ""pushIntervalSeconds"": 100000, ""sink"": ""graphite"",
                ""url"": 42, ""gzip"": ""yes"", ""platforms"": { ""teams"": false, ""meet"": 1 }, ""extraOrigins"": [""https://a.example"", 7],
                ""labels"": { ""site"": ""paris"", ""n"": 3 } }");
            Settings s = SettingsStore.Normalize(stored, null);
            Assert.That(s.pollIntervalSeconds, Is.EqualTo(1));
            Assert.That(s.pushIntervalSeconds, Is.EqualTo(300));
            Assert.That(s.sink, Is.EqualTo(SinkKinds.Pushgateway));
            Assert.That(s.url, Is.EqualTo(SettingsStore.DefaultUrl));
            Assert.That(s.gzip, Is.True);
            Assert.That(s.teams, Is.False);
            Assert.That(s.meet, Is.True);
            Assert.That(s.extraOrigins, Is.EqualTo(new[] { "https://a.example" }));
            Assert.That(s.labels.Select(l => l.name + "=" + l.value), Is.EqualTo(new[] { "site=paris" }));
        }

        [Test]
        public void Secrets_never_go_to_sync()
        {
            Settings s = Make.Settings(x => { x.username = "u"; x.password = "p4ss"; x.bearerToken = "t0k"; });
            string sync = PlainJson.Write(SettingsStore.ToSync(s));
            string local = PlainJson.Write(SettingsStore.ToLocal(s));
            Assert.That(sync, Does.Not.Contain("p4ss").And.Not.Contain("t0k").And.Not.Contain("password").And.Not.Contain("bearerToken"));
            Assert.That(local, Does.Contain("p4ss").And.Contain("t0k"));
            Settings back = SettingsStore.Normalize(PlainJson.Parse(sync), PlainJson.Parse(local));
            Assert.That(PlainJson.Write(back), Is.EqualTo(PlainJson.Write(s)));
        }

        [Test]
        public void Labels_are_stored_as_a_name_value_object_and_come_back_sorted()
        {
            Settings s = Make.Settings(x => x.labels = new[] { new LabelPair { name = "team", value = "billing" }, new LabelPair { name = "site", value = "paris" } });
            string sync = PlainJson.Write(SettingsStore.ToSync(s));
            Assert.That(sync, Does.Contain("\"labels\":{\"team\":\"billing\",\"site\":\"paris\"}"));
            Settings back = SettingsStore.Normalize(PlainJson.Parse(sync), null);
            Assert.That(back.labels.Select(l => l.name), Is.EqualTo(new[] { "site", "team" }));
        }

        [TestCase("url", "ftp://x")]
        [TestCase("url", "http://")]
        [TestCase("url", "pushgateway:9091")]
        [TestCase("url", "https://pgw.example/?a=1")]
        [TestCase("job", "")]
        [TestCase("job", "  ")]
        [TestCase("agentId", "bad\nagent")]
        [TestCase("agentId", " padded")]
        [TestCase("vmTenant", "abc")]
        [TestCase("vmTenant", "1:2:3")]
        [TestCase("vmTenant", "42:")]
        [TestCase("vmTenant", ":7")]
        [TestCase("vmTenant", "12345678901")]
        [TestCase("vmTenant", "42:7a")]
        [TestCase("extraOrigins", "https://x.example/path")]
        [TestCase("bearerToken", "tok\u00e9n")]
        [TestCase("labels", "1site=paris")]
        [TestCase("labels", "agent_id=x")]
        [TestCase("labels", "__name__=x")]
        [TestCase("labels", "site=")]
        [TestCase("labels", "site=a\tb")]
        public void Validation_names_the_bad_field(string field, string value)
        {
            Settings s = Make.Settings(x => x.sink = SinkKinds.VictoriaMetrics);
            switch (field)
            {
                case "url": s.url = value; break;
                case "job": s.job = value; break;
                case "agentId": s.agentId = value; break;
                case "vmTenant": s.vmTenant = value; break;
                case "extraOrigins": s.extraOrigins = new[] { value }; break;
                case "bearerToken": s.bearerToken = value; break;
                case "labels":
                    int eq = value.IndexOf('=');
                    s.labels = new[] { new LabelPair { name = value.Substring(0, eq), value = value.Substring(eq + 1) } };
                    break;
            }
            var errors = SettingsStore.Validate(s);
            Assert.That(errors.Select(e => e.field), Does.Contain(field));
            Assert.That(errors.All(e => e.message.Length > 10), Is.True);
        }

        [Test]
        public void At_most_five_labels()
        {
            Settings s = Make.Settings(x => x.labels = Enumerable.Range(0, 6).Select(i => new LabelPair { name = "l" + i, value = "v" }).ToArray());
            Assert.That(SettingsStore.Validate(s).Select(e => e.field), Does.Contain("labels"));
            s.labels = s.labels.Take(5).ToArray();
            Assert.That(SettingsStore.Validate(s), Is.Empty);
        }

        [Test]
        public void Reserved_labels_cover_every_label_the_exporter_writes()
        {
            var used = MetricCatalog.FamilyNames().SelectMany(MetricCatalog.FamilyLabels).Concat(new GroupKey().LabelNames()).Distinct();
            foreach (string name in used)
                Assert.That(SettingsStore.IsReservedLabel(name), Is.True, name + " is written by the exporter but not reserved in SettingsTable.ReservedLabels");
        }

        [Test]
        public void Valid_settings_have_no_errors()
        {
            Settings s = Make.Settings(x =>
            {
                x.sink = SinkKinds.VictoriaMetrics; x.vmTenant = "42:7"; x.url = "https://vminsert.example:8480/";
                x.bearerToken = "abc.def"; x.extraOrigins = new[] { "https://phone.example.com:8443" };
                x.labels = new[] { new LabelPair { name = "site", value = "Paris / La Défense" } };
            });
            Assert.That(SettingsStore.Validate(s), Is.Empty);
        }

        [Test]
        public void Interval_bounds_are_errors_when_not_normalized()
        {
            Settings s = Make.Settings(x => { x.pollIntervalSeconds = 61; x.pushIntervalSeconds = 4; });
            var fields = SettingsStore.Validate(s).Select(e => e.field).ToList();
            Assert.That(fields, Does.Contain("pollIntervalSeconds").And.Contain("pushIntervalSeconds"));
        }

        private const string V1 = @"{ ""url"": ""https://pgw.example:9091"", ""username"": ""bob"", ""password"": ""secret"", ""updateInterval"": 2,
            ""gzip"": false, ""job"": ""webrtc-internals-exporter"", ""agentId"": ""a1"", ""enabledStats"": [""inbound-rtp""],
            ""enabledOrigins"": { ""teams.microsoft.com"": false, ""https://phone.example.com"": true, ""https://meet.google.com"": true, ""garbage key"": true } }";

        [Test]
        public void Migrates_each_platform_turned_off_in_v1_to_its_switch()
        {
            Settings s = SettingsStore.Load(PlainJson.Parse(@"{ ""url"": ""https://pgw.example:9091"", ""enabledOrigins"": {
                ""teams.live.com"": false, ""https://meet.google.com"": false, ""x.my.connect.aws"": false, ""apps.mypurecloud.de"": false } }"), null);
            Assert.That(new[] { s.teams, s.meet, s.connect, s.genesys }, Is.All.False);
            s = SettingsStore.Load(PlainJson.Parse(@"{ ""url"": ""https://pgw.example:9091"", ""enabledOrigins"": { ""x.my.connect.aws"": false } }"), null);
            Assert.That(new[] { s.teams, s.meet, s.connect, s.genesys }, Is.EqualTo(new[] { true, true, false, true }));
        }

        [Test]
        public void Migrates_the_original_flat_keys()
        {
            Settings s = SettingsStore.Load(PlainJson.Parse(V1), null);
            Assert.That(s.version, Is.EqualTo(2));
            Assert.That(s.url, Is.EqualTo("https://pgw.example:9091"));
            Assert.That(s.username, Is.EqualTo("bob"));
            Assert.That(s.password, Is.EqualTo("secret"));
            Assert.That(s.job, Is.EqualTo("webrtc-internals-exporter"));
            Assert.That(s.agentId, Is.EqualTo("a1"));
            Assert.That(s.pollIntervalSeconds, Is.EqualTo(2));
            Assert.That(s.pushIntervalSeconds, Is.EqualTo(10));
            Assert.That(s.gzip, Is.False);
            Assert.That(s.teams, Is.False);
            Assert.That(s.meet, Is.True);
            Assert.That(s.extraOrigins, Is.EqualTo(new[] { "https://phone.example.com" }));
        }

        [Test]
        public void Current_version_is_not_migrated_again()
        {
            object? area = PlainJson.Parse(@"{ ""settings"": { ""version"": 2, ""agentId"": ""new"", ""url"": ""http://x:9091"" }, ""url"": ""http://old:9091"", ""agentId"": ""old"" }");
            Settings s = SettingsStore.Load(area, null);
            Assert.That(s.agentId, Is.EqualTo("new"));
        }

        [Test]
        public async Task The_worker_writes_a_v1_migration_once_and_the_password_leaves_sync()
        {
            var storage = new FakeSettingsStorage();
            storage.SetJson("sync", V1);
            var source = new SettingsSource(storage);
            LoadedSettings page = await source.Load(true);
            Assert.That(page.NeedsMigration, Is.True);
            Assert.That(storage.Writes, Is.Empty, "a page or the bridge only reads");
            LoadedSettings worker = await source.LoadAndMigrate();
            Assert.That(worker.Effective.agentId, Is.EqualTo("a1"));
            Assert.That(storage.Json("sync"), Does.Not.Contain("secret").And.Not.Contain("enabledOrigins").And.Not.Contain("updateInterval"));
            Assert.That(storage.Json("local"), Does.Contain("secret"));
            int writes = storage.Writes.Count;
            LoadedSettings again = await source.LoadAndMigrate();
            Assert.That(again.NeedsMigration, Is.False);
            Assert.That(storage.Writes.Count, Is.EqualTo(writes), "migrated twice");
            Assert.That(PlainJson.Write(again.Effective), Is.EqualTo(PlainJson.Write(worker.Effective)));
        }

        [Test]
        public async Task Save_then_load_round_trips_every_setting()
        {
            var storage = new FakeSettingsStorage();
            var source = new SettingsSource(storage);
            Settings s = Make.Settings(x =>
            {
                x.sink = SinkKinds.VictoriaMetrics; x.url = "https://vm.example:8428"; x.vmTenant = "7"; x.job = "j"; x.pollIntervalSeconds = 3;
                x.pushIntervalSeconds = 30; x.username = "u"; x.password = "p"; x.gzip = false; x.genesys = false;
                x.extraOrigins = new[] { "https://phone.example" }; x.labels = new[] { new LabelPair { name = "site", value = "lyon" } };
            });
            await source.Save(s);
            LoadedSettings back = await source.Load(true);
            Assert.That(PlainJson.Write(back.User), Is.EqualTo(PlainJson.Write(s)));
            Assert.That(PlainJson.Write(back.Effective), Is.EqualTo(PlainJson.Write(s)));
            LoadedSettings bridge = await source.Load(false);
            Assert.That(bridge.Effective.password, Is.Empty, "the bridge never reads a secret");
        }

        [Test]
        public void Same_destination_notices_every_part_of_the_grouping_key()
        {
            Settings a = Make.Settings();
            Assert.That(SettingsStore.SameDestination(a, SettingsStore.Clone(a)), Is.True);
            foreach (System.Action<Settings> change in new System.Action<Settings>[]
            {
                x => x.url = "http://other:9091", x => x.sink = SinkKinds.VictoriaMetrics, x => x.vmTenant = "1", x => x.job = "j2",
                x => x.agentId = "a2", x => x.labels = new[] { new LabelPair { name = "site", value = "x" } },
            })
            {
                Settings b = SettingsStore.Clone(a);
                change(b);
                Assert.That(SettingsStore.SameDestination(a, b), Is.False);
            }
            Settings c = SettingsStore.Clone(a);
            c.pollIntervalSeconds = 9;
            Assert.That(SettingsStore.SameDestination(a, c), Is.True);
        }

        [Test]
        public void Only_changes_to_the_settings_keys_or_the_policy_reload_settings()
        {
            Assert.That(SettingsSource.Affects("managed", new string[0]), Is.True);
            Assert.That(SettingsSource.Affects("sync", new[] { "settings" }), Is.True);
            Assert.That(SettingsSource.Affects("sync", new[] { "url" }), Is.True, "v1 keys");
            Assert.That(SettingsSource.Affects("local", new[] { "secrets" }), Is.True);
            Assert.That(SettingsSource.Affects("local", new[] { "queue" }), Is.False);
            Assert.That(SettingsSource.Affects("session", new[] { "settings" }), Is.False);
        }

        [Test]
        public void Needed_host_access_is_the_endpoint_and_each_extra_origin_once()
        {
            Settings s = Make.Settings(x => { x.url = "https://pgw.example:9091/base"; x.extraOrigins = new[] { "https://phone.example/", "https://PHONE.example", "bad" }; });
            Assert.That(HostPermissions.Needed(s), Is.EqualTo(new List<string> { "https://pgw.example:9091", "https://phone.example" }));
            Assert.That(HostPermissions.ScriptMatches(s.extraOrigins), Is.EqualTo(new[] { "https://phone.example/*" }));
        }
    }
}
