// WebRTC Stats Exporter build script (Cake 7, pinned in .config/dotnet-tools.json).
//
//   dotnet tool restore && dotnet cake                 Build (default): dist/unpacked + dist/*.zip
//   dotnet cake --target=Test                          Build, then every test project; prints "N passed, N failed"
//   dotnet cake --target=Package [--sourcemaps=true]   Build + the Web Store zip (maps only when asked)
//   dotnet cake --target=Bench                         Bundle sizes (raw/gzip), build time, bench programs
//   dotnet cake --target=Clean                         Removes dist/ and artifacts/
//
// Other arguments: --configuration=Release|Debug: the compiler's .NET build and how bundles are printed
// (Release, the default: minified release printing; Debug: readable debug printing; Package always
// prints for release), --filter=<dotnet test filter>
// (Test only), --keep-key=true (keep the manifest "key" in the zip; the Web Store assigns its own).
//
// A private build for one organisation (Package only; deploy/policy/README.md):
//   --endpoint-origin=https://pgw.corp.example:9091   the endpoint's origin goes into host_permissions,
//                                                      so a force-installed extension can push with no prompt
//   --update-url=https://ext.corp.example/wse/updates.xml   where the organisation hosts the update manifest
//   --crx-key=/secure/org-extension.pem               the organisation's signing key (RSA, PEM): writes the CRX
//   --crx-url=https://ext.corp.example/wse/webrtc-stats-exporter.crx   (default: next to updates.xml)
// Outputs in dist/private/: unpacked/, a zip for a private Web Store listing, and with the key the
// signed CRX, updates.xml and the ExtensionInstallForcelist entry.

#nullable enable

using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
// Bundles are printed for release (minified, still source-mapped) unless asked for Debug; the Web Store
// package is always a release build.
var releasePrinting = target == "Package" || !configuration.Equals("Debug", StringComparison.OrdinalIgnoreCase);
var withSourceMaps = Argument("sourcemaps", false);
var keepKey = Argument("keep-key", false);
var testFilter = Argument("filter", "");
var demoMinutes = Argument("minutes", 5.0);
// The compiler project (a path relative to the repository root); override only to try another build of cs2js.
var compilerProject = Argument("compiler-project", "src/Compiler");
var endpointOrigin = Argument("endpoint-origin", "");
var updateUrl = Argument("update-url", "");
var crxKeyPath = Argument("crx-key", "");
var crxUrl = Argument("crx-url", "");

var root = MakeAbsolute(Directory(".")).FullPath;
string P(params string[] parts) => System.IO.Path.Combine(new[] { root }.Concat(parts).ToArray());
var distDir = P("dist");
var unpackedDir = P("dist", "unpacked");
var artifactsDir = P("artifacts");
var staticDir = P("static");
var manifestPath = P("static", "manifest.json");
var allowlistPath = P("build", "permissions-allowlist.json");
var solutionPath = P("WebRtcStatsExporter.sln");

// Entry bundles: (project folder under src/, compiler --kind, output file in dist/unpacked).
var bundles = new (string Project, string Kind, string Output)[]
{
    ("Background", "worker",     "background.js"),
    ("Content",    "content",    "content.js"),
    ("Override",   "main-world", "override.js"),
    ("Options",    "page",       "options.js"),
    ("Popup",      "page",       "popup.js"),
};
// The worker and the two extension pages are compiled together (one cs2js run): what two or more of
// them need is written once, to shared.js, which the worker loads by importScripts and each page by a
// <script> before its own. content.js and override.js run in web pages and stay self-contained.
const string sharedOutput = "shared.js";
var sharedProjects = new[] { "Background", "Options", "Popup" };
bool InShared((string Project, string Kind, string Output) b) => sharedProjects.Contains(b.Project);
// Every JavaScript file the extension ships, in the order the size tables show them.
IEnumerable<string> ShippedJs() => bundles.Select(b => b.Output).Append(sharedOutput);

// Bench programs other projects may add; each is run when its project file exists.
var benchProjects = new[] { "tests/Compiler.Bench", "tests/Extension.Bench", "tests/Browser.Bench", "tools/FleetBench" };

var buildClock = Stopwatch.StartNew();
var compileTimes = new Dictionary<string, TimeSpan>();
string? zipPath = null;
bool built = false;

// ---------------------------------------------------------------------------------------------
// Output helpers: one line per step.

void Step(string what, Action action)
{
    var sw = Stopwatch.StartNew();
    Console.Write($"  {what} ... ");
    try
    {
        action();
        Console.WriteLine($"ok ({sw.Elapsed.TotalSeconds:0.0}s)");
    }
    catch
    {
        Console.WriteLine($"FAILED ({sw.Elapsed.TotalSeconds:0.0}s)");
        throw;
    }
}

sealed class BuildFailure : Exception { public BuildFailure(string m) : base(m) { } }

void Fail(string message, IEnumerable<string>? details = null)
{
    var lines = new List<string> { message };
    if (details != null) lines.AddRange(details.Select(d => "    " + d));
    throw new BuildFailure(string.Join(Environment.NewLine, lines));
}

sealed record RunResult(int ExitCode, List<string> Lines, TimeSpan Elapsed);

RunResult Run(string exe, IEnumerable<string> args, string? workDir = null, IDictionary<string, string>? env = null)
{
    var psi = new ProcessStartInfo(exe)
    {
        WorkingDirectory = workDir ?? root,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    foreach (var a in args) psi.ArgumentList.Add(a);
    psi.Environment["DOTNET_NOLOGO"] = "1";
    psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    if (env != null) foreach (var kv in env) psi.Environment[kv.Key] = kv.Value;
    var lines = new List<string>();
    var sw = Stopwatch.StartNew();
    using var p = new Process { StartInfo = psi };
    p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (lines) lines.Add(e.Data); };
    p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (lines) lines.Add(e.Data); };
    p.Start();
    p.BeginOutputReadLine();
    p.BeginErrorReadLine();
    p.WaitForExit();
    return new RunResult(p.ExitCode, lines, sw.Elapsed);
}

// msbuild/csc diagnostics: "path(line,col): error CODE: message [project]"
static readonly Regex DiagnosticLine = new(@"^\s*(?<loc>.+?(\(\d+,\d+\))?) ?: (?<sev>error|warning) (?<code>[A-Z]+\d+): (?<msg>.*?)(\s+\[[^\]]+\])?$");

IEnumerable<string> ErrorLines(IEnumerable<string> lines)
{
    var errors = lines.Where(l => DiagnosticLine.Match(l) is { Success: true } m && m.Groups["sev"].Value == "error" && !l.TrimStart().StartsWith("Build FAILED"))
                      .Select(l => DiagnosticLine.Replace(l.Trim(), "${loc}: ${sev} ${code}: ${msg}"))
                      .Select(l => l.StartsWith(root + "/") ? l.Substring(root.Length + 1) : l)
                      .Distinct().ToList();
    if (errors.Count > 0) return errors;
    // No located diagnostic: show the tail so the reason is visible.
    return lines.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(30);
}

