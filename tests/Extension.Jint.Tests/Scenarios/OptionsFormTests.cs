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
    /// <summary>Issues 6, 12 and 15: the options form's reading and validation, done by the worker
    /// (src/Background/OptionsPage/SettingsForm.cs), with policy-locked fields, compiled by cs2js as it
    /// ships and run under Jint.</summary>
    public sealed class OptionsFormTests
    {
        private const string Driver = @"
using System;
using System.Collections.Generic;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Background;

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
        withPath.Texts[""extraOrigins""] = ""https://softphone.example.com/path"";
        Check(""origin with a path"", withPath);
        FormValues vm = Form(""http://localhost:8428"", ""agent-1"", ""5"", ""10"");
        vm.Texts[""sink""] = ""victoriametrics"";
        vm.Texts[""vmTenant""] = ""42:7"";
        Check(""vm tenant"", vm);
        FormValues tenantOnPgw = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        tenantOnPgw.Texts[""vmTenant""] = ""42"";
        Check(""tenant on pushgateway"", tenantOnPgw);
        FormValues both = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        both.Texts[""username""] = ""u""; both.Texts[""password""] = ""p""; both.Texts[""bearerToken""] = ""t"";
        Check(""basic and bearer"", both);
        FormValues labels = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        labels.Texts[""labels""] = ""team = billing\n\nsite=paris"";
        Check(""labels"", labels);
        FormValues badLine = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        badLine.Texts[""labels""] = ""site paris"";
        Check(""label without equals"", badLine);
        FormValues reserved = Form(""http://localhost:9091"", ""agent-1"", ""5"", ""10"");
        reserved.Texts[""labels""] = ""job=x"";
        Check(""reserved label"", reserved);

        // A policy owns agentId and the endpoint: the page does not send them, and the user's own
        // (even invalid) saved values there are not held against the form.
        var saved = new LoadedSettings();
        saved.User.agentId = """";
        saved.Effective.agentId = ""agent-policy"";
        saved.Effective.url = ""https://pgw.corp.example"";
        saved.Locked.Add(""agentId""); saved.Locked.Add(""url""); saved.Locked.Add(""sink""); saved.Locked.Add(""vmTenant"");
        FormValues typed = Form(""ftp://ignored"", ""typed-agent"", ""7"", ""10"");
        foreach (string key in saved.Locked) typed.Texts.Remove(key);
        var errors = new List<FieldError>();
        Settings user = SettingsForm.ToSettings(saved, typed, errors);
        Settings used = SettingsForm.Effective(saved, user);
        Console.WriteLine(""locked|"" + Fields(errors) + ""|"" + user.agentId + ""|"" + user.url + ""|"" + user.pollIntervalSeconds + ""|"" + used.agentId + ""|"" + used.url);
        // ...and when one is sent anyway, it is refused.
        FormValues forced = Form(""ftp://ignored"", ""typed-agent"", ""7"", ""10"");
        forced.Texts.Remove(""url""); forced.Texts.Remove(""sink""); forced.Texts.Remove(""vmTenant"");
        var refused = new List<FieldError>();
        SettingsForm.ToSettings(saved, forced, refused);
        Console.WriteLine(""forced|"" + Fields(refused));

        LoadedSettings defaults = new LoadedSettings();
        Settings back = SettingsForm.ToSettings(defaults, Form(SettingsStore.Defaults()), new List<FieldError>());
        Console.WriteLine(""round trip|"" + back.url + ""|"" + back.pollIntervalSeconds + ""|"" + back.pushIntervalSeconds + ""|"" + back.sink);
    }

    static FormValues Form(Settings s)
    {
        var v = new FormValues();
        foreach (SettingDef d in SettingsForm.Shown()) v.Texts[d.Key] = SettingsForm.TextOf(d, s);
        return v;
    }

    static FormValues Form(string url, string agent, string poll, string push)
    {
        FormValues v = Form(SettingsStore.Defaults());
        v.Texts[""url""] = url; v.Texts[""agentId""] = agent; v.Texts[""pollIntervalSeconds""] = poll; v.Texts[""pushIntervalSeconds""] = push;
        return v;
    }

    static string Fields(List<FieldError> errors)
    {
        var fields = new List<string>();
        foreach (FieldError e in errors) if (!fields.Contains(e.field)) fields.Add(e.field);
        return string.Join("","", fields);
    }

    static void Check(string name, FormValues v)
    {
        var errors = new List<FieldError>();
        Settings s = SettingsForm.ToSettings(new LoadedSettings(), v, errors);
        string labels = """";
        foreach (LabelPair p in s.labels) labels += p.name + ""="" + p.value + "";"";
        Console.WriteLine(name + ""|"" + s.url + ""|"" + Fields(errors) + ""|"" + labels);
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
            const string form = "src/Background/OptionsPage/SettingsForm.cs";
            var files = Folder("src/Shared").Append(new SourceFile(form, File.ReadAllText(Path.Combine(root, form))))
                .Append(new SourceFile("OptionsFormDriver.cs", Driver)).ToList();
            var r = Cs2Js.Compiler.Compile(files, new CompileOptions { EntryPoint = "OptionsFormDriver.Main", SourceMap = false });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            var lines = new List<string>();
            var engine = new Engine(o => o.Strict().DisableStringCompilation().LimitRecursion(400).MaxStatements(Realm.StatementsPerCall).TimeoutInterval(Realm.WallClockBackstop));
            engine.SetValue("console", new { log = new Action<object>(x => lines.Add(x?.ToString() ?? "")) });
            engine.Execute(r.Js!);
            results = lines.Select(l => l.Split('|')).ToDictionary(p => p[0], p => p.Skip(1).ToArray());
        }

        private static string[] Of(string name) => results![name];
        private static string[] Errors(string name) => Of(name)[1].Length == 0 ? Array.Empty<string>() : Of(name)[1].Split(',');
        private static string[] Split(string list) => list.Length == 0 ? Array.Empty<string>() : list.Split(',');

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
        [TestCase("label without equals", "labels")]
        [TestCase("reserved label", "labels")]
        public void InvalidInputIsReportedOnItsField(string form, string field) =>
            Assert.That(Errors(form), Is.EqualTo(new[] { field }), "each invalid form must blame exactly its own field");

        [Test] public void VictoriaMetricsTenantIsAccepted() => Assert.That(Errors("vm tenant"), Is.Empty);

        [Test] public void LabelsAreReadOnePerLineTrimmedAndSorted()
        {
            Assert.That(Errors("labels"), Is.Empty);
            Assert.That(Of("labels")[2], Is.EqualTo("site=paris;team=billing;"));
        }

        [Test] public void LockedFieldsKeepTheUsersSavedValueAndAreNotJudged()
        {
            string[] r = Of("locked");
            Assert.That(Split(r[0]), Is.Empty, "the policy owns agentId and url: the form's text there is neither taken nor judged");
            Assert.That(r[1], Is.Empty, "the user's own saved agent id is kept as it was");
            Assert.That(r[2], Is.EqualTo("http://localhost:9091"));
            Assert.That(r[3], Is.EqualTo("7"), "what the user may change is taken");
            Assert.That(r[4], Is.EqualTo("agent-policy"));
            Assert.That(r[5], Is.EqualTo("https://pgw.corp.example"));
        }

        [Test] public void ALockedFieldSentAnywayIsRefused() => Assert.That(Split(Of("forced")[0]), Is.EqualTo(new[] { "agentId" }));

        [Test] public void DefaultsSurviveARoundTripThroughTheForm() =>
            Assert.That(Of("round trip"), Is.EqualTo(new[] { "http://localhost:9091", "5", "10", "pushgateway" }));
    }
}
