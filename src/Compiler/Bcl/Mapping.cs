using System;
using System.Collections.Immutable;
using System.Linq;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Bcl
{
    /// <summary>How a .NET member reaches JavaScript: the questions Check asks to refuse and Lower asks to
    /// translate, answered in one place so the two stages cannot disagree.</summary>
    public static class Mapping
    {
        /// <summary>A BCL member's template: its own, an overridden base member's, or the params-array twin
        /// of a `params ReadOnlySpan` overload.</summary>
        public static bool TryTemplate(ISymbol member, out string tpl)
        {
            for (ISymbol? cur = member; cur != null; cur = cur switch { IMethodSymbol m => m.OverriddenMethod, IPropertySymbol p => p.OverriddenProperty, _ => null })
            {
                var id = cur.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (BclMap.TryGetTemplate(id, out tpl)) return true;
                if (id.Contains("System.ReadOnlySpan{", StringComparison.Ordinal))
                {
                    var alt = System.Text.RegularExpressions.Regex.Replace(id, @"System\.ReadOnlySpan\{([^{}]+)\}", "$1[]");
                    if (BclMap.TryGetTemplate(alt, out tpl)) return true;
                }
            }
            tpl = "";
            return false;
        }

        /// <summary>decimal ($Dec) and BigInteger (BigInt): numbers whose operators Lower translates itself
        /// (Emitter.Decimals.cs), not through their op_* templates.</summary>
        public static bool IsNumberObject(ITypeSymbol? t)
        {
            var u = Underlying(t);
            return u?.SpecialType == SpecialType.System_Decimal || u?.ToDisplayString() == "System.Numerics.BigInteger";
        }

        public static string DocId(ISymbol s) => s.OriginalDefinition.GetDocumentationCommentId() ?? s.ToDisplayString();

        public static bool IsObjectLiteral(ITypeSymbol? t)
        {
            for (var cur = t as INamedTypeSymbol; cur != null; cur = cur.BaseType)
                if (Attr.Has(cur, "Js.ObjectLiteralAttribute")) return true;
            return false;
        }

        public static ITypeSymbol? Underlying(ITypeSymbol? t) =>
            t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : t;

        public static IOperation StripImplicit(IOperation op)
        {
            while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
            return op;
        }

        /// <summary>The JavaScript text of an argument a custom mapping may inspect: a constant's literal, or a
        /// BCL property whose template is a constant (StringComparer.Ordinal → $ordinal); "" otherwise.</summary>
        public static string ArgumentSource(IOperation op)
        {
            op = StripImplicit(op);
            if (op.ConstantValue.HasValue)
                return op.ConstantValue.Value switch
                {
                    null => "null",
                    string s => Print.Printer.Quote(s),
                    bool b => b ? "true" : "false",
                    char c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? "",
                };
            if (op is IPropertyReferenceOperation { Instance: null } p && TryTemplate(p.Property, out var tpl) && !tpl.Contains('{'))
                return tpl;
            return "";
        }

        /// <summary>Runs a custom mapping: its template, or null with the reason it refuses these arguments.</summary>
        public static string? Custom(Func<TemplateContext, string?> map, IInvocationOperation inv, out string? refusal, bool slotOrdered = false)
        {
            var ordered = inv.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).ToList();
            var ctx = new TemplateContext(ordered.Count)
            {
                Source = i => ArgumentSource(ordered[i].Value),
                // An array passed as System.Array (Array.Clear, Array.Copy) or IEnumerable (Cast) keeps its element type.
                ArgTypes = ordered.Select(a => (a.Value is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Array or SpecialType.System_Collections_IEnumerable } cv ? cv.Operand : a.Value)
                    .Type?.ToDisplayString() ?? "").ToList(),
                TypeArgs = inv.TargetMethod.TypeArguments.Select(t => t.ToDisplayString()).ToList(),
                KeyByValue = i => i < inv.TargetMethod.TypeArguments.Length && KeyEquality.ByValue(inv.TargetMethod.TypeArguments[i]),
                KeyAnonymous = i => i < inv.TargetMethod.TypeArguments.Length && KeyEquality.IsAnonymous(inv.TargetMethod.TypeArguments[i]),
                ElementsByJsIdentity = nanEqual => (inv.TargetMethod.ContainingType.TypeArguments.FirstOrDefault() ?? inv.TargetMethod.TypeArguments.FirstOrDefault()) is { } e
                    && KeyEquality.ByJsIdentity(e, nanEqual),
                SlotOrdered = slotOrdered,
            };
            var template = map(ctx);
            refusal = template == null ? ctx.RefusalReason ?? $"'{inv.TargetMethod.ToDisplayString()}' is not available in cs2js" : null;
            return template;
        }

        /// <summary>Runs a custom mapping of a constructor; KeyByValue speaks of the created type's arguments.</summary>
        public static string? CustomCtor(Func<TemplateContext, string?> map, IObjectCreationOperation oc, out string? refusal, bool slotOrdered = false)
        {
            var ordered = oc.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).ToList();
            var targs = (oc.Type as INamedTypeSymbol)?.TypeArguments ?? ImmutableArray<ITypeSymbol>.Empty;
            var ctx = new TemplateContext(ordered.Count)
            {
                Source = i => ArgumentSource(ordered[i].Value),
                ArgTypes = ordered.Select(a => a.Value.Type?.ToDisplayString() ?? "").ToList(),
                TypeArgs = targs.Select(t => t.ToDisplayString()).ToList(),
                KeyByValue = i => i < targs.Length && KeyEquality.ByValue(targs[i]),
                KeyAnonymous = i => i < targs.Length && KeyEquality.IsAnonymous(targs[i]),
                SlotOrdered = slotOrdered,
            };
            var template = map(ctx);
            refusal = template == null ? ctx.RefusalReason ?? $"'{oc.Constructor?.ToDisplayString()}' is not available in cs2js" : null;
            return template;
        }

        /// <summary>Where a use of an unmapped member is reported: at the member's name (Console.Beep() → Beep).</summary>
        public static Location? MemberNameLocation(SyntaxNode? syn) => (syn switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax ma } => ma.Name,
            MemberAccessExpressionSyntax ma2 => ma2.Name,
            ObjectCreationExpressionSyntax oc => oc.Type,
            _ => syn,
        })?.GetLocation();

        public static string UnmappedMessage(ISymbol member, string id) =>
            $"'{member.ToDisplayString()}' is not available in cs2js (no mapping for {id}); use a supported API or a [Template] binding";
    }
}