string Rel(string path) => System.IO.Path.GetRelativePath(root, path);

static string Kb(long bytes) => bytes < 1024 ? $"{bytes} B" : $"{bytes / 1024.0:0.0} KiB";

static long GzipSize(byte[] data)
{
    using var ms = new MemoryStream();
    using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(data, 0, data.Length);
    return ms.Length;
}

// ---------------------------------------------------------------------------------------------
// Manifest and version (the version lives only in static/manifest.json).

JsonObject ReadManifest()
{
    if (!System.IO.File.Exists(manifestPath)) Fail($"static/manifest.json is missing.");
    try { return JsonNode.Parse(System.IO.File.ReadAllText(manifestPath))!.AsObject(); }
    catch (JsonException e) { Fail($"static/manifest.json is not valid JSON: {e.Message}"); throw; }
}

string Version() => ReadManifest()["version"]?.GetValue<string>() ?? "0.0.0";

// ---------------------------------------------------------------------------------------------
// Build steps.

void Restore()
{
    var target = System.IO.File.Exists(solutionPath) ? solutionPath : P("src", "Compiler", "Compiler.csproj");
    var r = Run("dotnet", new[] { "restore", target, "--nologo", "-v", "q" });
    if (r.ExitCode != 0) Fail($"dotnet restore failed (exit {r.ExitCode}):", ErrorLines(r.Lines));
}

void BuildCompiler()
{
    var r = Run("dotnet", new[] { "build", P(compilerProject), "-c", configuration, "--no-restore", "--nologo", "-v", "q", "-clp:NoSummary" });
    if (r.ExitCode != 0) Fail($"The compiler ({compilerProject}) does not build:", ErrorLines(r.Lines));
}

// The source folders of an entry bundle: src/Shared, the project's own folder, and every folder its
// .csproj adds with <Compile Include="../X/**/*.cs"> (so the IDE type-checks what is compiled).
List<string> SourceDirs(string project)
{
    var projectDir = P("src", project);
    var dirs = new List<string> { P("src", "Shared"), projectDir };
    var csproj = System.IO.Directory.Exists(projectDir) ? System.IO.Directory.EnumerateFiles(projectDir, "*.csproj").FirstOrDefault() : null;
    if (csproj != null)
        foreach (var include in XDocument.Load(csproj).Descendants().Where(e => e.Name.LocalName == "Compile")
                     .Select(e => (string?)e.Attribute("Include")).Where(v => v != null)
                     .SelectMany(v => v!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var fixedPart = string.Join("/", include.Replace('\\', '/').Split('/').TakeWhile(seg => !seg.Contains('*') && !seg.EndsWith(".cs")));
            var dir = System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDir, fixedPart));
            if (System.IO.Directory.Exists(dir) && !dirs.Any(d => dir == d || dir.StartsWith(d + System.IO.Path.DirectorySeparatorChar)))
                dirs.Add(dir);
        }
    return dirs;
}

void CompileBundle((string Project, string Kind, string Output) b) => CompileBundleTo(b, unpackedDir, releasePrinting);

// The worker and the pages in one run: their files and shared.js (with maps, and reports in artifacts/parts/).
void CompileSharedTo(string outDir, bool release)
{
    var args = new List<string> { P("src", "Compiler", "bin", configuration, "net10.0", "cs2js.dll") };
    foreach (var dir in sharedProjects.SelectMany(SourceDirs).Distinct()) { args.Add("--sources"); args.Add(dir); }
    args.AddRange(new[] { "--shared", System.IO.Path.Combine(outDir, sharedOutput) });
    foreach (var b in bundles.Where(InShared))
        args.AddRange(new[] { "--entry", $"WebRtcStatsExporter.{b.Project}.Program.Main", "--kind", b.Kind, "-o", System.IO.Path.Combine(outDir, b.Output) });
    if (release) args.Add("--release");
    args.AddRange(new[] { "--report", System.IO.Path.GetDirectoryName(PartsReport(sharedOutput, release))! });
    var r = Run("dotnet", args);
    compileTimes[sharedOutput] = r.Elapsed;
    var projects = string.Join(", ", sharedProjects.Select(p => "src/" + p));
    if (r.ExitCode != 0)
    {
        var located = r.Lines.Where(l => DiagnosticLine.IsMatch(l)).ToList();
        Fail($"cs2js could not compile {projects} (exit {r.ExitCode}):",
             located.Count > 0 ? located : r.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(30));
    }
    foreach (var file in bundles.Where(InShared).Select(b => b.Output).Append(sharedOutput))
        if (!System.IO.File.Exists(System.IO.Path.Combine(outDir, file))) Fail($"cs2js reported success for {projects} but wrote no {Rel(System.IO.Path.Combine(outDir, file))}.");
}

void CompileBundleTo((string Project, string Kind, string Output) b, string outDir, bool release)
{
    var output = System.IO.Path.Combine(outDir, b.Output);
    // The built compiler itself (not `dotnet run`, which evaluates the project again for every bundle).
    var args = new List<string> { P("src", "Compiler", "bin", configuration, "net10.0", "cs2js.dll") };
    foreach (var dir in SourceDirs(b.Project)) { args.Add("--sources"); args.Add(dir); }
    args.AddRange(new[]
    {
        "--entry", $"WebRtcStatsExporter.{b.Project}.Program.Main",
        "--kind", b.Kind,
        "-o", output,
    });
    if (release) args.Add("--release");
    args.AddRange(new[] { "--report", PartsReport(b.Output, release) });
    var r = Run("dotnet", args);
    compileTimes[b.Output] = r.Elapsed;
    if (r.ExitCode != 0)
    {
        // The compiler prints csc-style "file(line,col): error CODE: message" lines: show them verbatim.
        var located = r.Lines.Where(l => DiagnosticLine.IsMatch(l)).ToList();
        Fail($"cs2js could not compile src/{b.Project} (exit {r.ExitCode}):",
             located.Count > 0 ? located : r.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(30));
    }
    if (!System.IO.File.Exists(output)) Fail($"cs2js reported success for src/{b.Project} but wrote no {Rel(output)}.");
}

void CopyStatic()
{
    foreach (var file in System.IO.Directory.EnumerateFiles(staticDir, "*", SearchOption.AllDirectories))
    {
        var rel = System.IO.Path.GetRelativePath(staticDir, file);
        var dest = System.IO.Path.Combine(unpackedDir, rel);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(dest)!);
        System.IO.File.Copy(file, dest, overwrite: true);
    }
}

// ---------------------------------------------------------------------------------------------
// Checks on the build's own output.

