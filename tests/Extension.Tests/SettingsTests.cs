using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class SettingsTests
    {
        [Test]
        public void Defaults_are_complete_and_documented_values()
        {
            Settings d = SettingsStore.Defaults();
            Assert.That(d.version, Is.EqualTo(SettingsStore.CurrentVersion));
            Assert.That(d.sink, Is.EqualTo(SinkKinds.Pushgateway));
            Assert.That(d.pollIntervalSeconds, Is.EqualTo(5));
            Assert.That(d.pushIntervalSeconds, Is.EqualTo(10));
            Assert.That(d.job, Is.EqualTo("webrtc"));
            Assert.That(d.teams && d.meet && d.connect && d.genesys, Is.True);
            Assert.That(d.extraOrigins, Is.Empty);
            // only the agent id is missing from defaults
            Assert.That(SettingsStore.Validate(d).Select(e => e.field), Is.EqualTo(new[] { "agentId" }));
        }

        [Test]
        public void Normalize_clamps_intervals_and_replaces_unknown_sink()
        {
            Settings s = SettingsStore.Normalize(new SyncSettings { pollIntervalSeconds = 0, pushIntervalSeconds = 100000, sink = "graphite" }, null);
            Assert.That(s.pollIntervalSeconds, Is.EqualTo(1));
            Assert.That(s.pushIntervalSeconds, Is.EqualTo(300));
            Assert.That(s.sink, Is.EqualTo(SinkKinds.Pushgateway));
        }

        [Test]
        public void Secrets_never_go_to_sync()
        {
            Settings s = Make.Settings(x => { x.username = "u"; x.password = "p4ss"; x.bearerToken = ""; });
            SyncSettings sync = SettingsStore.ToSync(s);
            LocalSecrets local = SettingsStore.ToLocal(s);
            Assert.That(typeof(SyncSettings).GetFields().Select(f => f.Name), Has.None.EqualTo("password").And.None.EqualTo("bearerToken"));
            Assert.That(local.password, Is.EqualTo("p4ss"));
            Settings back = SettingsStore.Normalize(sync, local);
            Assert.That(back.password, Is.EqualTo("p4ss"));
            Assert.That(back.username, Is.EqualTo("u"));
            Assert.That(back.agentId, Is.EqualTo("agent-007"));
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
        [TestCase("extraOrigins", "https://x.example/path")]
        [TestCase("bearerToken", "tok\u00e9n")]
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
            }
            var errors = SettingsStore.Validate(s);
            Assert.That(errors.Select(e => e.field), Does.Contain(field));
            Assert.That(errors.All(e => e.message.Length > 10), Is.True);
        }

        [Test]
        public void Valid_settings_have_no_errors()
        {
            Settings s = Make.Settings(x =>
            {
                x.sink = SinkKinds.VictoriaMetrics; x.vmTenant = "42:7"; x.url = "https://vminsert.example:8480/";
                x.bearerToken = "abc.def"; x.extraOrigins = new[] { "https://phone.example.com:8443" };
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

        [Test]
        public void Migrates_the_original_flat_keys()
        {
            var v1 = new LegacySettingsV1
            {
                url = "https://pgw.example:9091", username = "bob", password = "secret", updateInterval = 2, gzip = false,
                job = "webrtc-internals-exporter", agentId = "a1",
                enabledOriginKeys = new[] { "teams.microsoft.com", "https://phone.example.com", "https://meet.google.com", "garbage key" },
                enabledOriginValues = new[] { false, true, true, true },
            };
            Settings s = SettingsStore.Load(null, null, v1);
            Assert.That(s.version, Is.EqualTo(2));
            Assert.That(s.url, Is.EqualTo("https://pgw.example:9091"));
            Assert.That(s.password, Is.EqualTo("secret"));
            Assert.That(SettingsStore.ToSync(s).url, Is.EqualTo("https://pgw.example:9091"));
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
            var sync = new SyncSettings { version = 2, agentId = "new", url = "http://x:9091" };
            var legacy = new LegacySettingsV1 { url = "http://old:9091", agentId = "old" };
            Settings s = SettingsStore.Load(sync, null, legacy);
            Assert.That(s.agentId, Is.EqualTo("new"));
        }
    }
}
