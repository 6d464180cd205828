using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        Expr Invocation(IInvocationOperation inv)
        {
            if (DictionaryTryGetValue(inv) is { } tryGet) return tryGet;
            if (ListToArrayOfDeadList(inv) is { } list) return list;
            int mark = pendingWriteBacks.Count;
            var call = StructLibraryResult(inv, InvocationCore(inv));
            return ApplyWriteBacks(call, mark, IsSource(inv.TargetMethod) ? null : inv);
        }

        /// <summary><c>dict.TryGetValue(k, out v)</c> on a <c>Dictionary</c> (a Map or $HMap) into a local or a
        /// discard, whose value type's default is a literal (null, 0, false): <c>(v = m.get(k) ?? D, m.has(k))</c>, no
        /// out box and no helper. A missing key leaves <c>v</c> the default as .NET does; a stored null or
        /// undefined reads as the default too (what .NET would hold: null for a reference, and a value type
        /// cannot be null). The dictionary and the key are evaluated once, in C#'s order (temporaries where
        /// they are not a local, a parameter or <c>this</c>, or a constant key).</summary>
        Expr? DictionaryTryGetValue(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (m.Name != "TryGetValue" || inv.Instance == null || inv.Arguments.Length != 2
                || m.ContainingType.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.Dictionary<TKey, TValue>") return null;
            var outArg = inv.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
            var keyArg = inv.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
            if (keyArg == null) return null;
            var local = outArg switch
            {
                ILocalReferenceOperation { Local.IsRef: false } l => l,
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation { Local.IsRef: false } l } => l,
                _ => null,
            };
            if (local == null && outArg is not IDiscardOperation) return null;
            var valueType = ((INamedTypeSymbol)m.ContainingType).TypeArguments[1];
            // Only a reference, a nullable, a primitive number or bool, or an enum: their default is a literal.
            if (valueType is ITypeParameterSymbol || valueType.IsValueType && valueType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                && valueType.TypeKind != TypeKind.Enum && valueType.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Char
                    or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                    or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                    or SpecialType.System_Single or SpecialType.System_Double)) return null;
            var dflt = DefaultValue(valueType);
            if (dflt is not (Kw { Word: "null" or "false" } or Num)) return null;
            var pre = new List<Expr>();
            // The out local must not be the key or the dictionary (C# reads them before the call writes it).
            ISymbol? Named(IOperation o) => StripImplicit(o) switch { ILocalReferenceOperation l => l.Local, IParameterReferenceOperation p => p.Parameter, _ => null };
            if (local != null && (SymbolEqualityComparer.Default.Equals(Named(keyArg), local.Local) || SymbolEqualityComparer.Default.Equals(Named(inv.Instance), local.Local))) return null;
            // m.get(k) may run user code (a comparer, a key's Equals): what is named twice must be something
            // no code can change meanwhile (this, a readonly field of this or a static one, a local or parameter
            // no lambda or local function writes, a constant).
            var keyPure = keyArg.ConstantValue.HasValue || StripImplicit(keyArg) is var ko && Stable(ko);
            if (local == null) return new Call(Dot(Receiver(inv.Instance), "has"), Expr(keyArg));
            // .NET writes the out variable after the lookup: a comparer that reads it must not see the new value.
            if (ReferencedInFunction(local.Local, writesOnly: false)) return null;
            Expr map = Receiver(inv.Instance);
            // A readonly field of this (or a static one) cannot change while the key is computed either, outside
            // constructors and field initialisers (the only code that may store it).
            var recv = StripImplicit(inv.Instance);
            bool fixedField = recv is IFieldReferenceOperation { Field: { IsReadOnly: true } ff } ffr && (ff.IsStatic || ffr.Instance is IInstanceReferenceOperation)
                && !inv.Syntax.Ancestors().Any(a => a is ConstructorDeclarationSyntax or FieldDeclarationSyntax || a is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax });
            if (!(recv is IInstanceReferenceOperation || fixedField || keyPure && Stable(recv)))
            {
                var t = NewTemp();
                pre.Add(new Assign(t, map));
                map = t;
            }
            Expr key = Expr(keyArg);
            if (!keyPure)
            {
                var t = NewTemp();
                pre.Add(new Assign(t, key));
                key = t;
            }
            pre.Add(AssignTo(outArg!, Bin("??", new Call(Dot(map, "get"), key), dflt)));
            pre.Add(new Call(Dot(map, "has"), key));
            return new Seq(pre);
        }

        static readonly HashSet<string> ListMembersKeepingNoAlias = new()
        {
            "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear", "Contains", "IndexOf",
            "LastIndexOf", "Count", "Capacity", "this[]", "Sort", "Reverse", "Exists", "TrueForAll", "Find", "FindIndex", "FindLast",
            "FindAll", "ConvertAll", "GetRange", "ToArray",
        };

        /// <summary><c>list.ToArray()</c> of a local list nothing else can see and nothing uses afterwards is the list
        /// itself, not a copy: the local is declared with a new list (<c>new List&lt;T&gt;(…)</c>, <c>[]</c>), never
        /// assigned again, named only as the receiver of List members that keep no reference to it (Add, Count,
        /// the indexer, Sort…) or as a foreach source, never in a lambda or local function, never after this call
        /// in the text, and no loop around the call that does not also declare the list. So no one can observe
        /// that the array and the list are one object.</summary>
        Expr? ListToArrayOfDeadList(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (m.Name != "ToArray" || m.Parameters.Length != 0 || inv.Instance == null
                || m.ContainingType.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.List<T>") return null;
            if (StripImplicit(inv.Instance) is not ILocalReferenceOperation { Local: { IsRef: false } local } receiver) return null;
            if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
                || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax) return null;
            var model = Model(declarator.SyntaxTree);
            if (model.GetOperation(declarator) is not IVariableDeclaratorOperation decl) return null;
            var init = decl.Initializer ?? (decl.Parent as IVariableDeclarationOperation)?.Initializer;
            if (init == null || StripImplicit(init.Value) switch
            {
                IObjectCreationOperation oc => oc.Type?.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.List<T>",
                ICollectionExpressionOperation ce => ce.Type?.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.List<T>",
                _ => true,
            }) return null;
            // No loop, lambda or local function around the call that the list's declaration is not inside too (a second
            // run would return the same array again).
            foreach (var a in inv.Syntax.Ancestors())
            {
                if (a.Span.Contains(declarator.Span)) break;
                if (a is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return null;
            }
            SyntaxNode scope = declarator;
            while (scope.Parent != null && scope is not MemberDeclarationSyntax) scope = scope.Parent;
            if (scope is GlobalStatementSyntax && scope.Parent != null) scope = scope.Parent;
            foreach (var id in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, local)) continue;
                if (id.Span == receiver.Syntax.Span) continue;
                if (id.SpanStart > inv.Syntax.SpanStart) return null;
                if (id.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax && !a.Span.Contains(declarator.Span))) return null;
                if (model.GetOperation(id) is not ILocalReferenceOperation r) return null;
                IOperation use = r;
                while (use.Parent is IConversionOperation { IsImplicit: true } c) use = c;
                switch (use.Parent)
                {
                    case IInvocationOperation call when call.Instance == use && IsListMember(call.TargetMethod, call.TargetMethod.Name):
                        break;
                    case IPropertyReferenceOperation pr when pr.Instance == use && IsListMember(pr.Property, pr.Property.IsIndexer ? "this[]" : pr.Property.Name):
                        break;
                    case IForEachLoopOperation fe when fe.Collection == use:
                        break;
                    default:
                        return null;
                }
            }
            return Expr(inv.Instance);
        }

        static bool IsListMember(ISymbol member, string name) =>
            member.ContainingType.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>" && ListMembersKeepingNoAlias.Contains(name);

        bool Stable(IOperation o) => o switch
        {
            IInstanceReferenceOperation => true,
            ILocalReferenceOperation { Local: { IsRef: false } l } => !ReferencedInFunction(l, writesOnly: true),
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } p } => !ReferencedInFunction(p, writesOnly: true),
            IFieldReferenceOperation { Field: { IsReadOnly: true } f } fr => f.IsStatic || fr.Instance is IInstanceReferenceOperation,
            _ => false,
        };

        /// <summary>A local or parameter that some lambda or local function names (or, with writesOnly, writes:
        /// assigns, passes by ref/out).</summary>
        bool ReferencedInFunction(ISymbol v, bool writesOnly)
        {
            if (v.DeclaringSyntaxReferences.Length != 1) return true;
            var declared = v.DeclaringSyntaxReferences[0].GetSyntax();
            SyntaxNode scope = declared;
            while (scope.Parent != null && scope is not MemberDeclarationSyntax) scope = scope.Parent;
            if (scope is GlobalStatementSyntax && scope.Parent != null) scope = scope.Parent;
            var model = Model(scope.SyntaxTree);
            // A function that declares the variable does not capture it (a function nested in it may).
            foreach (var f in scope.DescendantNodes().Where(n => n is (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) && !n.Span.Contains(declared.Span)))
                foreach (var id in f.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (id.Identifier.ValueText != v.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, v)) continue;
                    if (!writesOnly) return true;
                    var op = model.GetOperation(id);
                    if (op == null) return true;
                    switch (op.Parent)
                    {
                        case IAssignmentOperation a when a.Target == op: return true;
                        case IIncrementOrDecrementOperation: return true;
                        case IArgumentOperation arg when arg.Parameter?.RefKind is not (null or RefKind.None or RefKind.In): return true;
                        case ITupleOperation or IDeclarationExpressionOperation: return true;
                    }
                }
            return false;
        }

        /// <summary>After a call with out/ref arguments: copy each box back into its variable.</summary>
        Expr ApplyWriteBacks(Expr call, int mark, IOperation? library = null)
        {
            if (pendingWriteBacks.Count == mark) return call;
            var wbs = pendingWriteBacks.Skip(mark).ToList();
            pendingWriteBacks.RemoveRange(mark, pendingWriteBacks.Count - mark);
            var result = NewTemp();
            var parts = new List<Expr> { new Assign(result, call) };
            // A library `out S` is a copy of what the collection holds, and default(S) (never null) when left unset.
            foreach (var (target, box) in wbs)
                parts.Add(AssignTo(target, library != null && IsUserStruct(target.Type) ? new Call(Dot(Bin("??", Dot(box, "v"), DefaultValue(target.Type!)), "$copy")) : Dot(box, "v")));
            parts.Add(result);
            return new Seq(parts);
        }

        Expr InvocationCore(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            currentLocation = inv.Syntax.GetLocation();
            if (m.MethodKind == MethodKind.LocalFunction)
                return new Call(Ident(LocalName(m.OriginalDefinition)), ArgList(inv.Arguments, m));
            if (m.MethodKind == MethodKind.DelegateInvoke)
                return new Call(Expr(inv.Instance!), ArgList(inv.Arguments, m));
            if (m.Name == "GetHashCode" && m.Parameters.Length == 0 && m.IsImplicitlyDeclared && inv.Instance != null)
                return H("$hnum", H("$hkey", Expr(inv.Instance)));
            if (IsSource(m))
            {
                Use(m);
                var args = TypeArgs(m).Concat(ArgList(inv.Arguments, m)).ToList();
                if (m.IsStatic) return new Call(Dot(StaticVia(inv, m) ?? StaticOwner(m.ContainingType, m), names.MemberName(m)), args);
                var recv = inv.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && IsBaseCall(inv) ? Kw.Super : Receiver(inv.Instance);
                return new Call(Dot(StructReceiver(inv.Instance, m, recv), names.MemberName(m)), args);
            }
            if (m.ContainingType.ToDisplayString() == "Js.Script" && m.Name == "Write")
                return ScriptWrite(inv);
            if (Naming.IsExternal(m))
            {
                var tpl = Attr.String(m, "Js.TemplateAttribute");
                if (tpl != null) return ExpandTemplate(tpl, m, ReceiverOf(inv.Instance), OpArgs(inv.Arguments), null);
                var jsName = Naming.ExternalMemberName(m);
                var expand = Attr.Has(m, "Js.ExpandParamsAttribute");
                var args = ArgList(inv.Arguments, m, expand);
                if (m.IsStatic)
                {
                    if (Attr.Has(m.ContainingType, "Js.GlobalMethodsAttribute")) return new Call(Ident(jsName), args);
                    return new Call(Dot(ExternalType(m.ContainingType), jsName), args);
                }
                return new Call(Dot(Receiver(inv.Instance), jsName), args);
            }
            if (TypedTextCall(inv) is { } typedText) return typedText;
            if (BoxedSequenceCall(inv) is { } boxedSeq) return boxedSeq;
            // enum.ToString() prints the member name (the number is all the value carries).
            if (m.Name == "ToString" && m.Parameters.Length == 0 && inv.Instance != null)
            {
                var recv = StripImplicit(inv.Instance);
                if (recv is IConversionOperation box && IsBoxingConv(box)) recv = box.Operand;
                if (recv.Type is { } et && (Underlying(et)?.TypeKind == TypeKind.Enum || et is ITypeParameterSymbol tp && IsKnownTypeParam(tp))) return ToStrOf(Expr(recv), et, recv);
            }
            // Virtual object members on source types dispatch to the override.
            if (inv.Instance != null && inv.Instance.Type is INamedTypeSymbol it && IsSource(it) && m.Name is "ToString" or "Equals" or "GetHashCode" && !m.IsStatic)
            {
                if (m.Name == "ToString" && m.Parameters.Length == 0) return H("$str", Expr(inv.Instance));
                if (m.Name == "Equals" && m.Parameters.Length == 1) return H("$eq", Expr(inv.Instance), Expr(inv.Arguments[0].Value));
            }
            if (GenericMathOp(inv, m, () => inv.Arguments.OrderBy(a => a.Parameter!.Ordinal).Select(a => Expr(a.Value)).ToArray()) is { } gm) return gm;
            var id = m.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetCustom(id, out var custom))
            {
                var template = Bcl.Mapping.Custom(custom, inv, out var refusal, slotOrder.Needs(inv.Type));
                if (template != null) return ExpandTemplate(template, m, ReceiverOf(inv.Instance), OpArgs(inv.Arguments), null);
                Error("CSX1001", inv, refusal!);
                return Kw.Null;
            }
            if (TryBclTemplate(m, out var bclTemplate))
                return ExpandTemplate(bclTemplate, m, StructElementsReceiver(inv, ReceiverOf(inv.Instance)), OpArgs(inv.Arguments), null);
            // Members of library interfaces that user classes implement (IDisposable, IComparable<T>...).
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null && m.Name == "CompareTo" && m.Parameters.Length == 1)
                return m.Parameters[0].Type.SpecialType == SpecialType.System_Object && StripImplicit(inv.Instance).Type is { TypeKind: TypeKind.Interface } it0 && !IsSource(it0)
                    ? H("$icmp", Expr(inv.Instance), Expr(inv.Arguments[0].Value))
                    : H("$cmp", Expr(inv.Instance), Expr(inv.Arguments[0].Value));
            // IFormattable/IConvertible/IEquatable<T> members on a library interface: the value may be a number, string or bool.
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null && !IsSource(m.ContainingType) && StripImplicit(inv.Instance).Type is { TypeKind: TypeKind.Interface } it1 && !IsSource(it1))
            {
                if (m.Name == "ToString" && m.Parameters.Length <= 2)
                    return m.Parameters.Length > 0 && m.Parameters[0].Type.SpecialType == SpecialType.System_String
                        ? H("$ifmt", Expr(inv.Instance), Expr(inv.Arguments[0].Value)) : H("$ifmt", Expr(inv.Instance));
                if (m.Name == "Equals" && m.Parameters.Length == 1) return H("$eq", Expr(inv.Instance), Expr(inv.Arguments[0].Value));
            }
            if (m.Name == "Dispose" && m.Parameters.Length == 0 && inv.Instance != null && IsLibraryEnumerator(StripImplicit(inv.Instance).Type))
                return H("$edispose", Expr(inv.Instance));
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null && m.ContainingType.ContainingNamespace?.ToDisplayString() == "System")
                return new Call(Dot(Receiver(inv.Instance), m.Name), ArgList(inv.Arguments, m));
            if (m.Name == "GetType" && m.Parameters.Length == 0) return Dot(Expr(inv.Instance!), "constructor");
            Unmapped(inv.Syntax, m, id, inv);
            return Kw.Null;
        }

        /// <summary>Script.Write&lt;T&gt;("js {0}", args): a compile-time splice; the code must be a constant.</summary>
        Expr ScriptWrite(IInvocationOperation inv)
        {
            if (inv.Arguments[0].Value.ConstantValue.Value is not string code) { Error("CSX2022", inv, "Script.Write needs a constant string"); return Kw.Null; }
            var values = inv.Arguments.Length < 2 ? new List<Expr>() : inv.Arguments[1].Value switch
            {
                IArrayCreationOperation { Initializer: { } init } => init.ElementValues.Select(e => Expr(StripImplicit(e))).ToList(),
                ICollectionExpressionOperation ce => ce.Elements.Select(e => Expr(StripImplicit(e))).ToList(),
                _ => new List<Expr>(),
            };
            Tree.Expr tree;
            try { tree = JsParser.ParseExpression(Templates.Prepare(code, name => int.TryParse(name, out _)), Templates.HolePrefix); }
            catch (JsParseException e)
            {
                Error("CSX2022", inv, "Script.Write code is not a JavaScript expression cs2js can read: " + e.Message);
                return Kw.Null;
            }
            var holes = Templates.Placeholders(code, name => int.TryParse(name, out _));
            return Walk.Substitute(tree, h =>
            {
                var i = int.Parse(holes[h.Index].Name);
                return i < values.Count ? values[i] : Undefined;
            });
        }

        static bool IsBaseCall(IInvocationOperation inv) =>
            inv.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } };

        /// <summary>JS arguments in parameter order; out/ref arguments become `{ v }` boxes with write-back.</summary>
        List<Expr> ArgList(IEnumerable<IArgumentOperation> args, IMethodSymbol m, bool expandParams = false)
        {
            // Roslyn lists arguments in evaluation order (named arguments as written); JS needs
            // parameter order.
            var written = args.ToList();
            var list = written.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).ToList();
            // Named arguments out of parameter order are still evaluated as written: values that could
            // have effects are computed into temps first, in source order.
            var spilled = new Dictionary<IArgumentOperation, Expr>();
            var pre = new List<Expr>();
            if (!written.SequenceEqual(list) && written.Count(a => !IsPure(a.Value)) > 1)
                foreach (var a in written)
                    if (!IsPure(a.Value) && a.Parameter?.RefKind is not (RefKind.Out or RefKind.Ref) && a.ArgumentKind != ArgumentKind.ParamArray)
                    {
                        var t = NewTemp();
                        pre.Add(new Assign(t, Expr(a.Value)));
                        spilled[a] = t;
                    }
            var parts = new List<Expr>();
            foreach (var a in list)
            {
                if (a.ArgumentKind == ArgumentKind.ParamArray && a.Value is IArrayCreationOperation ac && expandParams)
                {
                    if (ac.Initializer != null) parts.AddRange(ac.Initializer.ElementValues.Select(e => Expr(e)));
                    continue;
                }
                parts.Add(spilled.TryGetValue(a, out var t) ? t : Argument(a));
            }
            if (pre.Count > 0 && parts.Count > 0) parts[0] = new Seq(pre.Append(parts[0]).ToList());
            return parts;
        }

        /// <summary>A value whose evaluation has no effects and reads nothing another argument could change.</summary>
        static bool IsPure(IOperation op) => op.ConstantValue.HasValue || op is ILiteralOperation or IDefaultValueOperation
            || op is IConversionOperation { OperatorMethod: null, Operand: var o } && IsPure(o)
            || op is IBinaryOperation { OperatorMethod: null } b && IsPure(b.LeftOperand) && IsPure(b.RightOperand)
            || op is IUnaryOperation { OperatorMethod: null } u && IsPure(u.Operand)
            || op is IParameterReferenceOperation { Parameter.RefKind: RefKind.None } || op is ILocalReferenceOperation || op is IInstanceReferenceOperation;

        /// <summary>One argument; an out/ref argument is a `{ v }` box written back after the call.</summary>
        Expr Argument(IArgumentOperation a)
        {
            if (a.Parameter?.RefKind is not (RefKind.Out or RefKind.Ref) || a.Value is IInterpolatedStringHandlerCreationOperation) return Expr(a.Value);
            var targetOp = a.Value;
            // Pass our own box through.
            if (targetOp is IParameterReferenceOperation pr && pr.Parameter.RefKind is RefKind.Ref or RefKind.Out) return LocalRef(pr.Parameter);
            var box = NewTemp();
            Expr init = a.Parameter.RefKind == RefKind.Ref && targetOp is not (IDeclarationExpressionOperation or IDiscardOperation) ? Expr(targetOp) : Kw.Null;
            if (targetOp is not IDiscardOperation) pendingWriteBacks.Add((targetOp, box));
            return new Assign(box, new ObjectLit(new[] { Prop.Init("v", init) }));
        }

        readonly List<(IOperation target, Id box)> pendingWriteBacks = new();

        // ---------------------------------------------------------------- templates

        /// <summary>One value for a template placeholder: a C# argument (lowered on demand, so a template
        /// that drops an argument costs nothing) or an already-lowered expression with its C# type.</summary>
        sealed class TemplateArg
        {
            public IArgumentOperation? Op;
            public Expr? Lowered;
            public ITypeSymbol? Type;
            public static TemplateArg Of(Expr lowered, ITypeSymbol? type) => new() { Lowered = lowered, Type = type };
        }

        static List<TemplateArg> OpArgs(IEnumerable<IArgumentOperation> args) =>
            args.Where(a => a.Parameter != null).OrderBy(a => a.Parameter!.Ordinal).Select(a => new TemplateArg { Op = a, Type = a.Value.Type }).ToList();

        /// <summary>Expands a BCL or [Template] template (see <see cref="Bcl.BclMap"/> for the language):
        /// the template is parsed once into a tree, and its placeholders are replaced by argument trees.</summary>
        Expr ExpandTemplate(string template, ISymbol member, Func<Expr>? receiver, List<TemplateArg> args, Expr? value)
        {
            var method = member as IMethodSymbol;
            var ps = method?.Parameters ?? (member as IPropertySymbol)?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
            var parsed = Templates.Parse(template, ps.Select(p => p.Name));
            // By parameter ordinal for C# arguments, by position for lowered ones.
            var byIndex = new Dictionary<int, TemplateArg>();
            for (int i = 0; i < args.Count; i++) byIndex[args[i].Op?.Parameter?.Ordinal ?? i] = args[i];
            Expr? self = null;
            return Specialised(Walk.Substitute(parsed.Tree, hole =>
            {
                var ph = parsed.Holes[hole.Index];
                var name = ph.Name;
                if (name == "this") return self ??= receiver?.Invoke() ?? Kw.This;
                if (name == "value" && value != null) return value;
                if (name.StartsWith("T", StringComparison.Ordinal) && (name == "T" || int.TryParse(name.Substring(1), out _)) && method != null)
                {
                    int ti = name == "T" ? 0 : int.Parse(name.Substring(1));
                    var targs = method.TypeArguments.Length > 0 ? method.TypeArguments : method.ContainingType.TypeArguments;
                    return ti >= targs.Length ? Undefined : ph.Modifier == "ty" ? TypeOf(targs[ti]) : ph.Modifier == "d" ? DefaultValue(targs[ti]) : TypeRef(targs[ti], null);
                }
                int idx = int.TryParse(name, out var n) ? n : ps.IndexOf(ps.First(p => p.Name == name));
                if (!byIndex.TryGetValue(idx, out var arg)) return Undefined;
                if (arg.Lowered != null)
                    return ph.Modifier == "str" ? ToStrOf(arg.Lowered, arg.Type, null) : arg.Lowered;
                var a = arg.Op!;
                var v = a.Value;
                if (ph.Modifier == "str") return ToStr(v);
                if (ph.Modifier == "fmt") return FormatArg(v);
                // A BCL parameter typed Enum/ValueType (HasFlag) takes the raw value, not a box.
                if (v is IConversionOperation bc && IsBoxingConv(bc) && a.Parameter?.OriginalDefinition.Type.SpecialType is SpecialType.System_Enum or SpecialType.System_ValueType)
                    return Expr(bc.Operand);
                if (ph.Spread)
                {
                    if (v is IArrayCreationOperation { Initializer: { } init } && a.ArgumentKind == ArgumentKind.ParamArray)
                        return new Splice(init.ElementValues.Select(e => Expr(e)));
                    return new Spread(Expr(v));
                }
                if (member is IMethodSymbol { Name: "Cast" or "OfType", ContainingType.Name: "Enumerable" } && IsUntypedEnumerable(a.Parameter?.Type))
                    return UntypedElements(v, Argument(a));
                return StructElementsArg(member, a, Argument(a));
            }));
        }

        /// <summary>A helper call whose literal arguments make a general helper unnecessary becomes the
        /// smaller form, so the bundle carries neither the general code nor the exceptions it throws:
        /// <list type="bullet">
        /// <item>a checking helper whose literal arguments pass its check: <c>Math.Round(x, 2)</c> is
        /// <c>$round(x, 2)</c>, not <c>$roundd(x, 2)</c>;</item>
        /// <item><c>s.Split(',')</c>, <c>s.Split("--")</c> (one literal separator, no count, no options): JavaScript's
        /// <c>split</c> cuts the same way (empty parts kept, a string without the separator is one part).</item>
        /// </list></summary>
        static Expr Specialised(Expr e)
        {
            if (e is not Call { Callee: Id { Name: var helper } } c) return e;
            static bool IsInt(Expr x, out int v)
            {
                v = 0;
                return x is Num n && int.TryParse(n.Raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out v);
            }
            if (helper == "$roundd" && c.Args.Count >= 2 && IsInt(c.Args[1], out var digits) && digits <= 15)
                return new Call(new Id("$round"), c.Args) { Pos = c.Pos };
            if (helper == "$split" && c.Args.Count == 4 && IsNull(c.Args[2]) && IsInt(c.Args[3], out var options) && options == 0)
            {
                // A char separator is its code; a string one is `sep || "\0\0"` (an empty separator splits nothing).
                string? separator = IsInt(c.Args[1], out var code) && code <= 0xFFFF ? ((char)code).ToString()
                    : c.Args[1] is Binary { Op: "||", Left: Str { Value.Length: > 0 } lit } ? lit.Value : null;
                if (separator != null) return new Call(new Member(c.Args[0], "split"), new Str(separator)) { Pos = c.Pos };
            }
            return e;
        }

        // ---------------------------------------------------------------- type references

        /// <summary>The JS expression naming a type (for new/instanceof/extends).</summary>
        Expr TypeRef(ITypeSymbol t, IOperation? at)
        {
            if (t is INamedTypeSymbol nt)
            {
                if (IsSource(nt)) return nt.TypeKind == TypeKind.Enum ? EnumRef(nt) : TypeRefNamed(nt);
                if (Naming.IsExternal(nt)) return ExternalType(nt);
                var id = nt.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl)) return Templates.Parse(tpl, Array.Empty<string>()).Tree;
                switch (nt.SpecialType)
                {
                    case SpecialType.System_Object: return Ident("Object");
                    case SpecialType.System_String: return Ident("String");
                }
                Error("CSX1001", at?.Syntax.GetLocation() ?? currentLocation, $"type '{t.ToDisplayString()}' is not available in cs2js");
                return Ident("Object");
            }
            if (t is ITypeParameterSymbol) { Error("CSX2001", at?.Syntax.GetLocation() ?? currentLocation, "a type parameter is erased at run time; pass a value or factory instead"); return Ident("Object"); }
            return Ident(t is IArrayTypeSymbol ? "Array" : "Object");
        }

        Expr TypeRefNamed(INamedTypeSymbol t)
        {
            UseType(t);
            return Ident(names.TypeName(t));
        }
    }
}