void CheckManifest()
{
    var m = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(unpackedDir, "manifest.json")))!.AsObject();
    var problems = new List<string>();

    if (m["manifest_version"]?.GetValue<int>() != 3) problems.Add("manifest_version must be 3.");
    foreach (var key in new[] { "name", "version", "description" })
        if (string.IsNullOrWhiteSpace(m[key]?.GetValue<string>())) problems.Add($"\"{key}\" is required.");
    var version = m["version"]?.GetValue<string>() ?? "";
    if (!Regex.IsMatch(version, @"^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$") || version.Split('.').Any(p => int.Parse(p) > 65535))
        problems.Add($"\"version\" \"{version}\" is not 1 to 4 dot-separated integers 0..65535.");
    if ((m["name"]?.GetValue<string>() ?? "").Length > 75) problems.Add("\"name\" is longer than 75 characters.");
    if ((m["description"]?.GetValue<string>() ?? "").Length > 132) problems.Add("\"description\" is longer than 132 characters.");

    var referenced = new List<(string Where, string File)>();
    void Ref(string where, JsonNode? node) { if (node is JsonValue v && v.TryGetValue<string>(out var s)) referenced.Add((where, s)); }

    var bg = m["background"]?.AsObject();
    if (bg == null || bg["service_worker"] == null) problems.Add("background.service_worker is required.");
    else
    {
        Ref("background.service_worker", bg["service_worker"]);
        if (bg["type"]?.GetValue<string>() == "module") problems.Add("background.type must stay classic (our bundles are IIFEs).");
        if (bg["scripts"] != null || bg["page"] != null) problems.Add("background.scripts/page are MV2; use service_worker.");
    }
    var usesMainWorld = false;
    if (m["content_scripts"] is JsonArray cs)
        for (var i = 0; i < cs.Count; i++)
        {
            var entry = cs[i]!.AsObject();
            if (entry["matches"] is not JsonArray { Count: > 0 }) problems.Add($"content_scripts[{i}].matches is empty.");
            foreach (var js in entry["js"] as JsonArray ?? new JsonArray()) Ref($"content_scripts[{i}].js", js);
            foreach (var css in entry["css"] as JsonArray ?? new JsonArray()) Ref($"content_scripts[{i}].css", css);
            if (entry["world"]?.GetValue<string>() == "MAIN") usesMainWorld = true;
            // Chromium refuses to load the extension otherwise ("The path component for scripts with
            // 'match_origin_as_fallback' must be '*'").
            if (entry["match_origin_as_fallback"]?.GetValue<bool>() == true)
                foreach (var pattern in (entry["matches"] as JsonArray ?? new JsonArray()).Select(n => n!.GetValue<string>()))
                    if (!Regex.IsMatch(pattern, @"^[^:]+://[^/]*/\*$"))
                        problems.Add($"content_scripts[{i}] has match_origin_as_fallback, so its match \"{pattern}\" must have the path /* (gate the path in code).");
        }
    if (m["action"] is JsonObject action)
    {
        Ref("action.default_popup", action["default_popup"]);
        if (action["default_icon"] is JsonObject di) foreach (var kv in di) Ref($"action.default_icon.{kv.Key}", kv.Value);
        else Ref("action.default_icon", action["default_icon"]);
    }
    if (m["browser_action"] != null || m["page_action"] != null) problems.Add("browser_action/page_action are MV2; use action.");
    Ref("options_ui.page", m["options_ui"]?["page"]);
    Ref("options_page", m["options_page"]);
    if (m["icons"] is JsonObject icons)
    {
        foreach (var size in new[] { "16", "32", "48", "128" })
            if (icons[size] == null) problems.Add($"icons.{size} is missing.");
        foreach (var kv in icons) Ref($"icons.{kv.Key}", kv.Value);
    }
    else problems.Add("icons are required (16, 32, 48, 128).");
    Ref("storage.managed_schema", m["storage"]?["managed_schema"]);

    foreach (var (where, file) in referenced)
        if (!System.IO.File.Exists(System.IO.Path.Combine(unpackedDir, file)))
            problems.Add($"{where} refers to \"{file}\", which is not in dist/unpacked.");

    // The worker and the pages load shared.js before their own code (importScripts, a <script> before
    // their own); every script they load is in dist/unpacked.
    foreach (var (where, file) in referenced.Where(r => r.File.EndsWith(".html") && System.IO.File.Exists(System.IO.Path.Combine(unpackedDir, r.File))))
    {
        var scripts = Regex.Matches(System.IO.File.ReadAllText(System.IO.Path.Combine(unpackedDir, file)), @"<script\b[^>]*\bsrc=""([^""]+)""").Select(x => x.Groups[1].Value).ToList();
        foreach (var js in scripts.Where(js => !System.IO.File.Exists(System.IO.Path.Combine(unpackedDir, js))))
            problems.Add($"{file} loads \"{js}\", which is not in dist/unpacked.");
        var own = bundles.Where(InShared).Select(b => b.Output).Intersect(scripts).ToList();
        if (own.Count > 0 && scripts.IndexOf(sharedOutput) is var at && (at < 0 || own.Any(o => scripts.IndexOf(o) < at)))
            problems.Add($"{file} must load {sharedOutput} before {string.Join(", ", own)}.");
    }
    if (bg?["service_worker"]?.GetValue<string>() is string worker && System.IO.File.Exists(System.IO.Path.Combine(unpackedDir, worker))
        && bundles.Any(b => InShared(b) && b.Output == worker)
        && !Regex.IsMatch(System.IO.File.ReadAllText(System.IO.Path.Combine(unpackedDir, worker)), $"^(\"use strict\";\\s*)?importScripts\\(\"{Regex.Escape(sharedOutput)}\"\\)"))
        problems.Add($"{worker} must start by loading {sharedOutput} (importScripts).");

    // minimum_chrome_version must cover what the manifest uses: "world": "MAIN" in content_scripts needs 111.
    var min = int.TryParse((m["minimum_chrome_version"]?.GetValue<string>() ?? "0").Split('.')[0], out var mv) ? mv : 0;
    if (usesMainWorld && min < 111) problems.Add($"content_scripts with \"world\": \"MAIN\" need minimum_chrome_version >= 111 (is {min}).");

    if (m["content_security_policy"]?["extension_pages"]?.GetValue<string>() is string csp && Regex.IsMatch(csp, "unsafe-eval|unsafe-inline"))
        problems.Add("content_security_policy.extension_pages must not relax script-src.");

    // Permissions must stay within the allowlist kept in the repository.
    if (!System.IO.File.Exists(allowlistPath)) problems.Add("build/permissions-allowlist.json is missing.");
    else
    {
        var allow = JsonNode.Parse(System.IO.File.ReadAllText(allowlistPath))!.AsObject();
        foreach (var key in new[] { "permissions", "optional_permissions", "host_permissions", "optional_host_permissions" })
        {
            var allowed = (allow[key] as JsonArray ?? new JsonArray()).Select(n => n!.GetValue<string>()).ToHashSet();
            foreach (var asked in (m[key] as JsonArray ?? new JsonArray()).Select(n => n!.GetValue<string>()))
                if (!allowed.Contains(asked))
                    problems.Add($"{key} asks for \"{asked}\", which build/permissions-allowlist.json does not allow. Adding a permission is a deliberate change: update the allowlist (and the README's permission justifications) in the same commit.");
        }
    }
    if (problems.Count > 0) Fail("dist/unpacked/manifest.json is not a valid MV3 manifest for this project:", problems);
}

