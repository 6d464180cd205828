using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The administrator's policy (chrome.storage.managed) over the user's settings: valid
    /// values win and lock, invalid ones are ignored with a reason while the rest applies, groups keep
    /// endpoints and credentials from mixing, and nothing of the policy is ever written anywhere.</summary>
    public class SettingsPolicyTests
    {
        private static async Task<(LoadedSettings Loaded, FakeSettingsStorage Storage)> Load(string policyJson, string? userSync = null, string? userLocal = null, bool withSecrets = true)
        {
            var storage = new FakeSettingsStorage();
            if (userSync != null) storage.SetJson("sync", "{ \"settings\": " + userSync + " }");
            if (userLocal != null) storage.SetJson("local", "{ \"secrets\": " + userLocal + " }");
            storage.SetJson("managed", policyJson);
            return (await new SettingsSource(storage).Load(withSecrets), storage);
        }

        [Test]
        public async Task Policy_values_win_over_the_users_and_lock_their_settings()
        {
            var (r, _) = await Load(@"{ ""agentId"": ""agent-policy"", ""job"": ""fleet"", ""labels"": { ""site"": ""paris"", ""team"": ""billing"" },
                ""platforms"": { ""teams"": false }, ""pushIntervalSeconds"": 15 }",
                userSync: @"{ ""version"": 2, ""agentId"": ""agent-user"", ""job"": ""mine"", ""pollIntervalSeconds"": 2, ""platforms"": { ""teams"": true, ""meet"": false } }");
            Assert.That(r.Effective.agentId, Is.EqualTo("agent-policy"));
            Assert.That(r.Effective.job, Is.EqualTo("fleet"));
            Assert.That(r.Effective.labels.Select(l => l.name + "=" + l.value), Is.EqualTo(new[] { "site=paris", "team=billing" }));
            Assert.That(r.Effective.teams, Is.False);
            Assert.That(r.Effective.meet, Is.False, "the user's own switch stays where the policy is silent");
            Assert.That(r.Effective.pushIntervalSeconds, Is.EqualTo(15));
            Assert.That(r.Effective.pollIntervalSeconds, Is.EqualTo(2));
            Assert.That(r.Locked, Is.EquivalentTo(new[] { "agentId", "job", "labels", "teams", "pushIntervalSeconds" }));
            Assert.That(r.PolicyProblems, Is.Empty);
            Assert.That(r.User.agentId, Is.EqualTo("agent-user"), "the user's own value is kept, not overwritten");
        }

        /// <summary>The exact words of the policy's and the validation's complaints (one wording shared
        /// by the policy, the stored settings and the form; a size refactor must keep them).</summary>
        [Test]
        public async Task Policy_and_validation_complaints_keep_their_wording()
        {
            var (r, _) = await Load(@"{ ""pollIntervalSeconds"": ""5"", ""gzip"": ""yes"", ""agentId"": 7, ""extraOrigins"": [""https://x.example/path""],
                ""labels"": { ""a"": ""1"", ""b"": ""2"", ""c"": ""3"", ""d"": ""4"", ""e"": ""5"", ""f"": ""6"" } }");
            Assert.That(r.PolicyProblems.Select(p => p.field + ": " + p.message), Is.EquivalentTo(new[]
            {
                "agentId: Agent ID must be a string.",
                "pollIntervalSeconds: Poll interval must be a whole number.",
                "gzip: Compression must be true or false.",
                "extraOrigins: \"https://x.example/path\" is not an origin of the form https://host[:port] (no path); it is left out.",
                "labels: At most 5 extra labels (the policy sets 6); none of them is used.",
            }));
            string many = "[" + string.Join(", ", Enumerable.Range(0, 51).Select(i => "\"https://o" + i + ".example\"")) + "]";
            (r, _) = await Load(@"{ ""extraOrigins"": " + many + " }");
            Assert.That(r.PolicyProblems.Select(p => p.message), Is.EqualTo(new[] { "At most 50 extra origins (the policy lists 51)." }));

            Settings s = SettingsStore.Defaults();
            s.agentId = "";
            s.job = " padded";
            s.username = new string('u', 257);
            s.extraOrigins = Enumerable.Range(0, 50).Select(i => "https://o" + i + ".example").Append("https://x.example/path").ToArray();
            s.labels = Enumerable.Range(0, 6).Select(i => new LabelPair { name = "l" + i, value = "v" }).ToArray();
            var errors = SettingsStore.Validate(s).Select(e => e.field + ": " + e.message).ToList();
            Assert.That(errors, Is.SupersetOf(new[]
            {
                "agentId: Agent ID is required.",
                "job: Job must not start or end with spaces.",
                "username: User name must be at most 256 characters.",
                "extraOrigins: At most 50 extra origins.",
                "extraOrigins: \"https://x.example/path\" is not an origin of the form https://host[:port] (no path).",
                "labels: At most 5 extra labels.",
            }));
            s.job = new string('j', 129);
            Assert.That(SettingsStore.Validate(s).Where(e => e.field == "job").Select(e => e.message), Is.EqualTo(new[] { "Job must be at most 128 characters." }));
        }

        [Test]
        public async Task Invalid_policy_values_are_ignored_with_a_reason_and_the_rest_applies()
        {
            var (r, _) = await Load(@"{ ""agentId"": ""agent-ok"", ""pollIntervalSeconds"": 0, ""sink"": ""graphite"", ""job"": "" padded"",
                ""labels"": { ""agent_id"": ""x"", ""site"": ""paris"", ""9bad"": ""y"" }, ""extraOrigins"": [""https://ok.example"", ""https://x.example/path""],
                ""gzip"": ""yes"" }",
                userSync: @"{ ""version"": 2, ""job"": ""mine"", ""pollIntervalSeconds"": 3 }");
            Assert.That(r.Effective.agentId, Is.EqualTo("agent-ok"));
            Assert.That(r.Effective.pollIntervalSeconds, Is.EqualTo(3), "an out-of-bounds policy interval is ignored, not clamped");
            Assert.That(r.Effective.job, Is.EqualTo("mine"));
            Assert.That(r.Effective.labels.Select(l => l.name), Is.EqualTo(new[] { "site" }));
            Assert.That(r.Effective.extraOrigins, Is.EqualTo(new[] { "https://ok.example" }));
            Assert.That(r.Effective.gzip, Is.True);
            var fields = r.PolicyProblems.Select(p => p.field).ToList();
            Assert.That(fields, Does.Contain("pollIntervalSeconds").And.Contain("sink").And.Contain("job").And.Contain("extraOrigins").And.Contain("gzip"));
            Assert.That(fields.Count(f => f == "labels"), Is.EqualTo(2));
            Assert.That(r.PolicyProblems.All(p => p.message.Length > 10), Is.True);
            Assert.That(r.IsLocked("job"), Is.False, "the user may still set what the policy failed to set");
            Assert.That(r.IsLocked("labels") && r.IsLocked("extraOrigins"), Is.True);
            // the invalid sink still means the policy owns the endpoint: its default, not the user's
            Assert.That(r.IsLocked("sink") && r.IsLocked("url"), Is.True);
            Assert.That(r.Effective.sink, Is.EqualTo(SinkKinds.Pushgateway));
        }

        [Test]
        public async Task A_policy_sets_the_metric_detail_and_an_unknown_one_is_refused_with_a_reason()
        {
            var (set, _) = await Load(@"{ ""metricDetail"": ""detailed"" }", userSync: @"{ ""metricDetail"": ""standard"" }");
            Assert.That(set.Effective.metricDetail, Is.EqualTo(MetricDetail.Detailed));
            Assert.That(set.IsLocked("metricDetail"), Is.True);
            Assert.That(set.PolicyProblems, Is.Empty);

            var (bad, _) = await Load(@"{ ""metricDetail"": ""everything"" }", userSync: @"{ ""metricDetail"": ""detailed"" }");
            Assert.That(bad.Effective.metricDetail, Is.EqualTo(MetricDetail.Detailed), "the user's own value stays");
            Assert.That(bad.IsLocked("metricDetail"), Is.False);
            Assert.That(bad.PolicyProblems.Select(p => p.field + ": " + p.message),
                Is.EqualTo(new[] { "metricDetail: Metric detail must be one of: standard, detailed." }));

            var (wrongType, _) = await Load(@"{ ""metricDetail"": 2 }");
            Assert.That(wrongType.Effective.metricDetail, Is.EqualTo(MetricDetail.Standard));
            Assert.That(wrongType.PolicyProblems.Single().message, Is.EqualTo("Metric detail must be a string."));
        }

        [Test]
        public async Task More_than_five_policy_labels_are_all_ignored()
        {
            var (r, _) = await Load(@"{ ""labels"": { ""a"": ""1"", ""b"": ""2"", ""c"": ""3"", ""d"": ""4"", ""e"": ""5"", ""f"": ""6"" } }",
                userSync: @"{ ""labels"": { ""site"": ""mine"" } }");
            Assert.That(r.Effective.labels.Select(l => l.name), Is.EqualTo(new[] { "site" }));
            Assert.That(r.PolicyProblems.Single().field, Is.EqualTo("labels"));
            Assert.That(r.IsLocked("labels"), Is.False);
        }

        [Test]
        public async Task A_policy_endpoint_never_gets_the_users_credentials()
        {
            var (r, _) = await Load(@"{ ""url"": ""https://pgw.corp.example:9091/"" }",
                userSync: @"{ ""url"": ""https://mine.example"", ""username"": ""me"", ""vmTenant"": ""4"", ""sink"": ""victoriametrics"" }",
                userLocal: @"{ ""password"": ""user-secret"" }");
            Assert.That(r.Effective.url, Is.EqualTo("https://pgw.corp.example:9091"));
            Assert.That(r.Effective.sink, Is.EqualTo(SinkKinds.Pushgateway), "the policy owns the endpoint group: the sink takes its default");
            Assert.That(r.Effective.vmTenant, Is.Empty);
            Assert.That(r.Effective.username, Is.EqualTo("me"), "the policy set no credentials, so the user's apply");
            Assert.That(r.Locked, Is.EquivalentTo(new[] { "sink", "url", "vmTenant", "remoteWriteTenant" }));

            var (p, _) = await Load(@"{ ""bearerToken"": ""policy-token"" }",
                userSync: @"{ ""url"": ""https://mine.example"", ""username"": ""me"", ""agentId"": ""a"" }", userLocal: @"{ ""password"": ""user-secret"" }");
            Assert.That(p.Effective.bearerToken, Is.EqualTo("policy-token"));
            Assert.That(p.Effective.username, Is.Empty, "the policy owns the credentials: the user's are not mixed in");
            Assert.That(p.Effective.password, Is.Empty);
            Assert.That(p.Errors(), Is.Empty);
        }

        [Test]
        public async Task A_policy_group_that_breaks_a_rule_falls_back_to_its_defaults()
        {
            var (r, _) = await Load(@"{ ""username"": ""svc"", ""bearerToken"": ""t"", ""vmTenant"": ""42"" }",
                userSync: @"{ ""url"": ""https://mine.example"" }");
            Assert.That(r.Effective.username + r.Effective.password + r.Effective.bearerToken, Is.Empty);
            Assert.That(r.Effective.vmTenant, Is.Empty, "a tenant needs the VictoriaMetrics sink");
            Assert.That(r.PolicyProblems.Select(p => p.field), Does.Contain("bearerToken").And.Contain("vmTenant"));
            Assert.That(r.Errors(), Has.None.Matches<FieldError>(e => e.field == "bearerToken" || e.field == "vmTenant"));
        }

        [Test]
        public async Task Policy_secrets_stay_in_managed_storage_and_out_of_the_bridge()
        {
            var (r, storage) = await Load(@"{ ""username"": ""svc"", ""password"": ""policy-secret"", ""agentId"": ""a"" }",
                userSync: @"{ ""job"": ""mine"" }");
            Assert.That(r.Effective.password, Is.EqualTo("policy-secret"));
            var source = new SettingsSource(storage);
            // The options page saves the user's own values: the policy's never reach sync or local.
            await source.Save(r.User);
            Assert.That(storage.Json("sync") + storage.Json("local"), Does.Not.Contain("policy-secret").And.Not.Contain("svc"));
            LoadedSettings bridge = await source.Load(false);
            Assert.That(bridge.Effective.password, Is.Empty);
            Assert.That(bridge.IsLocked("password"), Is.True);
        }

        [Test]
        public async Task A_users_sync_value_cannot_override_the_policy()
        {
            var storage = new FakeSettingsStorage();
            storage.SetJson("managed", @"{ ""agentId"": ""from-policy"" }");
            var source = new SettingsSource(storage);
            LoadedSettings first = await source.Load(true);
            Settings user = SettingsStore.Clone(first.User);
            user.agentId = "from-user";
            await source.Save(user);
            LoadedSettings after = await source.Load(true);
            Assert.That(after.User.agentId, Is.EqualTo("from-user"));
            Assert.That(after.Effective.agentId, Is.EqualTo("from-policy"));
            // When the policy goes away, the user's own value applies again.
            storage.SetJson("managed", "{}");
            Assert.That((await source.Load(true)).Effective.agentId, Is.EqualTo("from-user"));
        }

        [Test]
        public async Task No_policy_and_a_failing_managed_area_are_the_same_as_no_policy()
        {
            var (r, _) = await Load("{}", userSync: @"{ ""agentId"": ""u"" }");
            Assert.That(r.Locked, Is.Empty);
            Assert.That(r.PolicyProblems, Is.Empty);
            var broken = new ThrowingManaged();
            LoadedSettings b = await new SettingsSource(broken).Load(true);
            Assert.That(b.Locked, Is.Empty);
            Assert.That(b.Effective.url, Is.EqualTo(SettingsStore.DefaultUrl));
        }

        private sealed class ThrowingManaged : ISettingsStorage
        {
            private readonly FakeSettingsStorage inner = new FakeSettingsStorage();
            public Task<object?> Read(string area, string? key) => area == "managed" ? throw new System.InvalidOperationException("managed storage unavailable") : inner.Read(area, key);
            public Task Write(string area, object items) => inner.Write(area, items);
            public Task Remove(string area, string[] keys) => inner.Remove(area, keys);
        }

        [Test]
        public void Fleet_labels_become_part_of_the_grouping_key()
        {
            var key = new GroupKey { Job = "webrtc", Agent = "a1", TabSlot = 0, Labels = new[] { new LabelPair { name = "site", value = "paris/nord" }, new LabelPair { name = "team", value = "billing" } } };
            Assert.That(GroupingPath.Path(key), Is.EqualTo("/metrics/job/webrtc/instance/a1/tab/0/site@base64/cGFyaXMvbm9yZA==/team/billing"));
            Assert.That(key.Id, Is.Not.EqualTo(new GroupKey { Job = "webrtc", Agent = "a1", TabSlot = 0 }.Id));
            Settings s = Make.Settings(x => { x.sink = SinkKinds.VictoriaMetrics; x.url = "http://vm:8428"; });
            string url = Sinks.Push(s, key, new MetricsSnapshot())!.Url;
            Assert.That(url, Does.Contain("extra_label=site%3Dparis%2Fnord").And.Contain("extra_label=team%3Dbilling"));
        }
    }
}
