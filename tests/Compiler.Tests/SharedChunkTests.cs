using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>A multi-entry compile (<see cref="Compiler.CompileShared"/>): what two entries both need is
    /// written once, to shared.js, and each entry's file keeps only its own part. Loaded as the extension
    /// loads them (shared.js, then the entry's file, in one realm), each entry does what its own compile does.</summary>
    [TestFixture]
    public sealed class SharedChunkTests
    {
        const string Common = @"
using System;
using System.Collections.Generic;
namespace App
{
    public class Shape
    {
        private readonly string name;
        public Shape(string name) { this.name = name; }
        public virtual double Area() => 0;
        public override string ToString() => name + "" "" + Area().ToString(""F1"");
    }
    public sealed class Circle : Shape
    {
        private readonly double r;
        public Circle(double r) : base(""circle"") { this.r = r; }
        public override double Area() => Math.PI * r * r;
    }
    public static class Util
    {
        public static readonly List<string> Seen = new List<string> { ""start"" };
        public static string Join(List<int> xs) => string.Join("","", xs);
        /// <summary>Only entry A calls it: ATally stays in a.js, declared where Util can reach it.</summary>
        public static string Tally(string s) => ATally.Count(s);
        public static int Parse(string s)
        {
            try { return int.Parse(s); }
            catch (FormatException) { Seen.Add(s); return -1; }
        }
    }
    public static class ATally
    {
        private static readonly Dictionary<string, int> counts = new Dictionary<string, int>();
        public static string Count(string s)
        {
            counts[s] = counts.TryGetValue(s, out var n) ? n + 1 : 1;
            return s + "" x"" + counts[s];
        }
    }
}";
        const string EntryA = @"
using System;
using System.Collections.Generic;
namespace App.A
{
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine(new Circle(2).ToString());
            Console.WriteLine(Util.Join(new List<int> { 1, 2, 3 }));
            Console.WriteLine(Util.Parse(""12"") + Util.Parse(""x""));
            Console.WriteLine(OnlyA.Twice(""a""));
            Util.Tally(""t"");
            Console.WriteLine(Util.Tally(""t""));
        }
    }
    static class OnlyA { public static string Twice(string s) => s + s; }
}";
        const string EntryB = @"
using System;
namespace App.B
{
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine(Util.Parse(""y""));
            Console.WriteLine(new Shape(""plain"").ToString());
            Console.WriteLine(string.Join(""|"", Util.Seen));
            try { throw new InvalidOperationException(""no""); }
            catch (Exception e) { Console.WriteLine(e.Message.ToUpperInvariant()); }
        }
    }
}";

        static List<SourceFile> Files => new() { new("common.cs", Common), new("a.cs", EntryA), new("b.cs", EntryB) };

        static SharedCompileResult Shared(bool release, TargetKind kindA = TargetKind.Page)
        {
            var r = Compiler.CompileShared(Files, new SharedCompileOptions
            {
                Entries = new[] { new EntryBundle("App.A.Program.Main", kindA, "a.js"), new EntryBundle("App.B.Program.Main", TargetKind.Page, "b.js") },
                SharedFileName = "shared.js",
                SourceMap = false,
                Minify = release,
                Report = true,
            });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            Assert.That(r.Files.Select(f => f.FileName), Is.EqualTo(new[] { "shared.js", "a.js", "b.js" }));
            return r;
        }

        static CompileResult Alone(string entry, bool release)
        {
            var r = Compiler.Compile(Files, new CompileOptions { EntryPoint = entry, Kind = TargetKind.Page, SourceMap = false, Minify = release, Report = true });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            return r;
        }

        static string[] Types(CompiledFile f) => f.Parts.Where(p => p.Kind == "type").Select(p => p.Name).ToArray();

        [TestCase(false), TestCase(true)]
        public void Each_entry_with_the_shared_file_does_what_its_own_compile_does(bool release)
        {
            var r = Shared(release);
            string shared = r.Files[0].Js;
            foreach (var (file, entry) in new[] { (r.Files[1], "App.A.Program.Main"), (r.Files[2], "App.B.Program.Main") })
            {
                string expected = JintRunner.Run(Alone(entry, release).Js!);
                Assert.That(expected, Is.Not.Empty);
                Assert.That(JintRunner.Run(shared + "\n" + file.Js), Is.EqualTo(expected), $"shared.js + {file.FileName}:\n{shared}\n{file.Js}");
            }
        }

        [TestCase(false), TestCase(true)]
        public void What_both_entries_need_is_written_once(bool release)
        {
            var r = Shared(release);
            var (shared, a, b) = (r.Files[0], r.Files[1], r.Files[2]);
            Assert.That(Types(shared), Is.SupersetOf(new[] { "Shape", "Util" }));
            Assert.That(shared.Helpers, Does.Contain("$exc"), "both entries catch");
            Assert.That(Types(a), Does.Contain("OnlyA").And.Not.Contains("Shape").And.Not.Contains("Util"));
            Assert.That(Types(b), Does.Not.Contain("Shape").And.Not.Contains("Util").And.Not.Contains("OnlyA"));
            Assert.That(a.Helpers.Concat(b.Helpers).Intersect(shared.Helpers), Is.Empty, "each helper in one file");
            Assert.That(Types(shared), Does.Not.Contain("OnlyA"), "what one entry needs stays in its file");
            Assert.That(Types(a), Does.Contain("ATally"), "named by a shared type's method that only A reaches, yet A's own");
            Assert.That(Types(shared).Concat(Types(b)), Does.Not.Contain("ATally"));
            Assert.That(a.Js, Does.StartWith("\"use strict\";"), "a.js declares ATally globally, outside its IIFE");
            // The three files together are smaller than the two separate bundles.
            int together = r.Files.Sum(f => f.Js.Length);
            int apart = Alone("App.A.Program.Main", release).Js!.Length + Alone("App.B.Program.Main", release).Js!.Length;
            Assert.That(together, Is.LessThan(apart));
        }

        [Test]
        public void A_worker_entry_loads_the_shared_file_first()
        {
            var r = Shared(true, TargetKind.Worker);
            Assert.That(r.Files[1].Js, Does.Match("^(\"use strict\";\\s*)?importScripts\\(\"shared\\.js\"\\);"));
            Assert.That(r.Files[2].Js, Does.Not.Contain("importScripts"), "a page loads it by <script>");
            Assert.That(r.Files[0].Js, Does.StartWith("\"use strict\";"), "shared.js is a strict classic script of global declarations");
        }

        [Test]
        public void Each_file_has_its_own_source_map()
        {
            var r = Compiler.CompileShared(Files, new SharedCompileOptions
            {
                Entries = new[] { new EntryBundle("App.A.Program.Main", TargetKind.Page, "a.js"), new EntryBundle("App.B.Program.Main", TargetKind.Page, "b.js") },
                Minify = true,
            });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            foreach (var f in r.Files)
            {
                Assert.That(f.Js, Does.EndWith($"//# sourceMappingURL={f.FileName}.map\n"));
                var map = System.Text.Json.JsonDocument.Parse(f.SourceMap!).RootElement;
                Assert.That(map.GetProperty("file").GetString(), Is.EqualTo(f.FileName));
                Assert.That(map.GetProperty("sources").EnumerateArray().Select(s => s.GetString()), Is.Not.Empty, f.FileName);
            }
        }
    }
}
