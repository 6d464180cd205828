using System.Collections.Generic;
using System.Linq;
using Cs2Js.Check;
using Cs2Js.Name;
using Cs2Js.Reach;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>The pipeline's stage boundaries are values a test can inspect: Check's refusals (before
    /// anything is lowered), Reach's reached set, Name's names.</summary>
    [TestFixture, Category("Stages")]
    public sealed class StageTests
    {
        const string Program = @"using System;
abstract class Shape { public abstract double Area(); public virtual string Label() => ""shape""; }
sealed class Square : Shape
{
    readonly double side;
    public Square(double s) { side = s; }
    public override double Area() => side * side;
    public override string Label() => ""square"";
    public static void NeverCalled() => Console.WriteLine(""dead"");
}
sealed class Circle : Shape
{
    public override double Area() => 3.0;
    public override string Label() => ""circle"";
}
class Outer { public class Inner { public static int Twice(int x) => 2 * x; } }
public static class Program
{
    static void Dead() => Console.WriteLine(new Circle().Area());
    public static void Main()
    {
        Shape s = new Square(2);
        Console.WriteLine(s.Area() + Outer.Inner.Twice(1));
    }
}
";

        static (ReachedSet Reached, Naming Names, Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation) Stages(string source)
        {
            var compilation = Compiler.CreateCompilation(new[] { new SourceFile("p.cs", source) });
            Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            Assert.That(Checker.Run(compilation), Is.Empty, "Check refuses nothing here");
            var entry = Compiler.FindEntry(compilation, null, new List<CompileDiagnostic>())!;
            var reached = Reachability.Run(compilation, entry);
            return (reached, Naming.Run(reached), compilation);
        }

        static bool Reached(ReachedSet r, string name) => r.Members.Any(m => m.ContainingType.Name + "." + m.Name == name);

        [Test]
        public void ReachIsATreeShakeFromTheEntryPoint()
        {
            var (r, _, _) = Stages(Program);
            Assert.That(Reached(r, "Program.Main"), Is.True);
            Assert.That(Reached(r, "Square.Area"), Is.True, "an override of a reached abstract method on a constructed type");
            Assert.That(Reached(r, "Square..ctor"), Is.True);
            Assert.That(Reached(r, "Square.side"), Is.True);
            Assert.That(Reached(r, "Inner.Twice"), Is.True);
            Assert.That(Reached(r, "Program.Dead"), Is.False, "never called");
            Assert.That(Reached(r, "Square.NeverCalled"), Is.False, "never called");
            Assert.That(Reached(r, "Square.Label"), Is.False, "Label is never called, so its overrides are dead");
            Assert.That(r.Types.Select(t => t.Name), Does.Not.Contain("Circle"), "only created in dead code");
            Assert.That(r.Constructed.Select(t => t.Name), Is.EquivalentTo(new[] { "Square", "Shape" }));
        }

        /// <summary>Tasks are .NET's Task only where reached code observes one; awaiting alone (the
        /// extension's case) keeps native Promises, and so does observing in dead code.</summary>
        [TestCase("await Task.Delay(1); var t = Task.FromResult(2); Console.WriteLine(await t);", false)]
        [TestCase("var t = Task.Delay(1); await t; Console.WriteLine(t.IsCompleted);", true)]
        [TestCase("var t = Task.FromResult(1).ContinueWith(p => p.Result + 1); Console.WriteLine(await t);", true)]
        [TestCase("ValueTask<int> v = new ValueTask<int>(3); Console.WriteLine(await v);", true)]
        public void TasksAreObservedOnlyWhereReachedCodeSaysSo(string body, bool observed)
        {
            var source = "using System;\nusing System.Threading.Tasks;\npublic static class Program\n{\n" +
                "    static void Dead(Task t) => Console.WriteLine(t.Status);\n" +
                "    public static async Task Main() { " + body + " }\n}\n";
            var (r, _, c) = Stages(source);
            Assert.That(Reified.Run(c, r).Tasks, Is.EqualTo(observed));
            var js = Compiler.Compile(new[] { new SourceFile("p.cs", source) }, new CompileOptions());
            Assert.That(js.Success, Is.True, string.Join("\n", js.Diagnostics));
            Assert.That(js.HelpersUsed, observed ? Does.Contain("$Task") : Does.Not.Contain("$Task"));
        }

        [Test]
        public void NameRunsOverTheReachedSet()
        {
            var (r, names, _) = Stages(Program);
            Assert.That(names.TypeNames.Values, Is.EquivalentTo(new[] { "Shape", "Square", "Outer", "Outer_Inner", "Program" }));
            Assert.That(names.TypeNames.Keys, Is.EquivalentTo(r.Types));
        }

        [Test]
        public void CheckRefusesBeforeAnythingIsReachedOrLowered()
        {
            // Unmapped members and locks are found in dead code too, all in one run.
            var compilation = Compiler.CreateCompilation(new[] { new SourceFile("c.cs", @"using System;
public static class Program
{
    static void Dead(object o, long x) { Console.Beep(); Console.WriteLine(o is int); lock (o) { } }
    public static void Main() => Console.WriteLine(""x"");
}
") });
            var codes = Checker.Run(compilation).Select(d => $"{d.Code}@{d.Line}:{d.Column}").ToList();
            Assert.That(codes, Is.EquivalentTo(new[] { "CSX1001@4:50", "CSX2008@4:87" }));
        }
    }
}
