using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// Whether the reached code can tell which .NET class a caught exception has (beyond what a typed
    /// catch, is/as or a cast names, which the bundler sees in the tree): it calls GetType() or ToString()
    /// on an exception, prints one in an interpolation, lets one become object or an interface (where
    /// string conversion, formatting or reflection can see its type), or uses a generic or array over
    /// exceptions, rethrows one it caught and converted (an unhandled exception is reported with its type name;
    /// a bare <c>catch { throw; }</c> rethrows the JS value as caught, see <see cref="ConvertsCaught"/>), or
    /// hands one to library code (TaskCompletionSource.SetException…), or has a record or anonymous
    /// object print one. A program that only reads Message, InnerException or StackTrace cannot tell, and its
    /// catch blocks turn JS errors into plain exceptions with .NET's messages (Runtime/excPlain.js): the
    /// bundle carries no exception class it does not name.
    /// </summary>
    public static class ExceptionTypes
    {
        public static bool Observable(CSharpCompilation compilation, ReachedSet reached) => Why(compilation, reached) != null;

        /// <summary>Where the reached code first tells exception classes apart (file:line and what), or null.</summary>
        public static string? Why(CSharpCompilation compilation, ReachedSet reached)
        {
            var exception = compilation.GetTypeByMetadataName("System.Exception");
            if (exception == null) return "no System.Exception";
            static string At(IOperation op, string what) => op.Syntax.GetLocation().GetLineSpan() is var l
                ? $"{System.IO.Path.GetFileName(l.Path)}:{l.StartLinePosition.Line + 1}: {what}" : what;
            bool IsException(ITypeSymbol? t) => t != null && t.TypeKind != TypeKind.TypeParameter && Derives(t, exception);
            bool Mentions(ITypeSymbol? t) => t switch
            {
                IArrayTypeSymbol a => IsException(a.ElementType) || Mentions(a.ElementType),
                INamedTypeSymbol n => n.TypeArguments.Any(a => IsException(a) || Mentions(a)),
                _ => false,
            };
            bool filters = compilation.SyntaxTrees.Any(tr => tr.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.CatchFilterClauseSyntax>().Any());
            foreach (var m in reached.Members)
            {
                if (m is IPropertySymbol { ContainingType.IsRecord: true } p && IsException(p.Type)) return $"{m.ToDisplayString()}: a record prints its exception";
                if (m is IFieldSymbol { ContainingType.IsRecord: true } f && IsException(f.Type)) return $"{m.ToDisplayString()}: a record prints its exception";
                foreach (var op in reached.Code(compilation).Of(m))
                {
                    if (Mentions(op.Type)) return At(op, "a type over exceptions");
                    switch (op)
                    {
                        case IConversionOperation c when IsException(c.Operand.Type) && !IsException(c.Type):
                            return At(op, "an exception converted to " + c.Type?.ToDisplayString());
                        case IInvocationOperation inv when inv.TargetMethod.Name is "GetType" or "ToString" && IsException(inv.Instance?.Type):
                            return At(op, inv.TargetMethod.Name + "() on an exception");
                        case IInvocationOperation inv when inv.TargetMethod.TypeArguments.Any(a => IsException(a) || Mentions(a)):
                            return At(op, "a generic call over exceptions");
                        case IInterpolationOperation hole when IsException(hole.Expression.Type):
                            return At(op, "an exception printed");
                        case IThrowOperation th when th.Exception == null ? !RethrowsUnconverted(th, filters) : Unwrap(th.Exception) is not IObjectCreationOperation:
                            return At(op, "a caught exception thrown again");
                        case IAnonymousObjectCreationOperation ao when ao.Initializers.Any(i => IsException(Unwrap(i) is ISimpleAssignmentOperation a ? a.Value.Type : i.Type)):
                            return At(op, "an anonymous object holding an exception");
                        case IInvocationOperation lib when !Reachability.IsSource(lib.TargetMethod) && lib.Arguments.Any(a => IsException(a.Value.Type)) && !ReadsOnlyWhatWasThrown(lib.TargetMethod):
                            return At(op, "an exception passed to " + lib.TargetMethod.ToDisplayString());
                        case IObjectCreationOperation oc when oc.Constructor is { } ctor && !Reachability.IsSource(ctor) && !IsException(oc.Type)
                                                              && oc.Arguments.Any(a => IsException(a.Value.Type)):
                            return At(op, "an exception passed to " + oc.Constructor.ToDisplayString());
                    }
                }
            }
            return null;
        }

        /// <summary>A (one-pass) try's catch blocks turn the caught JS value into a .NET exception: some
        /// catch binds it, tests its type or filters it. A bare <c>catch { }</c> or <c>catch (Exception)</c>
        /// never looks at it, and its <c>throw;</c> rethrows the value as caught (an enclosing catch converts
        /// it, as it would without this try), so small bundles need no exception runtime.</summary>
        public static bool ConvertsCaught(ITryOperation t) => t.Catches.Any(c => c.Filter != null || c.ExceptionDeclarationOrExpression != null
            || c.ExceptionType != null && c.ExceptionType.ToDisplayString() is not ("System.Exception" or "object"));

        /// <summary>A <c>throw;</c> that rethrows the value as it was caught, unconverted: its try converts
        /// nothing and runs in one pass (no <c>catch … when</c> in the program: two-pass catches convert).</summary>
        static bool RethrowsUnconverted(IThrowOperation th, bool filters)
        {
            if (filters) return false;
            for (var p = th.Parent; p != null; p = p.Parent)
                if (p is ICatchClauseOperation { Parent: ITryOperation t }) return !ConvertsCaught(t);
            return false;
        }

        /// <summary>An interop template that reads of its exception arguments only <c>.$js</c>, the JS value
        /// the catch converted (Bindings' <c>JsError.Thrown</c>): the same value whichever class $exc made.</summary>
        static bool ReadsOnlyWhatWasThrown(IMethodSymbol m)
        {
            if (Name.Attr.String(m, "Js.TemplateAttribute") is not { } tpl) return false;
            for (int i = 0; i < m.Parameters.Length; i++)
            {
                var p = m.Parameters[i];
                if (!IsExceptionType(p.Type)) continue;
                foreach (var hole in new[] { "{" + p.Name + "}", "{" + i + "}" })
                    for (int at = tpl.IndexOf(hole, StringComparison.Ordinal); at >= 0; at = tpl.IndexOf(hole, at + 1, StringComparison.Ordinal))
                        if (string.CompareOrdinal(tpl, at + hole.Length, ".$js", 0, 4) != 0 || tpl.Length > at + hole.Length + 4 && char.IsLetterOrDigit(tpl[at + hole.Length + 4])) return false;
                if (tpl.Contains("{" + p.Name + ":", StringComparison.Ordinal) || tpl.Contains("{*" + p.Name + "}", StringComparison.Ordinal)) return false;
            }
            return true;
        }

        static bool IsExceptionType(ITypeSymbol t)
        {
            for (var b = t; b != null; b = b.BaseType)
                if (b.ToDisplayString() == "System.Exception") return true;
            return false;
        }

        static IOperation Unwrap(IOperation op) => op is IConversionOperation { IsImplicit: true } c ? Unwrap(c.Operand) : op;

        static bool Derives(ITypeSymbol t, INamedTypeSymbol baseType)
        {
            for (var b = t; b != null; b = b.BaseType)
                if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, baseType)) return true;
            return false;
        }
    }
}
