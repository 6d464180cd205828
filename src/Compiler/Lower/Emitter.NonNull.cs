using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Cs2Js.Name;
using Cs2Js.Tree;

namespace Cs2Js.Lower
{
    /// <summary>Strings that can never be null, proved from the code's structure alone (never from nullable
    /// annotations: a value that comes from JavaScript, JSON or an external can be null whatever its C# type
    /// says). A string operand of a concatenation prints as itself where it is one, not as <c>(v ?? "")</c>.
    /// <list type="bullet">
    /// <item>a literal, a constant, an interpolated string, a string concatenation (+ and +=), <c>nameof</c>;</item>
    /// <item><c>c ? a : b</c> and a switch expression whose arms all are; <c>a ?? b</c> where <c>b</c> is;</item>
    /// <item>a <c>System.String</c> method that returns a string (<c>Substring</c>, <c>Trim</c>, <c>Replace</c>,
    /// <c>Join</c>, <c>Format</c>…; not <c>IsInterned</c>), <c>ToString()</c> of a library value type or a
    /// <c>StringBuilder</c> (a class's <c>ToString</c> may return null);</item>
    /// <item>a call of a source method or property getter that cannot be overridden, whose every <c>return</c>
    /// is one (recursion counts as unknown);</item>
    /// <item>a string parameter of an ordinary source method that only calls found by name reach (no override,
    /// interface, delegate, nor a name C# or the runtime calls implicitly), never written with anything else, that
    /// every call passes such a string (or its constant default);</item>
    /// <item>a local declared by <c>T x = …;</c> (not a <c>foreach</c>, pattern or <c>out var</c> variable)
    /// whose every write anywhere, lambdas and local functions included, stores one (=, +=, ??= with such a
    /// value) and that is never passed by <c>ref</c>/<c>out</c> nor deconstructed into. C#'s definite
    /// assignment makes every read come after a write, captured reads included.</item>
    /// </list></summary>
    public sealed partial class Emitter
    {
        readonly Dictionary<ISymbol, bool> nonNullSymbols = new(SymbolEqualityComparer.Default);

        bool IsKnownNonNull(IOperation? op)
        {
            if (op == null) return false;
            op = StripImplicit(op);
            if (op.ConstantValue.HasValue) return op.ConstantValue.Value != null;
            switch (op)
            {
                case IInterpolatedStringOperation: case ILiteralOperation: case INameOfOperation:
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b when IsString(b.Type):
                    return true;
                case IConditionalOperation { WhenFalse: { } f } c:
                    return IsKnownNonNull(c.WhenTrue) && IsKnownNonNull(f);
                case ISwitchExpressionOperation sw:
                    return sw.Arms.Length > 0 && sw.Arms.All(a => IsKnownNonNull(a.Value));
                case ICoalesceOperation co:
                    return IsKnownNonNull(co.WhenNull);
                case IInvocationOperation inv:
                    return NonNullInvocation(inv);
                case IPropertyReferenceOperation { Property.GetMethod: { } get, Arguments.Length: 0 } pr when IsString(pr.Type):
                    return NonNullMember(get);
                case ILocalReferenceOperation lr:
                    return NonNullLocal(lr.Local);
                case IParameterReferenceOperation pr:
                    return NonNullParameter(pr.Parameter);
            }
            return false;
        }

        bool NonNullInvocation(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (!IsString(m.ReturnType)) return false;
            if (m.ContainingType.SpecialType == SpecialType.System_String) return m.Name != "IsInterned";
            if (m.Name == "ToString" && m.Parameters.Length == 0 && inv.Instance is { } recv)
            {
                var t = StripImplicit(recv).Type;
                if (t == null || t is ITypeParameterSymbol) return false;
                if (t.IsValueType && !IsSource(t)) return true;
                return t.ToDisplayString() == "System.Text.StringBuilder";
            }
            return NonNullMember(m);
        }

