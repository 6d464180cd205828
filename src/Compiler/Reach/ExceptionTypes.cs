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
    /// exceptions, rethrows one it caught (an unhandled exception is reported with its type name), or
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
            foreach (var m in reached.Members)
            {
                if (m is IPropertySymbol { ContainingType.IsRecord: true } p && IsException(p.Type)) return $"{m.ToDisplayString()}: a record prints its exception";
                if (m is IFieldSymbol { ContainingType.IsRecord: true } f && IsException(f.Type)) return $"{m.ToDisplayString()}: a record prints its exception";
                foreach (var sr in m.DeclaringSyntaxReferences)
                {
                    var model = compilation.GetSemanticModel(sr.SyntaxTree);
                    foreach (var node in sr.GetSyntax().DescendantNodesAndSelf())
                        if (model.GetOperation(node) is { Parent: null } root)
                            foreach (var op in root.DescendantsAndSelf())
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
                                    case IThrowOperation th when th.Exception == null || Unwrap(th.Exception) is not IObjectCreationOperation:
                                        return At(op, "a caught exception thrown again");
                                    case IAnonymousObjectCreationOperation ao when ao.Initializers.Any(i => IsException(Unwrap(i) is ISimpleAssignmentOperation a ? a.Value.Type : i.Type)):
                                        return At(op, "an anonymous object holding an exception");
                                    case IInvocationOperation lib when !Reachability.IsSource(lib.TargetMethod) && lib.Arguments.Any(a => IsException(a.Value.Type)):
                                        return At(op, "an exception passed to " + lib.TargetMethod.ToDisplayString());
                                    case IObjectCreationOperation oc when oc.Constructor is { } ctor && !Reachability.IsSource(ctor) && !IsException(oc.Type)
                                                                          && oc.Arguments.Any(a => IsException(a.Value.Type)):
                                        return At(op, "an exception passed to " + oc.Constructor.ToDisplayString());
                                }
                            }
                }
            }
            return null;
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
