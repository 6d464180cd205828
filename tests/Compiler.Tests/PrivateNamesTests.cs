using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Release printing shortens the names of C# private members, and keeps every name the
    /// bundle could reach from elsewhere. The sample classes/private_members.cs proves behaviour against
    /// .NET in both printings; these cases pin which names are shortened and which are kept.</summary>
    [TestFixture]
    public sealed class PrivateNamesTests
    {
        const string Program = @"
using System;
class Meter
{
    private double accumulatedReading;
    private int clash;
    // As short as a new name: it keeps its own, and no other private member may be given it.
    private int a = 7;
    private static int createdMeters;
    private string ToString(int digits) => accumulatedReading.ToString(""F"" + digits);
    private void AccumulateReading(double v) => accumulatedReading += v;
    public Meter() { createdMeters++; }
    public void Feed(double v) { AccumulateReading(v); clash++; }
    public string Show() => ToString(2) + "" "" + clash + "" "" + createdMeters + "" "" + a;
}
[Js.ObjectLiteral] class Other { public int clash; }
static class Program
{
    static void Main()
    {
        var m = new Meter();
        m.Feed(1.25); m.Feed(2);
        Console.WriteLine(m.Show());
        Console.WriteLine(new Other { clash = 40 }.clash);
        Console.WriteLine(""accumulatedReading"".Length);
    }
}";

        static string Js(bool release)
        {
            var r = JsCompilation.Compile("private_names.cs", Program, release: release);
            Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
            return r.Js!;
        }

        [Test]
        public void PrivateNamesAreShortenedAndStillWork()
        {
            string debug = Js(false), release = Js(true);
            Assert.That(JintRunner.Run(release), Is.EqualTo(JintRunner.Run(debug)));
            Assert.That(JintRunner.Run(debug), Is.EqualTo("3.25 2 1 7\n40\n18\n"));
            Assert.That(debug, Does.Contain(".AccumulateReading(").And.Contain(".createdMeters"), "debug printing keeps C# names");
            Assert.That(release, Does.Not.Contain("AccumulateReading").And.Not.Contain("createdMeters"));
            Assert.That(Js(true), Is.EqualTo(release), "deterministic");
        }

        [Test]
        public void NamesReachableFromElsewhereAreKept()
        {
            string release = Js(true);
            // A field of an [ObjectLiteral] (a plain object, its names JavaScript's) has the same name: the private one keeps it too.
            Assert.That(release, Does.Contain(".clash"));
            // The same text as a string in the bundle: kept (it could be a key).
            Assert.That(release, Does.Contain(".accumulatedReading"));
            // A runtime contract, even on a private overload.
            Assert.That(release, Does.Contain("ToString(2)").Or.Contain("ToString$1(2)"));
        }
    }
}