        /// <summary>A source method (or getter) no override can replace, whose returns all are never-null strings.</summary>
        bool NonNullMember(IMethodSymbol m)
        {
            m = m.OriginalDefinition;
            if (!IsString(m.ReturnType)) return false;
            if (!IsSource(m) || m.IsExtern || m.IsAbstract || m.IsAsync || m.IsPartialDefinition || Naming.IsExternal(m.ContainingType)) return false;
            if ((m.IsVirtual || m.IsOverride) && !m.IsSealed && !m.ContainingType.IsSealed) return false;
            if (m.ContainingType.TypeKind == TypeKind.Interface) return false;
            if (m.GetAttributes().Any(a => a.AttributeClass?.Name is "TemplateAttribute" or "ExternalAttribute" or "NameAttribute")) return false;
            if (nonNullSymbols.TryGetValue(m, out var known)) return known;
            nonNullSymbols[m] = false; // while it is being decided, a recursive call is unknown
            bool result = false;
            if (m.DeclaringSyntaxReferences.Length == 1)
            {
                var syntax = m.DeclaringSyntaxReferences[0].GetSyntax();
                SyntaxNode? body = syntax switch
                {
                    BaseMethodDeclarationSyntax md => (SyntaxNode?)md.Body ?? md.ExpressionBody,
                    LocalFunctionStatementSyntax lf => (SyntaxNode?)lf.Body ?? lf.ExpressionBody,
                    AccessorDeclarationSyntax ad => (SyntaxNode?)ad.Body ?? ad.ExpressionBody,
                    ArrowExpressionClauseSyntax arrow => arrow,
                    _ => null,
                };
                if (body != null && Model(body.SyntaxTree).GetOperation(body) is { } op)
                {
                    if (op is IBlockOperation || op.Parent is IBlockOperation)
                    {
                        var root = op is IBlockOperation ? op : op.Parent!;
                        var returns = new List<IReturnOperation>();
                        bool opaque = false;
                        void Visit(IOperation o)
                        {
                            if (o is IAnonymousFunctionOperation or ILocalFunctionOperation) return;
                            if (o is IReturnOperation r) returns.Add(r);
                            if (o is IInvalidOperation) opaque = true;
                            foreach (var c in o.ChildOperations) Visit(c);
                        }
                        Visit(root);
                        result = !opaque && returns.Count > 0 && returns.All(r => r.ReturnedValue != null && IsKnownNonNull(r.ReturnedValue));
                    }
                }
            }
            nonNullSymbols[m] = result;
            return result;
        }

        /// <summary>A local whose every write stores a never-null string (see the class summary).</summary>
        bool NonNullLocal(ILocalSymbol local)
        {
            if (!IsString(local.Type) || local.IsRef || local.IsConst && local.HasConstantValue && local.ConstantValue == null) return false;
            if (nonNullSymbols.TryGetValue(local, out var known)) return known;
            nonNullSymbols[local] = false; // `s = s + t` while s is being decided: unknown, so s is not proved through itself
            var result = DecideLocal(local);
            nonNullSymbols[local] = result;
            return result;
        }