static readonly (Regex Pattern, string What)[] CodeGeneration =
{
    (new Regex(@"(?<![\w$.])eval\s*\("), "eval("),
    (new Regex(@"\bnew\s+Function\s*\("), "new Function("),
    (new Regex(@"(?<![\w$.])(?<!\bnew\s+)Function\s*\("), "Function("),
    (new Regex(@"(?<![\w$])(?:window\.|self\.|globalThis\.)?set(?:Timeout|Interval)\s*\(\s*[""'`]"), "setTimeout/setInterval with a string"),
    (new Regex(@"(?<![\w$])(?:window\.|self\.|globalThis\.)?setImmediate\s*\(\s*[""'`]"), "setImmediate with a string"),
};

void CheckNoCodeGeneration()
{
    var hits = new List<string>();
    foreach (var file in System.IO.Directory.EnumerateFiles(unpackedDir, "*.js", SearchOption.AllDirectories))
    {
        var lines = System.IO.File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            foreach (var (pattern, what) in CodeGeneration)
                foreach (Match match in pattern.Matches(lines[i]))
                    hits.Add($"{Rel(file)}({i + 1},{match.Index + 1}): {what}  {Snip(lines[i], match.Index)}");
    }
    if (hits.Count > 0)
        Fail("String code generation found in a bundle (forbidden by MV3's CSP and by platform CSPs in the MAIN world):", hits);
}

static string Snip(string line, int at)
{
    var start = Math.Max(0, at - 30);
    var text = line.Substring(start, Math.Min(90, line.Length - start)).Trim();
    return (start > 0 ? "…" : "") + text + (start + 90 < line.Length ? "…" : "");
}

void CheckNoHandWrittenJs()
{
    var skipDirs = new HashSet<string> { "bin", "obj", "dist", "artifacts", "node_modules", ".git", "TestResults", ".vs" };
    var runtime = P("src", "Compiler", "Runtime") + System.IO.Path.DirectorySeparatorChar;
    // The Jint tests' fakes of chrome.*, the DOM and WebRTC emulate the JavaScript platform itself, so
    // they are JavaScript; they are test code, never shipped, and live in this one folder.
    var jsFakes = P("tests", "Extension.Jint.Tests", "Harness") + System.IO.Path.DirectorySeparatorChar;
    var found = new List<string>();
    void Walk(string dir)
    {
        foreach (var sub in System.IO.Directory.EnumerateDirectories(dir))
            if (!skipDirs.Contains(System.IO.Path.GetFileName(sub))) Walk(sub);
        foreach (var file in System.IO.Directory.EnumerateFiles(dir))
        {
            var ext = System.IO.Path.GetExtension(file).ToLowerInvariant();
            if ((ext == ".js" || ext == ".mjs" || ext == ".cjs" || ext == ".ts" || ext == ".jsx" || ext == ".tsx")
                && !file.StartsWith(runtime) && !file.StartsWith(jsFakes))
                found.Add(Rel(file));
        }
    }
    Walk(root);
    if (found.Count > 0)
        Fail("Hand-written JavaScript outside src/Compiler/Runtime/ and the Jint fakes (the extension is written in C#; test scripts go inline in test pages):", found);
}

// ---------------------------------------------------------------------------------------------
// The Web Store zip: manifest at the root, no source maps unless --sourcemaps=true, no tests.

static readonly Regex SourceMapTrailer = new(@"\n//# sourceMappingURL=[^\n]*\s*$");

byte[] ZipContent(string relPath, byte[] bytes)
{
    if (relPath == "manifest.json" && !keepKey)
    {
        // The Web Store assigns its own key; the fixed "key" is only for a stable unpacked id.
        var m = JsonNode.Parse(bytes)!.AsObject();
        m.Remove("key");
        return System.Text.Encoding.UTF8.GetBytes(m.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
    if (!withSourceMaps && relPath.EndsWith(".js"))
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var stripped = SourceMapTrailer.Replace(text, "\n");
        if (stripped != text) return System.Text.Encoding.UTF8.GetBytes(stripped);
    }
    return bytes;
}

IEnumerable<string> ZipSourceFiles() =>
    System.IO.Directory.EnumerateFiles(unpackedDir, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(unpackedDir, f).Replace('\\', '/'))
        .Where(rel => withSourceMaps || !rel.EndsWith(".map"))
        .OrderBy(rel => rel, StringComparer.Ordinal);

void WriteZip()
{
    zipPath = System.IO.Path.Combine(distDir, $"webrtc-stats-exporter-{Version()}.zip");
    foreach (var old in System.IO.Directory.EnumerateFiles(distDir, "webrtc-stats-exporter-*.zip")) System.IO.File.Delete(old);
    using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
    var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero); // deterministic archive
    foreach (var rel in ZipSourceFiles())
    {
        var entry = zip.CreateEntry(rel, CompressionLevel.SmallestSize);
        entry.LastWriteTime = stamp;
        using var s = entry.Open();
        var content = ZipContent(rel, System.IO.File.ReadAllBytes(System.IO.Path.Combine(unpackedDir, rel)));
        s.Write(content, 0, content.Length);
    }
}

void CheckZip()
{
    var problems = new List<string>();
    var expected = ZipSourceFiles().ToList();
    using var zip = ZipFile.OpenRead(zipPath!);
    var actual = zip.Entries.Where(e => !e.FullName.EndsWith("/")).Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    foreach (var missing in expected.Except(actual)) problems.Add($"missing from the zip: {missing}");
    foreach (var extra in actual.Except(expected)) problems.Add($"in the zip but not in dist/unpacked: {extra}");
    if (!actual.Contains("manifest.json")) problems.Add("manifest.json is not at the zip root.");
    foreach (var e in zip.Entries)
    {
        if (!expected.Contains(e.FullName)) continue;
        using var s = e.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var want = ZipContent(e.FullName, System.IO.File.ReadAllBytes(System.IO.Path.Combine(unpackedDir, e.FullName)));
        if (!ms.ToArray().AsSpan().SequenceEqual(want)) problems.Add($"content differs from dist/unpacked: {e.FullName}");
        if (!withSourceMaps && e.FullName.EndsWith(".map")) problems.Add($"source map in the zip without --sourcemaps=true: {e.FullName}");
        if (Regex.IsMatch(e.FullName, @"(^|/)(tests?|Tests?)(/|$)|\.(cs|csproj|trx)$")) problems.Add($"test or source file in the zip: {e.FullName}");
    }
    if (problems.Count > 0) Fail($"{Rel(zipPath!)} does not match dist/unpacked:", problems);
}

