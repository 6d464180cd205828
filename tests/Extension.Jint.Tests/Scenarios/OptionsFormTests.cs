using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cs2Js;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 6: the options page's view logic and validation (src/Options/OptionsForm.cs),
    /// compiled by cs2js as it ships and run under Jint.</summary>
    public sealed class OptionsFormTests
    {
        private const string Driver = @"
using System;
using System.Collections.Generic;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Options;

public static class OptionsFormDriver
{
    public static void Main()
    {
        Check(""valid"", Form("" https://pgw.example:9091/ "", ""agent-1"", ""5"", ""10""));
        Check(""bad url"", Form(""ftp://x"", ""agent-1"", ""5"", ""10""));
        Check(""no host"", Form(""https://"", ""agent-1"", ""5"", ""10""));
        Check(""poll not a number"", Form(""http://localhost:9091"", ""agent-1"", ""fast"", ""10""));
        Check(""poll out of bounds"", Form(""http://localhost:9091"", ""agent-1"", ""61"", ""10""));
        Check(""push out of bounds"", Form(""http://localhost:9091"", ""agent-1"", ""5"", ""2""));
        Check(""agent with newline"", Form(""http://localhost:9091"", ""a\nb"", ""5"", ""10""));
        FormValues withPath = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        withPath.Origins.Add(""https://softphone.example.com/path"");
        Check(""origin with a path"", withPath);
        FormValues vm = Form(""http://localhost:8428"", ""agent-1"", ""5"", ""10"");
        vm.Sink = ""victoriametrics"";
        vm.VmTenant = ""42:7"";
        Check(""vm tenant"", vm);
        FormValues tenantOnPgw = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        tenantOnPgw.VmTenant = ""42"";
        Check(""tenant on pushgateway"", tenantOnPgw);
        FormValues both = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        both.Username = ""u""; both.Password = ""p""; both.BearerToken = ""t"";
        Check(""basic and bearer"", both);
        Settings back = OptionsForm.ToSettings(SettingsStore.Defaults(), OptionsForm.FromSettings(SettingsStore.Defaults()), new List<FieldError>());
        Console.WriteLine(""round trip|"" + back.url + ""|"" + back.pollIntervalSeconds + ""|"" + back.pushIntervalSeconds + ""|"" + back.sink);
    }

    static FormValues Form(string url, string agent, string poll, string push) =>
        new FormValues { Url = url, Job = ""webrtc"", AgentId = agent, PollInterval = poll, PushInterval = push, Sink = ""pushgateway"", Teams = true, Meet = true };

    static void Check(string name, FormValues v)
    {
        var errors = new List<FieldError>();
        Settings s = OptionsForm.ToSettings(SettingsStore.Defaults(), v, errors);
        var fields = new List<string>();
        foreach (FieldError e in errors) if (!fields.Contains(e.field)) fields.Add(e.field);
        Console.WriteLine(name + ""|"" + s.url + ""|"" + string.Join("","", fields));
    }
}
";

        private static Dictionary<string, string[]>? results;

        [OneTimeSetUp]
        public void Run()
        {
            string root = Bundles.RepoRoot;
            IEnumerable<SourceFile> Folder(string rel) => Directory.EnumerateFiles(Path.Combine(root, rel), "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains("/obj/") && !p.Contains("/bin/")).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new SourceFile(Path.GetRelativePath(root, p), File.ReadAllText(p)));
            var files = Folder("src/Shared").Append(new SourceFile("src/Options/OptionsForm.cs", File.ReadAllText(Path.Combine(root, "src/Options/OptionsForm.cs"))))
                .Append(new SourceFile("OptionsFormDriver.cs", Driver)).ToList();
            var r = Cs2Js.Compiler.Compile(files, new CompileOptions { EntryPoint = "OptionsFormDriver.Main", SourceMap = false });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            var lines = new List<string>();
            var engine = new Engine(o => o.Strict().DisableStringCompilation().LimitRecursion(400).TimeoutInterval(TimeSpan.FromSeconds(10)));
            engine.SetValue("console", new { log = new Action<object>(x => lines.Add(x?.ToString() ?? "")) });
            engine.Execute(r.Js!);
            results = lines.Select(l => l.Split('|')).ToDictionary(p => p[0], p => p.Skip(1).ToArray());
        }

        private static string[] Of(string name) => results![name];
        private static string[] Errors(string name) => Of(name)[1].Length == 0 ? Array.Empty<string>() : Of(name)[1].Split(',');

        [Test] public void ValidFormHasNoErrorsAndTrimsTheUrl()
        {
            Assert.That(Errors("valid"), Is.Empty);
            Assert.That(Of("valid")[0], Is.EqualTo("https://pgw.example:9091"));
        }

        [TestCase("bad url", "url")]
        [TestCase("no host", "url")]
        [TestCase("poll not a number", "pollIntervalSeconds")]
        [TestCase("poll out of bounds", "pollIntervalSeconds")]
        [TestCase("push out of bounds", "pushIntervalSeconds")]
        [TestCase("agent with newline", "agentId")]
        [TestCase("origin with a path", "extraOrigins")]
        [TestCase("tenant on pushgateway", "vmTenant")]
        [TestCase("basic and bearer", "bearerToken")]
        public void InvalidInputIsReportedOnItsField(string form, string field) =>
            Assert.That(Errors(form), Is.EqualTo(new[] { field }), "each invalid form must blame exactly its own field");

        [Test] public void VictoriaMetricsTenantIsAccepted() => Assert.That(Errors("vm tenant"), Is.Empty);

        [Test] public void DefaultsSurviveARoundTripThroughTheForm() =>
            Assert.That(Of("round trip"), Is.EqualTo(new[] { "http://localhost:9091", "5", "10", "pushgateway" }));
    }
}
