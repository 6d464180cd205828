using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Every BCL mapping is keyed by the documentation id of a real .NET member: a typo'd key
    /// would silently never match (and the member would be refused as unmapped).</summary>
    [TestFixture, Category("SyntaxTree")]
    public sealed class BclMapTests
    {
        /// <summary>Indexers are named Chars/Item in doc-ids but this[] in Roslyn, which the id lookup misses:
        /// find the type and compare its indexers' own doc-ids.</summary>
        static bool IsIndexer(string id, Compilation compilation)
        {
            var paren = id.IndexOf('(');
            if (!id.StartsWith("P:", StringComparison.Ordinal) || paren < 0) return false;
            var dot = id.LastIndexOf('.', paren);
            var type = compilation.GetTypeByMetadataName(id.Substring(2, dot - 2));
            return type != null && type.GetMembers().OfType<IPropertySymbol>().Any(p => p.IsIndexer && p.GetDocumentationCommentId() == id);
        }

        [Test]
        public void EveryMappingNamesARealMember()
        {
            var compilation = Compiler.CreateCompilation(new[] { new SourceFile("empty.cs", "static class E { }") });
            var missing = new List<string>();
            foreach (var key in Bcl.BclMap.Keys.Concat(Bcl.BclMap.CustomKeys).Concat(Bcl.BclMap.TaskKeys))
            {
                var id = key.EndsWith("|set", StringComparison.Ordinal) ? key.Substring(0, key.Length - 4) : key;
                if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) == null && !IsIndexer(id, compilation)) missing.Add(key);
            }
            Assert.That(missing, Is.Empty, "mappings whose doc-id names no member of the reference assemblies:\n" + string.Join("\n", missing));
        }
    }
}
