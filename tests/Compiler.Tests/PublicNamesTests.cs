using System.Text.RegularExpressions;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Release printing shortens public, internal and protected member names of the bundle's
    /// own classes too, except where code outside the bundle may see an instance (Reach/OpenTypes.cs):
    /// a class whose objects JSON writes or reads keeps its property names, and so do the classes inside
    /// it and inside an [ObjectLiteral] that leaves the bundle (stored data is read back by a later build,
    /// a message by another bundle). The program prints the same JSON in debug and release printing.</summary>
    [TestFixture]
    public sealed class PublicNamesTests
    {
        const string Program = @"
using System;

// Only the bundle's code reaches these: shortened.
public class Meter
{
    public int ReadingCount;
    public double TotalReading { get; private set; }
    public virtual void AddReading(double v) { ReadingCount++; TotalReading += v; }
}
public class DoubleMeter : Meter { public override void AddReading(double v) => base.AddReading(2 * v); }
public interface IGauge { double CurrentLevel { get; } string DescribeLevel(); }
public class Gauge : IGauge
{
    public double CurrentLevel { get; set; }
    public string DescribeLevel() => ""level "" + CurrentLevel;
}

// JSON writes it, with what it holds: keeps its names.
public class StoredEntry
{
    public string EntryName = """";
    public int EntryCount;
    public StoredPart Inner = new StoredPart();
}
public class StoredPart { public int PartValue; }

// Carried inside an [ObjectLiteral] that JSON writes: keeps its names.
[Js.ObjectLiteral] public class Envelope { public string kind; public CarriedItem item; }
public class CarriedItem { public int CarriedWeight; }

// Made by JSON: keeps its names.
public class Restored { public int RestoredValue; }

public static class Program
{
    public static void Main()
    {
        Meter m = new DoubleMeter();
        m.AddReading(1.5);
        m.AddReading(2);
        if (m != null) Console.WriteLine(m.ReadingCount + "" "" + m.TotalReading);
        foreach (Meter each in new Meter[] { m, new Meter() }) Console.WriteLine(each.ReadingCount);
        IGauge g = new Gauge { CurrentLevel = 0.25 };
        Console.WriteLine(g.DescribeLevel() + "" "" + g.CurrentLevel);
        var e = new StoredEntry { EntryName = ""a"", EntryCount = 2 };
        e.Inner.PartValue = 7;
        Console.WriteLine(Js.Json.Stringify(e));
        Console.WriteLine(Js.Json.Stringify(new Envelope { kind = ""k"", item = new CarriedItem { CarriedWeight = 3 } }));
        Restored r = Js.Json.Parse<Restored>(""{\""RestoredValue\"":5}"");
        Console.WriteLine(r.RestoredValue + 1);
    }
}";

        const string Expected = "2 7\n2\n0\nlevel 0.25 0.25\n"
            + "{\"EntryName\":\"a\",\"EntryCount\":2,\"Inner\":{\"PartValue\":7}}\n"
            + "{\"kind\":\"k\",\"item\":{\"CarriedWeight\":3}}\n"
            + "6\n";

        static string Js(bool release)
        {
            var r = JsCompilation.Compile("public_names.cs", Program, release: release);
            Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
            return r.Js!;
        }

        [Test]
        public void MembersOnlyTheBundleReachesAreShortened()
        {
            string debug = Js(false), release = Js(true);
            Assert.That(JintRunner.Run(debug), Is.EqualTo(Expected));
            Assert.That(JintRunner.Run(release), Is.EqualTo(Expected));
            Assert.That(debug, Does.Contain(".ReadingCount").And.Contain(".AddReading(").And.Contain(".CurrentLevel").And.Contain(".DescribeLevel("),
                "debug printing keeps C# names");
            foreach (var name in new[] { "ReadingCount", "TotalReading", "AddReading", "CurrentLevel", "DescribeLevel" })
                Assert.That(release, Does.Not.Match(@"\b" + name + @"\b"), name);
            Assert.That(Js(true), Is.EqualTo(release), "deterministic");
        }

        [Test]
        public void InstancesThatLeaveTheBundleKeepTheirNames()
        {
            string release = Js(true);
            Assert.That(JintRunner.Run(release), Is.EqualTo(Expected));
            // The names are properties in the code, not only in the JSON text the program holds.
            foreach (var name in new[] { "EntryName", "EntryCount", "Inner", "PartValue", "CarriedWeight", "RestoredValue" })
                Assert.That(Regex.IsMatch(release, @"\." + name + @"\b"), Is.True, name);
        }

        [Test]
        public void TheMapNamesShortenedMembers()
        {
            var r = JsCompilation.Compile("public_names.cs", Program, release: true);
            Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
            Assert.That(r.SourceMap, Does.Contain("\"AddReading\"").And.Contain("\"ReadingCount\""));
        }
    }
}
