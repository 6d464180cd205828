using System.Linq;
using Cs2Js.Print;
using Cs2Js.Tests.Harness;
using Cs2Js.Tree;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Release printing's renamer: programs that make scoping hard print to shorter programs that
    /// still do the same (run under Jint, compared with the unrenamed program's output), and the renaming
    /// is deterministic. The differential suite proves the same on every compiled sample.</summary>
    [TestFixture, Category("SyntaxTree")]
    public sealed class MangleTests
    {
        static string Mangled(string js)
        {
            var tree = JsParser.ParseScript(js);
            return Printer.Print(tree, new PrintOptions { Minify = true, Renames = Mangler.Run(tree) }).Code;
        }

        static void SameBehaviour(string js, params string[] goneNames)
        {
            var mangled = Mangled(js);
            var expected = JintRunner.Run(js);
            Assert.That(expected, Is.Not.Empty, "the case prints something");
            Assert.That(JintRunner.Run(mangled), Is.EqualTo(expected), "renamed program:\n" + mangled);
            foreach (var n in goneNames) Assert.That(mangled, Does.Not.Contain(n), "renamed program:\n" + mangled);
            Assert.That(Mangled(js), Is.EqualTo(mangled), "deterministic");
        }

        [Test]
        public void ShadowingAndClosures() => SameBehaviour(@"
(() => {
  let counter = 10;
  function add(amount) { return counter + amount; }
  { let counter = 2; console.log(add(counter), counter); }
  const make = (start) => () => ++start + counter;
  const next = make(5);
  console.log(next(), next());
  for (let index = 0; index < 2; index++) { const counter = index * 3; console.log(add(counter)); }
})();", "counter", "amount", "make", "start", "index");

        [Test]
        public void FreeGlobalsAreNeverCaptured() => SameBehaviour(@"
var a = 'global a', b = 'global b';
(() => {
  let first = 1, second = 2, third = 3;
  function show(value) { console.log(a, b, value, first + second + third); }
  show('x');
  (() => { let inner = 4; console.log(a, inner, first); })();
})();", "first", "second", "third", "show", "inner");

        [Test]
        public void HoistingCatchPatternsAndNamedFunctions() => SameBehaviour(@"
(() => {
  function outer() {
    if (true) { var hoisted = 'h'; }
    try { throw new Error('boom'); } catch (problem) { console.log(problem.message, hoisted); }
    const { alpha, beta: renamed = 7, ...rest } = { alpha: 1, gamma: 3, delta: 4 };
    const [first, , third = 9] = [5, 6];
    const shorthand = { alpha, first };
    console.log(alpha, renamed, JSON.stringify(rest), first, third, JSON.stringify(shorthand));
    const fact = function factorial(n) { return n <= 1 ? 1 : n * factorial(n - 1); };
    console.log(fact(5), typeof factorial);
    switch (alpha) { case 1: { let inside = 'one'; console.log(inside); } }
    class Point { constructor(x) { this.x = x; } twice() { return new Point(this.x * 2); } }
    console.log(new Point(21).twice().x);
  }
  outer();
})();", "hoisted", "problem", "shorthand", "factorial(n", "inside", "Point");

        [Test]
        public void SourceMapNamesTheOriginals()
        {
            var tree = JsParser.ParseScript("(() => { let longName = 1; console.log(longName); })();");
            tree[0].Pos = new Span("a.cs", 3, 4, 3, 10);
            var printed = Printer.Print(tree, new PrintOptions { Minify = true, Renames = Mangler.Run(tree) });
            Assert.That(printed.Code, Does.Not.Contain("longName"));
            Assert.That(printed.Map.Names, Is.EqualTo(new[] { "longName" }));
            Assert.That(printed.Map.Segments.Count(s => s.name == 0), Is.EqualTo(2), "declaration and use");
        }
    }
}
