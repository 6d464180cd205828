using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cs2Js.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Source map v3 round trip: the map is valid JSON, names the .cs file, and the first
    /// Console.WriteLine in Main maps back to its C# line.</summary>
    [TestFixture, NonParallelizable, Category("SourceMap")]
    public sealed class SourceMapTests
    {
        public sealed record Segment(int GenLine, int GenCol, int Source, int SrcLine, int SrcCol);

        /// <summary>Decodes the "mappings" field (Base64 VLQ, fields relative to the previous segment;
        /// the generated column resets on every line).</summary>
        public static List<Segment> Decode(string mappings)
        {
            const string b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            var result = new List<Segment>();
            int source = 0, srcLine = 0, srcCol = 0, name = 0;
            var lines = mappings.Split(';');
            for (int line = 0; line < lines.Length; line++)
            {
                int genCol = 0;
                foreach (var seg in lines[line].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var fields = new List<int>();
                    int value = 0, shift = 0;
                    foreach (var ch in seg)
                    {
                        int digit = b64.IndexOf(ch);
                        if (digit < 0) throw new FormatException("bad base64 char '" + ch + "' in mappings");
                        value += (digit & 31) << shift;
                        if ((digit & 32) != 0) { shift += 5; continue; }
                        fields.Add((value & 1) != 0 ? -(value >> 1) : value >> 1);
                        value = 0; shift = 0;
                    }
                    if (shift != 0) throw new FormatException("truncated VLQ in segment " + seg);
                    if (fields.Count != 1 && fields.Count != 4 && fields.Count != 5) throw new FormatException("segment with " + fields.Count + " fields");
                    genCol += fields[0];
                    if (fields.Count >= 4)
                    {
                        source += fields[1]; srcLine += fields[2]; srcCol += fields[3];
                        if (fields.Count == 5) name += fields[4];
                        result.Add(new Segment(line, genCol, source, srcLine, srcCol));
                    }
                }
            }
            return result;
        }

        [Test]
        public void VlqDecoderReadsKnownValues()
        {
            // "AAAA" = all zeros; "CAAC" = col+1, src line+0, col+1; "gBAAA": 16 (g = 32|0, B = 1 → 16)
            var s = Decode("AAAA,CAAC;gBACA");
            Assert.That(s, Is.EqualTo(new[] { new Segment(0, 0, 0, 0, 0), new Segment(0, 1, 0, 0, 1), new Segment(1, 16, 0, 1, 1) }));
            Assert.That(Decode("D").Count, Is.EqualTo(0)); // 1-field segment: no source
            Assert.That(Decode("AADA")[0].SrcLine, Is.EqualTo(-1));
        }

        public static IEnumerable<TestCaseData> Samples() =>
            Sample.All.Select(s => new TestCaseData(s).SetName("SourceMap " + s.RelativePath));

        /// <summary>0-based line of the first Console.WriteLine/Write call inside Main, or null.</summary>
        public static int? FirstWriteLineInMain(string text)
        {
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            var main = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "Main");
            var call = main?.DescendantNodes().OfType<InvocationExpressionSyntax>().FirstOrDefault(i =>
                i.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Console" } } ma
                && ma.Name.Identifier.Text is "WriteLine" or "Write"
                && !i.Ancestors().Any(a => a is LambdaExpressionSyntax || a is LocalFunctionStatementSyntax));
            return call?.GetLocation().GetLineSpan().StartLinePosition.Line;
        }

        [TestCaseSource(nameof(Samples))]
        public void MapsBackToCSharp(Sample sample)
        {
            var r = JsCompilation.Compile(sample);
            if (!r.Success || r.Js == null)
            {
                // No bundle: a pinned refusal (checked by the differential test) passes here, anything else fails.
                if (sample.KnownDivergence != null) Assert.Pass("refused; the refusal is pinned by the differential test");
                Assert.Fail("not compiled:\n" + JsCompilation.Describe(r));
            }
            Assert.That(r.SourceMap, Is.Not.Null.And.Not.Empty, "no source map produced");
            Assert.That(r.Js, Does.Contain("//# sourceMappingURL=" + sample.JsFileName + ".map"), "missing sourceMappingURL comment");

            using var doc = JsonDocument.Parse(r.SourceMap!);
            var map = doc.RootElement;
            Assert.That(map.GetProperty("version").GetInt32(), Is.EqualTo(3));
            Assert.That(map.GetProperty("file").GetString(), Is.EqualTo(sample.JsFileName));
            var sources = map.GetProperty("sources").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
            int csIndex = sources.FindIndex(s => s.Replace('\\', '/').EndsWith(sample.RelativePath.Split('/').Last(), StringComparison.Ordinal));
            Assert.That(csIndex, Is.GreaterThanOrEqualTo(0), "sources does not name the .cs file: " + string.Join(", ", sources));

            var segments = Decode(map.GetProperty("mappings").GetString() ?? "");
            var jsLines = r.Js!.Replace("\r\n", "\n").Split('\n');
            foreach (var s in segments)
            {
                Assert.That(s.GenLine, Is.LessThan(jsLines.Length), "segment beyond the end of the bundle: " + s);
                Assert.That(s.GenCol, Is.InRange(0, jsLines[s.GenLine].Length), "segment column out of range: " + s);
                Assert.That(s.Source, Is.InRange(0, sources.Count - 1), "bad source index: " + s);
                Assert.That(s.SrcLine, Is.GreaterThanOrEqualTo(0), "negative source line: " + s);
            }

            var line = FirstWriteLineInMain(sample.Text);
            if (line == null) Assert.Pass("no Console.WriteLine directly in Main");
            Assert.That(segments.Any(s => s.Source == csIndex && s.SrcLine == line), Is.True,
                $"no mapping points at C# line {line + 1} (first Console.WriteLine in Main); mapped lines: " +
                string.Join(",", segments.Where(s => s.Source == csIndex).Select(s => s.SrcLine + 1).Distinct().OrderBy(x => x)));
        }

        [Test]
        public void LambdaBodiesAreMapped()
        {
            const string source = @"using System;
using System.Linq;
public static class Program
{
    public static void Main()
    {
        Func<int, int> twice = x =>
        {
            var y = x * 2;
            return y;
        };
        var squares = new[] { 1, 2, 3 }.Select(n =>
            n * n);
        Console.WriteLine(twice(4) + squares.Sum());
    }
}
";
            var r = JsCompilation.Compile("lambdas.cs", source);
            Assert.That(r.Success, Is.True, JsCompilation.Describe(r));
            using var doc = JsonDocument.Parse(r.SourceMap!);
            var lines = Decode(doc.RootElement.GetProperty("mappings").GetString()!).Select(s => s.SrcLine + 1).ToHashSet();
            Assert.That(lines, Does.Contain(9), "a statement inside a block lambda (line 9)");
            Assert.That(lines, Does.Contain(10), "the return inside a block lambda (line 10)");
            Assert.That(lines, Does.Contain(13), "an expression lambda's body on its own line (line 13)");
        }
    }
}
