using System.Linq;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>The size report (cs2js --report): each type's static initialisers count for that type,
    /// although the bundle prints them after every class.</summary>
    [TestFixture, Category("Stages")]
    public sealed class ReportTests
    {
        const string Source = @"using System;
static class Table
{
    public static readonly string[] Rows = { ""alpha-row-text-0001"", ""beta-row-text-0002"", ""gamma-row-text-0003"", ""delta-row-text-0004"", ""epsilon-row-text-0005"", ""zeta-row-text-0006"" };
    public static int Count() => Rows.Length;
}
static class Tail { public static int One() => 1; }
public static class Program
{
    public static void Main() { Console.WriteLine(Table.Count() + Tail.One()); }
}
";

        [TestCase(false)]
        [TestCase(true)]
        public void StaticInitialisersCountForTheirOwnType(bool release)
        {
            var r = Compiler.Compile(new[] { new SourceFile("p.cs", Source) }, new CompileOptions { Report = true, Minify = release });
            Assert.That(r.Success, Is.True, string.Join("\n", r.Diagnostics));
            Assert.That(r.Js, Does.Contain("alpha-row-text-0001"), "the table is initialised eagerly, after the classes");
            int rows = "alpha-row-text-0001beta-row-text-0002gamma-row-text-0003delta-row-text-0004epsilon-row-text-0005zeta-row-text-0006".Length;
            var types = r.Parts.Where(p => p.Kind == "type").ToDictionary(p => p.Name, p => p.Bytes);
            Assert.That(types.Keys, Is.SupersetOf(new[] { "Table", "Tail", "Program" }));
            Assert.That(types["Table"], Is.GreaterThan(rows), "Table carries its rows");
            foreach (var (name, bytes) in types.Where(t => t.Key != "Table"))
                Assert.That(bytes, Is.LessThan(rows), name + " is charged for another type's statics");
            Assert.That(r.Parts.Where(p => p.Kind is "type" or "helper" or "statics" or "entry").Sum(p => p.Bytes), Is.LessThanOrEqualTo(r.Js!.Length));
        }
    }
}