// ---------------------------------------------------------------------------------------------
// The private build: the organisation's endpoint in host_permissions (a policy cannot grant host
// access: ExtensionSettings.runtime_allowed_hosts does not), for a privately hosted, force-installed
// copy (signed CRX + update manifest) or a private Web Store listing (zip).

static string Sha256Hex(byte[] data) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data)).ToLowerInvariant();

/// The origin as Chrome writes match patterns: scheme://host[:port], lower case, no default port.
string NormalizedOrigin(string text)
{
    var m = Regex.Match(text.Trim().TrimEnd('/'), @"^(?<scheme>https?)://(?<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:(?<port>\d{1,5}))?$");
    if (!m.Success) Fail($"--endpoint-origin \"{text}\" is not an origin such as https://pushgateway.corp.example:9091 (scheme, host, optional port; no path).");
    string scheme = m.Groups["scheme"].Value.ToLowerInvariant(), host = m.Groups["host"].Value.ToLowerInvariant(), port = m.Groups["port"].Value;
    if (port.Length > 0 && (int.Parse(port) is < 1 or > 65535)) Fail($"--endpoint-origin \"{text}\": port {port} is out of range.");
    if ((scheme == "https" && port == "443") || (scheme == "http" && port == "80")) port = "";
    return scheme + "://" + host + (port.Length > 0 ? ":" + port : "");
}

/// The extension id Chrome derives from a public key: SHA-256 of the DER SubjectPublicKeyInfo, first
/// 16 bytes as hex digits written a-p.
static string ExtensionIdOf(byte[] spki)
    => new string(System.Security.Cryptography.SHA256.HashData(spki).Take(16).SelectMany(b => new[] { (char)('a' + (b >> 4)), (char)('a' + (b & 15)) }).ToArray());

static byte[] ProtoField(int field, byte[] value)
{
    var ms = new MemoryStream();
    void Varint(ulong v) { while (v >= 0x80) { ms.WriteByte((byte)(v | 0x80)); v >>= 7; } ms.WriteByte((byte)v); }
    Varint(((ulong)field << 3) | 2);
    Varint((ulong)value.Length);
    ms.Write(value);
    return ms.ToArray();
}

static byte[] Le32(int v) => new[] { (byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24) };

/// CRX version 3: "Cr24", version 3, the header length, a CrxFileHeader (protobuf: field 2 =
/// AsymmetricKeyProof { 1: public key, 2: RSA-SHA256 signature }, field 10000 = SignedData { 1: crx id }),
/// then the zip. The signature covers "CRX3 SignedData\0", the SignedData's length (LE32), the
/// SignedData and the zip. PKCS#1 v1.5 signatures are deterministic, so the CRX is too.
static byte[] Crx3(byte[] zip, System.Security.Cryptography.RSA rsa)
{
    byte[] spki = rsa.ExportSubjectPublicKeyInfo();
    byte[] signedData = ProtoField(1, System.Security.Cryptography.SHA256.HashData(spki).Take(16).ToArray());
    var toSign = new MemoryStream();
    toSign.Write(System.Text.Encoding.ASCII.GetBytes("CRX3 SignedData\0"));
    toSign.Write(Le32(signedData.Length));
    toSign.Write(signedData);
    toSign.Write(zip);
    byte[] signature = rsa.SignData(toSign.ToArray(), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
    byte[] proof = ProtoField(1, spki).Concat(ProtoField(2, signature)).ToArray();
    byte[] header = ProtoField(2, proof).Concat(ProtoField(10000, signedData)).ToArray();
    var crx = new MemoryStream();
    crx.Write(System.Text.Encoding.ASCII.GetBytes("Cr24"));
    crx.Write(Le32(3));
    crx.Write(Le32(header.Length));
    crx.Write(header);
    crx.Write(zip);
    return crx.ToArray();
}

/// A zip of dist/unpacked (same order, timestamps and stripping as the Web Store zip) with its own manifest.
byte[] ZipWithManifest(JsonObject manifest)
{
    var ms = new MemoryStream();
    using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
    {
        var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var rel in ZipSourceFiles())
        {
            var entry = zip.CreateEntry(rel, CompressionLevel.SmallestSize);
            entry.LastWriteTime = stamp;
            using var s = entry.Open();
            var content = rel == "manifest.json"
                ? System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n")
                : ZipContent(rel, System.IO.File.ReadAllBytes(System.IO.Path.Combine(unpackedDir, rel)));
            s.Write(content, 0, content.Length);
        }
    }
    return ms.ToArray();
}

