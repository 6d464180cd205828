using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Pay-for-play exceptions: a program that only reads a caught exception's Message gets the
    /// plain $exc (Runtime/excPlain.js) and no exception class it does not name; one that can tell the
    /// classes apart (GetType, ToString, a typed catch, a rethrow) keeps them. Both print what .NET prints.</summary>
    [TestFixture]
    public sealed class ExceptionClassesTests
    {
        const string Body = @"
using System;
using System.Collections.Generic;
static class Program
{
    static string Show(Exception e) => OBSERVE;
    static void Try(Action a) { try { a(); } catch (Exception e) { Console.WriteLine(Show(e)); } }
    static void Main()
    {
        var list = new List<int> { 1 };
        string s = list.Count > 5 ? ""x"" : null;
        var d = new Dictionary<string, int>();
        var array = new int[2];
        int i = list.Count + 2;
        Try(() => Console.WriteLine(s.Length));
        Try(() => Console.WriteLine(d[""missing""]));
        Try(() => Console.WriteLine(list[i]));
        Try(() => Console.WriteLine(array[i]));
        Try(() => Console.WriteLine(""abc"".Substring(i + 5)));
        Try(() => throw new InvalidOperationException(""mine""));
    }
}";

        static (string Js, string Output) Check(string observe)
        {
            var source = Body.Replace("OBSERVE", observe);
            var dotnet = DotNetRunner.RunUncached("exception_classes.cs", source);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            string? js = null;
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("exception_classes.cs", source, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
                if (!release) js = r.Js!;
            }
            return (js!, dotnet.Output);
        }

        [Test]
        public void MessagesOnlyCarryNoExceptionClassesTheProgramDoesNotName()
        {
            var (js, output) = Check("e.Message");
            Assert.That(output, Does.Contain("Object reference not set to an instance of an object."));
            Assert.That(js, Does.Contain("class $Exception"));
            foreach (var name in new[] { "$NullReferenceException", "$KeyNotFoundException", "$IndexOutOfRangeException", "$ArgumentOutOfRangeException", "$ArgumentException" })
                Assert.That(js, Does.Not.Contain(name), name);
            // Created by the program itself: carried, and caught as it is.
            Assert.That(js, Does.Contain("class $InvalidOperationException"));
        }

        [Test]
        public void TypeNamesKeepTheClasses()
        {
            var (js, output) = Check("e.GetType().Name + \": \" + e.Message");
            Assert.That(output, Does.Contain("NullReferenceException: ").And.Contain("KeyNotFoundException: "));
            foreach (var name in new[] { "$NullReferenceException", "$KeyNotFoundException", "$IndexOutOfRangeException", "$ArgumentOutOfRangeException" })
                Assert.That(js, Does.Contain("class " + name), name);
        }

        [Test]
        public void ATypedCatchKeepsTheClasses()
        {
            var (js, _) = Check("e is ArgumentException ? \"argument: \" + e.Message : e.Message");
            Assert.That(js, Does.Contain("class $ArgumentOutOfRangeException").And.Contain("class $NullReferenceException"));
        }

        /// <summary>A bare <c>catch { …; throw; }</c> does not look at the exception: it rethrows the JS
        /// value as caught (the enclosing catch converts it, as without the inner try), so it neither
        /// converts nor makes the classes observable (it did before: "a caught exception thrown again").</summary>
        [Test]
        public void ABareRethrowKeepsTheConversionPlain()
        {
            const string source = @"
using System;
using System.Collections.Generic;
static class Program
{
    static int cleanups;
    static void Run(Action a) { try { a(); } catch { cleanups++; throw; } }
    static void Main()
    {
        var d = new Dictionary<string, int>();
        string s = d.Count > 5 ? ""x"" : null;
        Action[] work = { () => Console.WriteLine(s.Length), () => Console.WriteLine(d[""missing""]), () => throw new InvalidOperationException(""mine"") };
        foreach (var a in work)
            try { Run(a); } catch (Exception e) { Console.WriteLine(e.Message); }
        Console.WriteLine(cleanups);
    }
}";
            var dotnet = DotNetRunner.RunUncached("bare_rethrow.cs", source);
            Assert.That(dotnet.Compiled, Is.True, dotnet.CompileErrors);
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("bare_rethrow.cs", source, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo(dotnet.Output), release ? "release" : "debug");
                if (release) continue;
                Assert.That(r.Js, Does.Contain("class $Exception").And.Contain("class $InvalidOperationException"));
                foreach (var name in new[] { "$NullReferenceException", "$KeyNotFoundException" })
                    Assert.That(r.Js, Does.Not.Contain(name), name);
                Assert.That(System.Text.RegularExpressions.Regex.Matches(r.Js!, @"\$exc\(").Count, Is.EqualTo(2), "the definition and the outer catch: the bare catch converts nothing");
            }
        }

        /// <summary>Interop reads what JavaScript threw (Bindings' <c>JsError.Thrown</c>: a TypeError stays a
        /// TypeError there, while the catch block's exception is .NET's NullReferenceException), and
        /// reading it does not make exception classes observable: the conversion stays plain.</summary>
        [Test]
        public void InteropReadsTheErrorAsThrown()
        {
            const string source = @"
using System;
using System.Collections.Generic;
static class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>();
        string s = d.Count > 5 ? ""x"" : null;
        try { Console.WriteLine(s.Length); }
        catch (Exception e) { Console.WriteLine(e.Message); Console.WriteLine(Js.JsError.Thrown(e)?.Name ?? ""none""); }
        try { throw new InvalidOperationException(""mine""); }
        catch (Exception e) { Console.WriteLine(e.Message); Console.WriteLine(Js.JsError.Thrown(e)?.Name ?? ""none""); }
    }
}";
            foreach (var release in new[] { false, true })
            {
                var r = JsCompilation.Compile("thrown.cs", source, release: release);
                Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
                Assert.That(JintRunner.Run(r.Js!), Is.EqualTo("Object reference not set to an instance of an object.\nTypeError\nmine\nnone\n"), release ? "release" : "debug");
                if (!release) Assert.That(r.Js, Does.Not.Contain("$NullReferenceException"));
            }
        }
    }
}
