using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The policy samples in deploy/policy/ set only keys of the schema, with values the
    /// extension accepts (no ignored value), and together with an agent id give usable settings.</summary>
    public class DeployPolicySamplesTests
    {
        private const string Id = "EXTENSION_ID";
        private static string Dir => Path.Combine(Repo.Root(), "deploy", "policy");

        private static LoadedSettings Apply(object? policy)
        {
            Assert.That(Plain.IsObject(policy), Is.True, "the sample's extension policy is not an object");
            foreach (string key in Plain.Keys(policy))
                Assert.That(SettingsTable.All.Any(d => d.InPolicy && (d.Group.Length > 0 ? d.Group : d.Key) == key), Is.True, $"\"{key}\" is not a policy key of the schema");
            LoadedSettings r = SettingsPolicy.Apply(SettingsStore.Defaults(), policy, true);
            Assert.That(r.PolicyProblems.Select(p => p.field + ": " + p.message), Is.Empty, "the sample sets values the extension ignores");
            return r;
        }

        private static void AssertUsableWithAnAgentId(LoadedSettings r)
        {
            Settings s = SettingsStore.Clone(r.Effective);
            if (!r.IsLocked("agentId")) s.agentId = "agent-042";
            Assert.That(SettingsStore.Validate(s), Is.Empty);
            Assert.That(s.url, Is.EqualTo("https://pushgateway.corp.example:9091"));
            Assert.That(s.labels.Select(l => l.name + "=" + l.value), Is.EqualTo(new[] { "site=paris", "team=billing" }));
        }

        [Test]
        public void Linux_json()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "linux", "webrtc-stats-exporter.json")));
            Assert.That(doc.RootElement.GetProperty("ExtensionInstallForcelist")[0].GetString(), Is.EqualTo(Id + ";https://clients2.google.com/service/update2/crx"));
            object? policy = PlainJson.From(doc.RootElement.GetProperty("3rdparty").GetProperty("extensions").GetProperty(Id));
            AssertUsableWithAnAgentId(Apply(policy));
        }

        [Test]
        public void Google_admin_console_json()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "google-admin", "policy-for-extensions.json")));
            var policy = new Dictionary<string, object?>();
            foreach (JsonProperty p in doc.RootElement.EnumerateObject())
            {
                Assert.That(p.Value.EnumerateObject().Select(x => x.Name), Is.EqualTo(new[] { "Value" }), p.Name + ": the Admin console wants { \"Value\": … }");
                policy[p.Name] = PlainJson.From(p.Value.GetProperty("Value"));
            }
            AssertUsableWithAnAgentId(Apply(policy));
        }

        /// <summary>A .reg file's keys → values (strings and dwords), as Chrome's registry loader sees
        /// them: subkeys of the extension's policy key are objects, and a subkey of "1", "2", … values
        /// is a list where the schema says so.</summary>
        private static Dictionary<string, Dictionary<string, object>> ReadReg(string path)
        {
            var keys = new Dictionary<string, Dictionary<string, object>>(StringComparer.OrdinalIgnoreCase);
            Dictionary<string, object>? current = null;
            string[] lines = File.ReadAllLines(path);
            Assert.That(lines[0], Is.EqualTo("Windows Registry Editor Version 5.00"));
            foreach (string raw in lines.Skip(1))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith(";")) continue;
                if (line.StartsWith("[")) { keys[line.Trim('[', ']')] = current = new Dictionary<string, object>(); continue; }
                Match m = Regex.Match(line, "^\"(?<name>[^\"]+)\"=(\"(?<s>(?:[^\"\\\\]|\\\\.)*)\"|dword:(?<d>[0-9a-fA-F]{8}))$");
                Assert.That(m.Success && current != null, Is.True, "not a value line: " + line);
                current![m.Groups["name"].Value] = m.Groups["d"].Success ? Convert.ToInt32(m.Groups["d"].Value, 16) : Regex.Unescape(m.Groups["s"].Value);
            }
            return keys;
        }

        private static Dictionary<string, object?> RegPolicy(Dictionary<string, Dictionary<string, object>> keys, string hive)
        {
            string root = hive + @"\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\" + Id + @"\policy";
            var policy = new Dictionary<string, object?>();
            foreach (var kv in keys.Where(k => k.Key.StartsWith(root, StringComparison.OrdinalIgnoreCase)))
            {
                string sub = kv.Key.Substring(root.Length).TrimStart('\\');
                if (sub.Length == 0)
                {
                    foreach (var v in kv.Value) policy[v.Key] = Typed(SettingsTable.Find(v.Key), v.Value);
                    continue;
                }
                SettingDef? list = SettingsTable.Find(sub);
                if (list != null && list.Kind == SettingKind.Origins)
                    policy[sub] = kv.Value.OrderBy(v => int.Parse(v.Key)).Select(v => (object?)v.Value).ToArray();
                else
                    policy[sub] = kv.Value.ToDictionary(v => v.Key, v => Typed(SettingsTable.Find(v.Key), v.Value));
            }
            return policy;
        }

        /// <summary>Chrome converts a registry dword to the schema's type: integer or boolean.</summary>
        private static object? Typed(SettingDef? d, object value)
            => value is int n ? (d != null && d.Kind == SettingKind.Switch ? n != 0 : (object)(double)n) : value;

        [Test]
        public void Windows_reg_machine_and_per_user()
        {
            var machine = ReadReg(Path.Combine(Dir, "windows", "webrtc-stats-exporter.reg"));
            Assert.That(machine[@"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist"]["1"], Is.EqualTo(Id + ";https://clients2.google.com/service/update2/crx"));
            Dictionary<string, object?> policy = RegPolicy(machine, "HKEY_LOCAL_MACHINE");
            Assert.That(policy.ContainsKey("agentId"), Is.False, "the machine policy leaves the agent id to the user policy");
            AssertUsableWithAnAgentId(Apply(policy));

            var user = ReadReg(Path.Combine(Dir, "windows", "per-user-agent-id.reg"));
            Dictionary<string, object?> own = RegPolicy(user, "HKEY_CURRENT_USER");
            Assert.That(own.Keys, Is.EqualTo(new[] { "agentId" }));
            foreach (var kv in own) policy[kv.Key] = kv.Value;
            LoadedSettings both = Apply(policy);
            Assert.That(both.Effective.agentId, Is.EqualTo("agent-042"));
            Assert.That(both.Errors(), Is.Empty);
        }

        [Test]
        public void Macos_mobileconfig()
        {
            XDocument doc = XDocument.Load(Path.Combine(Dir, "macos", "webrtc-stats-exporter.mobileconfig"));
            var payloads = doc.Root!.Element("dict")!.Elements("key").First(k => k.Value == "PayloadContent").ElementsAfterSelf().First().Elements("dict").ToList();
            var byType = payloads.ToDictionary(p => (string)PlistDict(p)["PayloadType"]!);
            Assert.That(byType.Keys, Is.EquivalentTo(new[] { "com.google.Chrome", "com.google.Chrome.extensions." + Id }));
            Assert.That(((object?[])PlistDict(byType["com.google.Chrome"])["ExtensionInstallForcelist"]!).Single(), Is.EqualTo(Id + ";https://clients2.google.com/service/update2/crx"));
            var policy = PlistDict(byType["com.google.Chrome.extensions." + Id]).Where(kv => !kv.Key.StartsWith("Payload")).ToDictionary(kv => kv.Key, kv => kv.Value);
            AssertUsableWithAnAgentId(Apply(policy));
        }

        private static Dictionary<string, object?> PlistDict(XElement dict)
        {
            var d = new Dictionary<string, object?>();
            var items = dict.Elements().ToList();
            for (int i = 0; i + 1 < items.Count; i += 2) d[items[i].Value] = PlistValue(items[i + 1]);
            return d;
        }

        private static object? PlistValue(XElement e) => e.Name.LocalName switch
        {
            "string" => e.Value,
            "integer" => (object)double.Parse(e.Value),
            "true" => true,
            "false" => false,
            "array" => e.Elements().Select(PlistValue).ToArray(),
            "dict" => PlistDict(e),
            _ => throw new InvalidDataException("plist element " + e.Name),
        };
    }
}