void PrivatePackage()
{
    string origin = NormalizedOrigin(endpointOrigin);
    string pattern = origin + "/*";
    string privateDir = P("dist", "private");
    if (System.IO.Directory.Exists(privateDir)) System.IO.Directory.Delete(privateDir, recursive: true);
    System.IO.Directory.CreateDirectory(privateDir);

    var manifest = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(unpackedDir, "manifest.json")))!.AsObject();
    manifest.Remove("key");
    var hosts = manifest["host_permissions"] as JsonArray ?? new JsonArray();
    if (!hosts.Any(h => h!.GetValue<string>() == pattern)) hosts.Add(pattern);
    manifest["host_permissions"] = hosts;
    manifest["description"] = manifest["description"]!.GetValue<string>();

    // A private Web Store listing: no update_url (the store serves updates).
    string version = Version();
    string storeZip = System.IO.Path.Combine(privateDir, $"webrtc-stats-exporter-{version}-private.zip");
    System.IO.File.WriteAllBytes(storeZip, ZipWithManifest(manifest));
    Console.Write($"{Rel(storeZip)} ");

    // Self-hosted and force-installed: the update manifest's URL in the manifest, a signed CRX.
    var unpacked = System.IO.Path.Combine(privateDir, "unpacked");
    foreach (var rel in ZipSourceFiles())
    {
        var dest = System.IO.Path.Combine(unpacked, rel);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(dest)!);
        System.IO.File.WriteAllBytes(dest, ZipContent(rel, System.IO.File.ReadAllBytes(System.IO.Path.Combine(unpackedDir, rel))));
    }
    if (updateUrl.Length > 0)
    {
        if (!Regex.IsMatch(updateUrl, @"^https://[^/\s]+/\S*$")) Fail($"--update-url \"{updateUrl}\" must be an https URL (Chrome fetches the update manifest from it).");
        manifest["update_url"] = updateUrl;
    }
    System.IO.File.WriteAllText(System.IO.Path.Combine(unpacked, "manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    if (crxKeyPath.Length == 0)
    {
        if (updateUrl.Length > 0) Console.Write("(no --crx-key: no CRX) ");
        return;
    }
    if (updateUrl.Length == 0) Fail("--crx-key needs --update-url: a force-installed CRX is updated from the organisation's update manifest.");
    if (!System.IO.File.Exists(crxKeyPath)) Fail($"--crx-key {crxKeyPath} does not exist.");
    using var rsa = System.Security.Cryptography.RSA.Create();
    try { rsa.ImportFromPem(System.IO.File.ReadAllText(crxKeyPath)); }
    catch (Exception e) { Fail($"--crx-key {crxKeyPath} is not an RSA private key in PEM ({e.Message}); make one with `openssl genrsa -out org-extension.pem 2048`."); }
    string id = ExtensionIdOf(rsa.ExportSubjectPublicKeyInfo());
    string crxName = $"webrtc-stats-exporter-{version}.crx";
    string codebase = crxUrl.Length > 0 ? crxUrl : updateUrl.Substring(0, updateUrl.LastIndexOf('/') + 1) + crxName;
    byte[] crx = Crx3(ZipWithManifest(manifest), rsa);
    System.IO.File.WriteAllBytes(System.IO.Path.Combine(privateDir, crxName), crx);
    var xml = new XDocument(new XDeclaration("1.0", "UTF-8", null),
        new XElement(XName.Get("gupdate", "http://www.google.com/update2/response"), new XAttribute("protocol", "2.0"),
            new XElement(XName.Get("app", "http://www.google.com/update2/response"), new XAttribute("appid", id),
                new XElement(XName.Get("updatecheck", "http://www.google.com/update2/response"), new XAttribute("codebase", codebase), new XAttribute("version", version)))));
    System.IO.File.WriteAllText(System.IO.Path.Combine(privateDir, "updates.xml"), xml.Declaration + "\n" + xml.ToString() + "\n");
    System.IO.File.WriteAllText(System.IO.Path.Combine(privateDir, "forcelist-entry.txt"), $"{id};{updateUrl}\n");
    Console.Write($"extension id {id}, {crxName} (SHA-256 {Sha256Hex(crx)}), updates.xml ");
}

void CheckSolution()
{
    // A warning, not a failure: every project in the repository should be in the solution (IDEs, dotnet test).
    if (!System.IO.File.Exists(solutionPath)) { Warning("WebRtcStatsExporter.sln is missing."); return; }
    var sln = System.IO.File.ReadAllText(solutionPath).Replace('\\', '/');
    foreach (var proj in System.IO.Directory.EnumerateFiles(P("src"), "*.csproj", SearchOption.AllDirectories)
                 .Concat(System.IO.Directory.Exists(P("tests")) ? System.IO.Directory.EnumerateFiles(P("tests"), "*.csproj", SearchOption.AllDirectories) : Array.Empty<string>()))
    {
        var rel = Rel(proj).Replace('\\', '/');
        if (rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
        if (!sln.Contains(rel)) Console.WriteLine($"  warning: {rel} is not in WebRtcStatsExporter.sln (dotnet sln add {rel})");
    }
}

void BuildAll()
{
    if (built) return;
    buildClock.Restart();
    Console.WriteLine($"Building WebRTC Stats Exporter {Version()} ({configuration}, {(releasePrinting ? "release" : "debug")} printing)");
    Step("restore", Restore);
    Step($"build compiler ({compilerProject}, {configuration})", BuildCompiler);
    System.IO.Directory.CreateDirectory(distDir);
    if (System.IO.Directory.Exists(unpackedDir)) System.IO.Directory.Delete(unpackedDir, recursive: true);
    System.IO.Directory.CreateDirectory(unpackedDir);
    // Compile every bundle even when one fails, so one run shows all the compile errors.
    var compileErrors = new List<string>();
    foreach (var b in bundles.Where(b => !InShared(b)))
    {
        try { Step($"compile src/Shared + src/{b.Project} -> dist/unpacked/{b.Output} ({b.Kind})", () => CompileBundle(b)); }
        catch (BuildFailure e) { compileErrors.Add(e.Message); }
    }
    try
    {
        Step($"compile src/Shared + {string.Join(", ", sharedProjects.Select(p => "src/" + p))} -> dist/unpacked/{string.Join(", ", bundles.Where(InShared).Select(b => b.Output))} + {sharedOutput}",
             () => CompileSharedTo(unpackedDir, releasePrinting));
    }
    catch (BuildFailure e) { compileErrors.Add(e.Message); }
    if (compileErrors.Count > 0)
    {
        // src/Shared errors repeat in every bundle: show each error line once.
        var seen = new HashSet<string>();
        var lines = new List<string>();
        foreach (var m in compileErrors)
        {
            var parts = m.Split(Environment.NewLine);
            var fresh = parts.Skip(1).Where(seen.Add).ToList();
            lines.Add(fresh.Count > 0 || parts.Length == 1 ? parts[0] : parts[0] + " the same errors as above");
            lines.AddRange(fresh);
        }
        throw new BuildFailure(string.Join(Environment.NewLine, lines));
    }
    Step("copy static/ -> dist/unpacked/", CopyStatic);
    Step("check manifest (MV3, files, permissions allowlist)", CheckManifest);
    Step("check bundles for string code generation", CheckNoCodeGeneration);
    Step("check no hand-written .js outside src/Compiler/Runtime/", CheckNoHandWrittenJs);
    CheckSolution();
    Step($"write dist/webrtc-stats-exporter-{Version()}.zip{(withSourceMaps ? " (with source maps)" : "")}", WriteZip);
    Step("check zip matches dist/unpacked", CheckZip);
    built = true;
    PrintSummary();
}

void PrintSummary()
{
    Console.WriteLine();
    Console.WriteLine($"  {"file",-24} {"raw",10} {"gzip",10} {"compile",8}");
    long rawTotal = 0, gzTotal = 0;
    foreach (var output in ShippedJs())
    {
        var file = System.IO.Path.Combine(unpackedDir, output);
        var data = System.IO.File.ReadAllBytes(file);
        var gz = GzipSize(data);
        rawTotal += data.Length; gzTotal += gz;
        // The worker, the pages and shared.js come from one compile, shown once (on shared.js).
        var time = compileTimes.TryGetValue(output, out var t) ? $"{t.TotalSeconds:0.0}s" : "";
        Console.WriteLine($"  {output,-24} {Kb(data.Length),10} {Kb(gz),10} {time,8}");
    }
    Console.WriteLine($"  {"all bundles",-24} {Kb(rawTotal),10} {Kb(gzTotal),10}");
    if (zipPath != null) Console.WriteLine($"  {System.IO.Path.GetFileName(zipPath),-24} {Kb(new FileInfo(zipPath).Length),10}");
    Console.WriteLine($"  build time {buildClock.Elapsed.TotalSeconds:0.0}s -> {Rel(unpackedDir)}/");
}

// ---------------------------------------------------------------------------------------------
// Tests: every test project, one TRX each, totals on one final line.

sealed record TestTotals(int Passed, int Failed, int Skipped);

TestTotals ReadTrx(string trx, List<string> failures)
{
    var doc = XDocument.Load(trx);
    XNamespace ns = doc.Root!.Name.Namespace;
    var c = doc.Descendants(ns + "Counters").FirstOrDefault();
    if (c == null) return new TestTotals(0, 0, 0);
    int A(string n) => int.TryParse((string?)c.Attribute(n), out var v) ? v : 0;
    foreach (var r in doc.Descendants(ns + "UnitTestResult").Where(r => (string?)r.Attribute("outcome") == "Failed"))
    {
        var msg = r.Descendants(ns + "Message").FirstOrDefault()?.Value ?? "";
        var first = msg.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        failures.Add($"{(string?)r.Attribute("testName")}: {first}");
    }
    var failed = A("failed") + A("error") + A("timeout") + A("aborted");
    return new TestTotals(A("passed"), failed, A("notExecuted") + A("inconclusive") + A("notRunnable"));
}

int passedTotal = 0, failedTotal = 0, skippedTotal = 0;
string? finalLine = null;
int exitCode = 0;

void RunTestProjects()
{
    var resultsDir = P("artifacts", "test-results");
    if (System.IO.Directory.Exists(resultsDir)) System.IO.Directory.Delete(resultsDir, true);
    System.IO.Directory.CreateDirectory(resultsDir);
    var projects = System.IO.Directory.Exists(P("tests"))
        ? System.IO.Directory.EnumerateDirectories(P("tests"))
            .Where(d => !System.IO.Path.GetFileName(d).EndsWith(".Bench"))
            .SelectMany(d => System.IO.Directory.EnumerateFiles(d, "*.csproj"))
            .OrderBy(p => p, StringComparer.Ordinal).ToList()
        : new List<string>();
    if (projects.Count == 0) { Console.WriteLine("  no test projects under tests/"); failedTotal++; return; }
    foreach (var proj in projects)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(proj);
        var trx = System.IO.Path.Combine(resultsDir, name + ".trx");
        var args = new List<string> { "test", proj, "-c", configuration, "--nologo",
            "--logger", $"trx;LogFileName={trx}", "--results-directory", resultsDir };
        if (!string.IsNullOrEmpty(testFilter)) { args.Add("--filter"); args.Add(testFilter); }
        Console.Write($"  test {Rel(proj)} ... ");
        var r = Run("dotnet", args, env: new Dictionary<string, string> { ["WSE_REPO_ROOT"] = root });
        var failures = new List<string>();
        if (!System.IO.File.Exists(trx) && r.ExitCode == 0 && !string.IsNullOrEmpty(testFilter))
        {
            Console.WriteLine($"no test matches --filter ({r.Elapsed.TotalSeconds:0.0}s)");
            continue;
        }
        if (!System.IO.File.Exists(trx))
        {
            Console.WriteLine($"FAILED: no results (exit {r.ExitCode}, {r.Elapsed.TotalSeconds:0.0}s)");
            foreach (var l in ErrorLines(r.Lines)) Console.WriteLine("    " + l);
            failedTotal++;
            continue;
        }
        var t = ReadTrx(trx, failures);
        passedTotal += t.Passed; failedTotal += t.Failed; skippedTotal += t.Skipped;
        var failedHere = t.Failed;
        if (r.ExitCode != 0 && t.Failed == 0)
        {
            // dotnet test failed without a failed test (crash, no tests found): that is a failure too.
            failedTotal++; failedHere++;
            failures.Add($"dotnet test exited {r.ExitCode}: " + string.Join(" | ", r.Lines.Where(l => l.Contains("rror")).Take(5)));
        }
        if (t.Passed + t.Failed == 0 && r.ExitCode == 0 && string.IsNullOrEmpty(testFilter))
        {
            failedTotal++; failedHere++;
            failures.Add("ran no test");
        }
        Console.WriteLine($"{t.Passed} passed, {failedHere} failed{(t.Skipped > 0 ? $", {t.Skipped} skipped" : "")} ({r.Elapsed.TotalSeconds:0.0}s)");
        foreach (var f in failures.Take(50)) Console.WriteLine("    FAILED " + f);
        if (failures.Count > 50) Console.WriteLine($"    … and {failures.Count - 50} more (see {Rel(trx)})");
    }
}

// ---------------------------------------------------------------------------------------------
// Tasks.

Task("Clean")
    .Description("Removes dist/ and artifacts/.")
    .Does(() =>
{
    foreach (var dir in new[] { distDir, artifactsDir })
        if (System.IO.Directory.Exists(dir)) { System.IO.Directory.Delete(dir, recursive: true); Console.WriteLine($"  removed {Rel(dir)}/"); }
});

Task("Build")
    .Description("Compiles every bundle with cs2js, copies static/, runs the checks, writes dist/unpacked and the zip.")
    .Does(BuildAll);

Task("Package")
    .Description("Build + the Web Store zip (source maps only with --sourcemaps=true); with --endpoint-origin, a private build too.")
    .IsDependentOn("Build")
    .Does(() =>
{
    Console.WriteLine($"  package: {Rel(zipPath!)} ({Kb(new FileInfo(zipPath!).Length)}), SHA-256 {Sha256Hex(System.IO.File.ReadAllBytes(zipPath!))}");
    if (endpointOrigin.Length > 0) Step($"private build for {endpointOrigin} -> dist/private/", PrivatePackage);
    else if (updateUrl.Length > 0 || crxKeyPath.Length > 0) Fail("--update-url and --crx-key belong to a private build: add --endpoint-origin=https://your-endpoint.");
});

Task("Test")
    .Description("Build, then every test project; prints 'N passed, N failed' last.")
    .Does(() =>
{
    try { BuildAll(); }
    catch (BuildFailure e)
    {
        // The build is one failed check; test projects still run so their results are visible.
        Console.WriteLine(e.Message);
        failedTotal++;
    }
    Console.WriteLine("Running tests");
    RunTestProjects();
    // The totals line is printed last of all, after Cake's task summary (see the end of this file).
    finalLine = $"{passedTotal} passed, {failedTotal} failed{(skippedTotal > 0 ? $", {skippedTotal} skipped" : "")}";
    exitCode = failedTotal > 0 ? 1 : 0;
});

Task("Demo")
    .Description("Builds, then runs a local Pushgateway + Prometheus, Chromium with the extension and two calls, and prints what a supervisor sees (--minutes=N, default 5; Ctrl+C stops it).")
    .Does(() =>
{
    BuildAll();
    var minutes = demoMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("run").Append("--project").AppendQuoted(P("tools", "Demo")).Append("-c").Append("Release")
            .Append("--").Append("--minutes=" + minutes),
        WorkingDirectory = root,
        EnvironmentVariables = new Dictionary<string, string> { ["WSE_REPO_ROOT"] = root },
    });
    if (exit != 0) Fail($"the demo exited {exit}.");
});

