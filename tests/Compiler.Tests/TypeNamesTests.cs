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

        const string Services = @"
using System;
using System.Collections.Generic;
namespace Shop
{
    interface IClock { double Now(); }
    interface ILog { void Write(string line); }
    interface IStore { string Get(string key); }
    class FixedClock : IClock { public double Now() => 42; }
    class ConsoleLog : ILog { public void Write(string line) => Console.WriteLine(line); }
    class MemoryStore : IStore
    {
        readonly Dictionary<string, string> items = new Dictionary<string, string> { [""a""] = ""1"" };
        public string Get(string key) => items.TryGetValue(key, out var v) ? v : ""?"";
    }
    class Printed { }
    class Service
    {
        readonly IClock clock; readonly ILog log; readonly IStore store;
        public Service(IClock clock, ILog log, IStore store) { this.clock = clock; this.log = log; this.store = store; }
        public void Run(object extra)
        {
            if (clock == null || log == null) return;
            log.Write($""at {clock.Now()}: a={store.Get(""a"")} {extra}"");
        }
    }
    static class Program
    {
        static void Main()
        {
            var services = new List<ILog> { new ConsoleLog() };
            new Service(new FixedClock(), services[0], new MemoryStore()).Run(new Printed());
            object o = ""text"";
            Console.WriteLine(o);
        }
    }
}";

        /// <summary>Values converted to interfaces that never reach a printing site (no conversion on to object,
        /// no site typed so) keep their classes nameless, although the program prints objects elsewhere.</summary>
        [Test]
        public void ServicesSeenOnlyThroughTheirInterfacesCarryNoNames()
        {
            var dotnet = DotNetRunner.RunUncached("type_names_services.cs", Services);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            Assert.That(dotnet.Output, Does.Contain("at 42: a=1 Shop.Printed"));
            string? debug = null;
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("type_names_services.cs", Services, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
                if (!release) debug = r.Js!;
            }
            Assert.That(debug, Does.Contain("$tn = \"Shop.Printed\""));
            foreach (var name in new[] { "FixedClock", "ConsoleLog", "MemoryStore", "Service", "Program" })
                Assert.That(debug, Does.Not.Contain("\"Shop." + name + "\""), name);
        }

        const string Appended = @"
using System;
namespace Shop
{
    class Whale { }
    struct Pearl { public int Size; }
    static class Program
    {
        static void Main()
        {
            string text = ""seen: "";
            text += new Whale();
            text += "" "";
            text += new Pearl { Size = 2 };
            Console.WriteLine(text);
        }
    }
}";

        /// <summary>A value appended to a string with <c>+=</c> is printed with its type's name, with no other site in the program.</summary>
        [Test]
        public void AppendingToAStringPrintsTheName()
        {
            var dotnet = DotNetRunner.RunUncached("type_names_appended.cs", Appended);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            Assert.That(dotnet.Output, Does.StartWith("seen: Shop.Whale Shop.Pearl"));
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("type_names_appended.cs", Appended, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
            }
        }
    }
}