        bool DecideLocal(ILocalSymbol local)
        {
            if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator) return false;
            if (declarator.Parent?.Parent is not (LocalDeclarationStatementSyntax or ForStatementSyntax or UsingStatementSyntax)) return false;
            var model = Model(declarator.SyntaxTree);
            if (model.GetOperation(declarator) is not IVariableDeclaratorOperation decl) return false;
            var init = decl.Initializer ?? (decl.Parent as IVariableDeclarationOperation)?.Initializer;
            if (init != null && !IsKnownNonNull(init.Value)) return false;
            // Every name of the local in the code that can see it: the member (or, for top-level statements, the file) declaring it.
            SyntaxNode scope = declarator;
            while (scope.Parent != null && scope is not MemberDeclarationSyntax) scope = scope.Parent;
            if (scope is GlobalStatementSyntax && scope.Parent != null) scope = scope.Parent;
            foreach (var id in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != local.Name) continue;
                var sym = model.GetSymbolInfo(id).Symbol;
                if (!SymbolEqualityComparer.Default.Equals(sym, local)) continue;
                if (model.GetOperation(id) is not ILocalReferenceOperation r || !KeepsNonNull(r)) return false;
            }
            return true;
        }

        /// <summary>Whether this use of a local or parameter (<paramref name="r"/>) leaves it never-null: a read, or a
        /// write of a never-null string (<c>=</c>, <c>+=</c> on a string, <c>??=</c>); not a ref/out argument, a tuple
        /// element or a deconstruction target.</summary>
        bool KeepsNonNull(IOperation r) => r.Parent switch
        {
            ISimpleAssignmentOperation a when a.Target == r => IsKnownNonNull(a.Value),
            ICompoundAssignmentOperation ca when ca.Target == r => ca.OperatorKind == BinaryOperatorKind.Add && IsString(ca.Type),
            ICoalesceAssignmentOperation cas when cas.Target == r => IsKnownNonNull(cas.Value),
            IArgumentOperation arg when arg.Parameter?.RefKind is not (null or RefKind.None or RefKind.In) => false,
            ITupleOperation or IDeclarationExpressionOperation => false,
            _ => true,
        };

        /// <summary>A string parameter of an ordinary source method no override, interface or delegate can reach, that its
        /// body never writes (or writes only never-null strings), and whose every call in the program passes a
        /// never-null string (an omitted optional argument: its constant). Callers are found by name in every file.</summary>
        bool NonNullParameter(IParameterSymbol p)
        {
            p = p.OriginalDefinition;
            if (!IsString(p.Type) || p.RefKind != RefKind.None || p.IsParams || p.ContainingSymbol is not IMethodSymbol m) return false;
            if (nonNullSymbols.TryGetValue(p, out var known)) return known;
            nonNullSymbols[p] = false;
            var result = DecideParameter(p, m);
            nonNullSymbols[p] = result;
            return result;
        }

        bool DecideParameter(IParameterSymbol p, IMethodSymbol m)
        {
            if (m.MethodKind != MethodKind.Ordinary || !IsSource(m) || m.IsVirtual || m.IsOverride || m.IsAbstract || m.IsExtern || m.IsExtensionMethod
                || m.ContainingType.TypeKind == TypeKind.Interface || !m.ExplicitInterfaceImplementations.IsEmpty || Naming.IsExternal(m.ContainingType) || m.Name == "Main"
                || m.GetAttributes().Any(a => a.AttributeClass?.Name is "TemplateAttribute" or "ExternalAttribute" or "NameAttribute")) return false;
            // Methods C# or the runtime call without naming them (collection initialisers, interpolation handlers,
            // deconstruction, foreach, await, using, keyed collections and sorting): their callers are not all found by name.
            if (m.Name is "Add" or "AppendLiteral" or "AppendFormatted" or "Deconstruct" or "GetEnumerator" or "MoveNext" or "Dispose" or "DisposeAsync"
                or "GetAwaiter" or "GetResult" or "OnCompleted" or "Slice" or "Create" or "Equals" or "GetHashCode" or "ToString" or "CompareTo" or "Compare"
                or "Invoke" or "Contains") return false;
            foreach (var i in m.ContainingType.AllInterfaces)
                foreach (var im in i.GetMembers(m.Name))
                    if (SymbolEqualityComparer.Default.Equals(m.ContainingType.FindImplementationForInterfaceMember(im), m)) return false;
            if (m.DeclaringSyntaxReferences.Length != 1) return false;
            var decl = m.DeclaringSyntaxReferences[0].GetSyntax();
            var model = Model(decl.SyntaxTree);
            // Writes in the body.
            foreach (var id in decl.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != p.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, p)) continue;
                if (model.GetOperation(id) is not IParameterReferenceOperation r || !KeepsNonNull(r)) return false;
            }
            // Every use of the method in the program is a call passing a never-null string.
            int calls = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var tm = Model(tree);
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    if (name.Identifier.ValueText != m.Name) continue;
                    var sym = tm.GetSymbolInfo(name).Symbol;
                    if (sym == null)
                    {
                        if (tm.GetSymbolInfo(name).CandidateSymbols.Any(c => SymbolEqualityComparer.Default.Equals(c.OriginalDefinition, m))) return false;
                        continue;
                    }
                    if (!SymbolEqualityComparer.Default.Equals(sym.OriginalDefinition, m)) continue;
                    SyntaxNode callee = name;
                    if (callee.Parent is MemberAccessExpressionSyntax ma && ma.Name == name || callee.Parent is MemberBindingExpressionSyntax) callee = callee.Parent!;
                    if (callee.Parent is not InvocationExpressionSyntax inv || inv.Expression != callee) return false;
                    if (tm.GetOperation(inv) is not IInvocationOperation io || !SymbolEqualityComparer.Default.Equals(io.TargetMethod.OriginalDefinition, m)) return false;
                    var arg = io.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, p));
                    if (arg == null) return false;
                    if (arg.ArgumentKind == ArgumentKind.DefaultValue) { if (arg.Value.ConstantValue is not { HasValue: true, Value: string }) return false; }
                    else if (arg.ArgumentKind != ArgumentKind.Explicit || !IsKnownNonNull(arg.Value)) return false;
                    calls++;
                }
            }
            return calls > 0;
        }
    }
}