Task("Bench")
    .Description("Bundle sizes (raw and gzip), build time, and every bench program under tests/*.Bench.")
    .Does(() =>
{
    BuildAll();
    BenchBundleSizes();
    foreach (var bench in benchProjects)
    {
        var dir = P(bench.Split('/'));
        if (!System.IO.Directory.Exists(dir) || !System.IO.Directory.EnumerateFiles(dir, "*.csproj").Any()) continue;
        Console.WriteLine();
        Console.WriteLine($"Bench {bench}");
        var r = Run("dotnet", new[] { "run", "--project", dir, "-c", "Release" },
                    env: new Dictionary<string, string> { ["WSE_REPO_ROOT"] = root });
        foreach (var l in r.Lines.Where(l => !string.IsNullOrWhiteSpace(l))) Console.WriteLine("  " + l);
        if (r.ExitCode != 0) Fail($"{bench} exited {r.ExitCode}.");
    }
});

// What a bundle carries (runtime helpers and types, printed bytes each), written by cs2js --report.
string PartsReport(string output, bool release) => P("artifacts", "parts", release ? "release" : "debug", output + ".tsv");

// Each bundle printed both ways (the build's own mode is in dist/unpacked; the other goes to artifacts/).
void BenchBundleSizes()
{
    var otherDir = P("artifacts", "bench-" + (releasePrinting ? "debug" : "release"));
    System.IO.Directory.CreateDirectory(otherDir);
    var buildSeconds = compileTimes.Values.Sum(t => t.TotalSeconds);
    var clock = Stopwatch.StartNew();
    foreach (var b in bundles.Where(b => !InShared(b))) CompileBundleTo(b, otherDir, !releasePrinting);
    CompileSharedTo(otherDir, !releasePrinting);
    clock.Stop();
    var debugDir = releasePrinting ? otherDir : unpackedDir;
    var releaseDir = releasePrinting ? unpackedDir : otherDir;
    Console.WriteLine();
    Console.WriteLine("Bundle sizes, debug and release printing");
    Console.WriteLine($"  {"file",-16} {"debug raw",11} {"debug gz",10} {"release raw",12} {"release gz",11}");
    long dr = 0, dg = 0, rr = 0, rg = 0;
    foreach (var output in ShippedJs())
    {
        var d = System.IO.File.ReadAllBytes(System.IO.Path.Combine(debugDir, output));
        var r = System.IO.File.ReadAllBytes(System.IO.Path.Combine(releaseDir, output));
        long dgz = GzipSize(d), rgz = GzipSize(r);
        dr += d.Length; dg += dgz; rr += r.Length; rg += rgz;
        Console.WriteLine($"  {output,-16} {Kb(d.Length),11} {Kb(dgz),10} {Kb(r.Length),12} {Kb(rgz),11}");
    }
    Console.WriteLine($"  {"all bundles",-16} {Kb(dr),11} {Kb(dg),10} {Kb(rr),12} {Kb(rg),11}");
    Console.WriteLine($"  whole-extension compile time: {buildSeconds:0.0}s in the build ({(releasePrinting ? "release" : "debug")}), {clock.Elapsed.TotalSeconds:0.0}s for the other printing");

    // Our printer against esbuild and NUglify on the same debug bundles (a bench-only tool).
    Console.WriteLine();
    var m = Run("dotnet", new[] { "run", "--project", P("tools", "MinifierBench"), "-c", "Release", "--", debugDir, releaseDir }.Concat(ShippedJs()),
                env: new Dictionary<string, string> { ["WSE_REPO_ROOT"] = root });
    foreach (var l in m.Lines.Where(l => !string.IsNullOrWhiteSpace(l))) Console.WriteLine(l);
    if (m.ExitCode != 0) Fail($"tools/MinifierBench exited {m.ExitCode}.");
    BenchBundleParts();
}

