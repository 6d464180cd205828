using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Release printing hoists static methods out of their classes (Print/StaticHoist.cs): a call
    /// prints <c>f(b)</c>, not <c>a.f(b)</c>. The sample statics/static_hoist.cs proves behaviour against .NET
    /// in both printings; these cases pin what is hoisted, what stays on its class, the shared chunk and the
    /// source map.</summary>
    [TestFixture]
    public sealed class StaticHoistTests
    {
        const string Program = @"
using System;
using System.Collections.Generic;
class Geometry
{
    public static int Area(int w, int h) => Scale(w) * h;
    static int Scale(int w)
    {
        var s = w * 1;
        return s;
    }
}
class Registry
{
    public static int Count;
    public static int Next() => ++Count;
}
// Stored as JSON: open, so its names (statics included) stay as they are.
class Snapshot
{
    public int value;
    public static Snapshot Take(int v) => new Snapshot { value = v };
}
class Box<T>
{
    public static int Made;
    public static string Describe() => typeof(T).Name + "" "" + (++Made);
}
static class Program
{
    static void Main()
    {
        Console.WriteLine(Geometry.Area(3, 4));
        Console.WriteLine(Registry.Next() + Registry.Next());
        Console.WriteLine(Js.Json.Stringify(Snapshot.Take(5)));
        Console.WriteLine(Box<int>.Describe() + "" "" + Box<string>.Describe());
    }
}";

        static CompileResult Compile(bool release)
        {
            var r = JsCompilation.Compile("static_hoist.cs", Program, release: release);
            Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
            return r;
        }

        [Test]
        public void StaticMethodsLeaveTheirClassesInRelease()
        {
            string debug = Compile(false).Js!, release = Compile(true).Js!;
            Assert.That(JintRunner.Run(release), Is.EqualTo(JintRunner.Run(debug)));
            Assert.That(JintRunner.Run(debug), Is.EqualTo("12\n3\n{\"value\":5}\nInt32 1 String 1\n"));
            Assert.That(debug, Does.Contain("static Area(").And.Contain("Geometry.Scale(").And.Contain("static Next("), "debug printing keeps statics on their classes");
            // Geometry had only static methods: its class goes, its methods are functions.
            Assert.That(Regex.Matches(release, @"\bfunction [A-Za-z_$][\w$]*\(w\)|function [A-Za-z_$][\w$]*\(a,b\)").Count, Is.GreaterThan(0));
            // The open class keeps its static on the class, with its name.
            Assert.That(release, Does.Contain("static Take(").And.Contain(".Take(5)"));
            // A reified generic's static code reaches its closed type as `this`: it stays a static member.
            Assert.That(Regex.Matches(release, @"static [A-Za-z_$][\w$]*\(\)\{return").Count, Is.EqualTo(1), "only Box's Describe is still a static method:\n" + release);
            // No other class-qualified call of a static method is left: Registry.Next() prints as f().
            Assert.That(release, Does.Not.Contain("static Next").And.Not.Contain("static Area"));
            Assert.That(Compile(true).Js, Is.EqualTo(release), "deterministic");
        }

        [Test]
        public void HoistedFunctionsMapBackToCSharp()
        {
            var r = Compile(true);
            Assert.That(r.SourceMap, Does.Contain("\"Geometry.Scale\""), "the hoisted binding's original name in names");
            using var doc = JsonDocument.Parse(r.SourceMap!);
            var lines = SourceMapTests.Decode(doc.RootElement.GetProperty("mappings").GetString()!).Select(s => s.SrcLine + 1).ToHashSet();
            Assert.That(lines, Does.Contain(6), "the hoisted expression-bodied method (line 6)");
            Assert.That(lines, Does.Contain(9).And.Contain(10), "statements inside a hoisted method (lines 9-10)");
        }

        const string Common = @"
using System;
namespace App
{
    public static class Text
    {
        public static string Shout(string s) => s.ToUpperInvariant() + Bang();
        static string Bang() => ""!"";
        public static string OnlyA(string s) => ACounter.Count(s);
    }
    public static class ACounter
    {
        static int n;
        public static string Count(string s) => s + "" "" + (++n);
    }
}";
        const string EntryA = @"
using System;
namespace App.A
{
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine(Text.Shout(""a""));
            Text.OnlyA(""t"");
            Console.WriteLine(Text.OnlyA(""t""));
        }
    }
}";
        const string EntryB = @"
using System;
namespace App.B
{
    public static class Program { public static void Main() { Console.WriteLine(Text.Shout(""b"")); } }
}";

        [Test]
        public void HoistedFunctionsOfTheSharedFileServeEveryEntry()
        {
            var files = new List<SourceFile> { new("common.cs", Common), new("a.cs", EntryA), new("b.cs", EntryB) };
            var r = Compiler.CompileShared(files, new SharedCompileOptions
            {
                Entries = new[] { new EntryBundle("App.A.Program.Main", TargetKind.Page, "a.js"), new EntryBundle("App.B.Program.Main", TargetKind.Page, "b.js") },
                SharedFileName = "shared.js",
                SourceMap = false,
                Minify = true,
            });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            var (shared, a, b) = (r.Files[0].Js, r.Files[1].Js, r.Files[2].Js);
            Assert.That(shared, Does.Not.Contain("static "), "Text's methods are global functions of shared.js:\n" + shared);
            Assert.That(shared, Does.Not.Contain("class "), "and Text itself goes");
            Assert.That(a.Substring(0, a.IndexOf("(()=>", System.StringComparison.Ordinal)), Does.Contain("function "), "ACounter.Count, named by a shared function, is declared globally at the top of a.js:\n" + a);
            // Loaded as the pages load them: shared.js, then the entry's file, two scripts of one realm.
            Assert.That(JintRunner.RunScripts(shared, a), Is.EqualTo("A!\nt 2\n"));
            Assert.That(JintRunner.RunScripts(shared, b), Is.EqualTo("B!\n"));
        }
    }
}
