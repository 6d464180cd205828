using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Pay-for-play type names: a class carries its .NET name (<c>$tn</c>) only when one of its
    /// instances can reach code that prints a run-time type name (Reach/TypeNames.cs). The program prints
    /// what .NET prints in debug and release printing; the bundle names only the classes that need it.</summary>
    [TestFixture]
    public sealed class TypeNamesTests
    {
        const string Program = @"
using System;
using System.Collections.Generic;
namespace Shop
{
    class Printed { }
    class PrintedBase { }
    class PrintedDerived : PrintedBase { }
    class ThroughGeneric { }
    class ThroughInterface : IShape { public int Sides => 3; }
    interface IShape { int Sides { get; } }
    class NeverPrinted { public int N = 4; }
    class Keeper { public List<NeverPrinted> Items = new List<NeverPrinted>(); }
    static class Program
    {
        static void Show<T>(T value) => Console.WriteLine(""generic: "" + value);
        static void Describe(PrintedBase b) => Console.WriteLine(b.ToString());
        static void Main()
        {
            object o = new Printed();
            Console.WriteLine($""{o}"");
            Describe(new PrintedDerived());
            Show(new ThroughGeneric());
            IShape s = new ThroughInterface();
            Console.WriteLine(s.GetType().Name + "" "" + s.Sides);
            var k = new Keeper();
            k.Items.Add(new NeverPrinted());
            foreach (var n in k.Items) Console.WriteLine(n.N);
        }
    }
}";

        [Test]
        public void OnlyClassesThatCanBePrintedCarryTheirNames()
        {
            var dotnet = DotNetRunner.RunUncached("type_names.cs", Program);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            Assert.That(dotnet.Output, Does.Contain("Shop.Printed").And.Contain("Shop.PrintedDerived").And.Contain("generic: Shop.ThroughGeneric").And.Contain("ThroughInterface 3"));
            string? debug = null;
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("type_names.cs", Program, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
                if (!release) debug = r.Js!;
            }
            foreach (var name in new[] { "Printed", "PrintedDerived", "ThroughGeneric", "ThroughInterface" })
                Assert.That(debug, Does.Contain("$tn = \"Shop." + name + "\""), name);
            foreach (var name in new[] { "NeverPrinted", "Keeper", "Program" })
                Assert.That(debug, Does.Not.Contain("\"Shop." + name + "\""), name);
        }
    }
}