// Per bundle (release printing): the runtime helpers and types it carries, bytes each, largest first.
void BenchBundleParts()
{
    Console.WriteLine();
    Console.WriteLine("What each bundle carries (release printing, bytes before gzip)");
    foreach (var output in ShippedJs())
    {
        var rows = System.IO.File.ReadAllLines(PartsReport(output, true)).Select(l => l.Split('\t'))
            .Select(c => (Kind: c[0], Name: c[1], Bytes: int.Parse(c[2]))).ToList();
        string Group(string kind, int top)
        {
            var g = rows.Where(r => r.Kind == kind).OrderByDescending(r => r.Bytes).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", g.Take(top).Select(r => $"{r.Name} {r.Bytes}"));
            return $"{g.Count} {kind}s, {Kb(g.Sum(r => r.Bytes))}" + (g.Count == 0 ? "" : ": " + shown + (g.Count > top ? ", ..." : ""));
        }
        Console.WriteLine($"  {output}: {Kb(rows.Where(r => r.Kind is "helper" or "type" or "statics" or "entry").Sum(r => r.Bytes))} in parts");
        Console.WriteLine($"    {Group("helper", 12)}");
        Console.WriteLine($"    {Group("type", 12)}");
        foreach (var r in rows.Where(r => r.Kind is "statics" or "entry")) Console.WriteLine($"    {r.Name}: {r.Bytes} B");
        // The bundle's record of C# private names: shortened (with their uses), and kept because the
        // bundle could reach them by name from elsewhere.
        // One decision for the worker, the pages and shared.js: recorded with shared.js.
        if (output != sharedOutput && bundles.Any(b => b.Output == output && InShared(b))) { Console.WriteLine($"    private names: with {sharedOutput} (one decision for the files compiled together)"); continue; }
        var shortened = rows.Where(r => r.Kind == "private").ToList();
        var kept = rows.Where(r => r.Kind == "kept").Select(r => r.Name).ToList();
        Console.WriteLine($"    private names: {shortened.Count} shortened ({shortened.Sum(r => r.Bytes)} uses), {kept.Count} kept" + (kept.Count == 0 ? "" : ": " + string.Join(", ", kept.Take(20)) + (kept.Count > 20 ? ", ..." : "")));
    }
}

// Errors: print the message without a stack trace; the exit code is non-zero.
try
{
    RunTarget(target);
}
catch (Exception e) when (e is BuildFailure || e.InnerException is BuildFailure || e is CakeException)
{
    var failure = e as BuildFailure ?? e.InnerException as BuildFailure;
    if (failure != null) Console.Error.WriteLine("error: " + failure.Message);
    exitCode = 1;
}
if (finalLine != null)
{
    Console.WriteLine();
    Console.WriteLine(finalLine);
}
if (exitCode != 0) Environment.Exit(exitCode);
