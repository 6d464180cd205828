using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        /// <summary>Per-function lowering state.</summary>
        sealed class Fn
        {
            public IMethodSymbol? Method;
            public Fn? Parent;
            public readonly Dictionary<ISymbol, string> Locals = new(SymbolEqualityComparer.Default);
            public readonly Stack<string> CatchVars = new();
            public readonly List<(ILabelSymbol label, string js)> BreakLabels = new();
            public bool IsGeneratorBody;
            public int Temps => Root.tempCounter;
            public int tempCounter;
            public Fn Root => Parent == null ? this : Parent.Root;
        }

        Fn fn = new();
        /// <summary>Declarations the statement being lowered needs before it (temps, out vars, pattern vars).</summary>
        List<string> pending = new();

        Id NewTemp()
        {
            var n = "$" + (++fn.Root.tempCounter);
            pending.Add(n);
            return new Id(n);
        }

        /// <summary>A reference to a local or parameter (a primary constructor's parameter is a field).</summary>
        Expr LocalRef(ISymbol local)
        {
            var name = LocalName(local);
            return name.StartsWith("this.", StringComparison.Ordinal) ? Dot(Kw.This, name.Substring(5)) : Ident(name);
        }

        string LocalName(ISymbol local)
        {
            for (var f = fn; f != null; f = f.Parent)
                if (f.Locals.TryGetValue(local, out var n)) return n;
            var name = Naming.SafeLocal(local.Name);
            // `record Item(Sku Sku)`: the parameter would hide the class Sku inside the constructor.
            if (names.IsTypeName(name)) name += "$";
            if (local is IParameterSymbol p && p.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor && IsPrimaryCtor(ctor) && !IsInside(ctor))
                return "this.$p_" + local.Name;
            fn.Locals[local] = name;
            return name;
        }

        bool IsInside(IMethodSymbol m)
        {
            for (var f = fn; f != null; f = f.Parent) if (SymbolEqualityComparer.Default.Equals(f.Method?.OriginalDefinition, m.OriginalDefinition)) return true;
            return false;
        }

        static bool IsPrimaryCtor(IMethodSymbol ctor) =>
            ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax { ParameterList: not null };

        static bool IsPositionalProperty(IPropertySymbol p) =>
            p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax;

        MemberCode CodeFor(ISymbol s)
        {
            if (!code.TryGetValue(s, out var mc)) code[s] = mc = new MemberCode { Order = OrderOf(s) };
            return mc;
        }

        static int OrderOf(ISymbol s)
        {
            var loc = s.Locations.FirstOrDefault(l => l.IsInSource);
            int baseOrder = loc?.SourceSpan.Start ?? 0;
            if (s is IMethodSymbol { MethodKind: MethodKind.StaticConstructor }) return int.MaxValue - 1;
            if (s is IMethodSymbol { MethodKind: MethodKind.Constructor }) return -1000000 + baseOrder;
            return baseOrder;
        }

        /// <summary>Lowers one reachable member into its code slot.</summary>
        void Lower(ISymbol s)
        {
            var savedFn = fn; var savedPending = pending; var savedMember = currentMember;
            fn = new Fn { Method = s as IMethodSymbol };
            currentMember = s;
            pending = new List<string>();
            try
            {
                switch (s)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Constructor } ctor: LowerTypeConstructors(ctor.ContainingType); break;
                    case IMethodSymbol { MethodKind: MethodKind.StaticConstructor } sctor: LowerStaticConstructor(sctor); break;
                    case IMethodSymbol m: LowerMethod(m); break;
                    case IPropertySymbol p: LowerProperty(p); break;
                    case IFieldSymbol f: LowerField(f); break;
                    case IEventSymbol e: LowerEvent(e); break;
                }
            }
            catch (MissedRefusal r)
            {
                InternalError(r.At ?? s.Locations.FirstOrDefault(), $"internal compiler error while lowering '{s.ToDisplayString()}': {r.Message}");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                InternalError(s.Locations.FirstOrDefault(), $"internal compiler error while lowering '{s.ToDisplayString()}': {ex.GetType().Name}: {ex.Message}");
            }
            finally { fn = savedFn; pending = savedPending; currentMember = savedMember; }
        }

        // ---------------------------------------------------------------- methods

        void LowerMethod(IMethodSymbol m)
        {
            if (m.IsAbstract || m.IsExtern || m.ContainingType.TypeKind == TypeKind.Interface && m.IsAbstract) return;
            UseType(m.ContainingType);
            if (m.ContainingType.IsRecord && m.IsImplicitlyDeclared) { LowerRecordMember(m); return; }
            var syntax = m.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            if (syntax == null) return;
            if (m.ContainingType.TypeKind == TypeKind.Interface && m.IsStatic && m.IsVirtual) { Error("CSX2020", m.Locations[0], "default bodies of static virtual interface members are not supported; implement the member in each type"); return; }
            var name = names.MemberName(m);
            var mc = CodeFor(m);
            bool isStatic = m.IsStatic || m.MethodKind == MethodKind.UserDefinedOperator || m.MethodKind == MethodKind.Conversion;
            var ps = TypeParams(m).Concat(Params(m.Parameters)).ToList();
            var body = new List<Stmt>();
            if (IsIterator(syntax))
            {
                fn.IsGeneratorBody = true;
                var inner = new List<Stmt>();
                EmitBody(syntax, inner, m);
                var returnsEnumerator = m.ReturnType.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerator_T or SpecialType.System_Collections_IEnumerator;
                // An async iterator (IAsyncEnumerable<T>): $aiter steps the generator through its awaits and items.
                body.Add(new Return(returnsEnumerator ? GeneratorCall(inner) : H(m.IsAsync ? "$aiter" : "$iter", new Arrow(new Expr[0], GeneratorCall(inner)))));
            }
            else EmitBody(syntax, body, m);
            bool asyncBody = m.IsAsync && !IsIterator(syntax);
            bool native = asyncBody && !reified.Tasks;
            var block = asyncBody && reified.Tasks ? AsyncRun(Blk(body)) : Blk(body);
            mc.Body.Add(At(new ClassMember(MemberKind.Method, isStatic, name, null, new Func(null, ps, block, native)), PosOf(syntax)));
        }

        /// <summary>An async body where the program observes its tasks: a generator (each await a yield)
        /// run by <c>$run</c>, which returns its $Task.</summary>
        static Block AsyncRun(Node body) =>
            new(new Return(new Call(new Id("$run"), GeneratorCall(body is Block b ? b.Body : new List<Stmt> { new Return((Expr)body) }))));

        /// <summary>(function* () { body }).call(this): a generator that sees the method's `this`.</summary>
        static Expr GeneratorCall(List<Stmt> body)
        {
            // `super` is not allowed in a function expression: base members reach the generator through an
            // arrow made in the method, which sees `super` ((function* ($sup) {...}).call(this, n => super[n])).
            if (!ReplaceSuper(body)) return new Call(Dot(new Func(null, new Expr[0], Blk(body), generator: true), "call"), Kw.This);
            var sup = new Arrow(new Expr[] { new Id("n") }, new Subscript(Kw.Super, new Id("n")));
            return new Call(Dot(new Func(null, new Expr[] { new Id("$sup") }, Blk(body), generator: true), "call"), Kw.This, sup);
        }

        /// <summary>super.m(args) → $sup("m").call(this, args); super.p → $sup("p"); super[k] (the arrow of a
        /// generator nested in this one) → $sup(k).</summary>
        static bool ReplaceSuper(List<Stmt> body)
        {
            static Expr? Get(Expr? e) => e switch
            {
                // A base member reached by a string keeps its C# name (Print/PrivateNames.cs sees the string).
                Member { Obj: Kw { Word: "super" } } m => new Call(new Id("$sup"), new Str(Print.PrivateNames.Strip(m.Name))),
                Subscript { Obj: Kw { Word: "super" } } s => new Call(new Id("$sup"), s.Key),
                _ => null,
            };
            bool any = false;
            foreach (var n in Walk.All(body.Cast<Node>()).ToList())
            {
                if (n is Call call && Get(call.Callee) is { } callee)
                {
                    call.Callee = Dot(callee, "call");
                    call.Args.Insert(0, Kw.This);
                    any = true;
                    continue;
                }
                foreach (var f in n.GetType().GetFields())
                {
                    if (f.FieldType.IsAssignableFrom(typeof(Expr)) && !(n is Assign && f.Name == "Target") && Get(f.GetValue(n) as Expr) is { } value) { f.SetValue(n, value); any = true; }
                    else if (f.GetValue(n) is List<Expr> list)
                        for (int i = 0; i < list.Count; i++)
                            if (Get(list[i]) is { } item) { list[i] = item; any = true; }
                }
            }
            return any;
        }

        static bool IsIterator(SyntaxNode syntax) =>
            (syntax is CompilationUnitSyntax cu ? cu.Members.OfType<GlobalStatementSyntax>() : syntax.ChildNodes()).SelectMany(c => c.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                .Any(n => n is YieldStatementSyntax);

        // Lambda discards (`(_, _) =>`) are distinct JS parameters: strict mode forbids a repeated name.
        List<Expr> Params(IEnumerable<IParameterSymbol> ps) => ps.Select((p, i) => (Expr)Ident(p.IsDiscard ? "$_" + i : LocalName(p))).ToList();

        /// <summary>Lowers a method-like body (block or expression) into statements.</summary>
        void EmitBody(SyntaxNode syntax, List<Stmt> w, IMethodSymbol m)
        {
            var op = OperationOf(syntax);
            IBlockOperation? body = op switch
            {
                IMethodBodyOperation mb => mb.BlockBody ?? mb.ExpressionBody,
                IConstructorBodyOperation cb => cb.BlockBody ?? cb.ExpressionBody,
                ILocalFunctionOperation lf => lf.Body,
                IAnonymousFunctionOperation af => af.Body,
                _ => null,
            };
            if (op is ILocalFunctionOperation lfo && lfo.Body == null) body = lfo.IgnoredBody;
            if (body == null) { if (op == null) InternalError(syntax.GetLocation(), "no body to lower"); return; }
            EmitStatements(body.Operations, w);
        }

        // ---------------------------------------------------------------- constructors

        readonly HashSet<INamedTypeSymbol> ctorsLowered = new(SymbolEqualityComparer.Default);

        static List<IMethodSymbol> InstanceCtors(INamedTypeSymbol t) => Reach.Reachability.InstanceConstructors(t);

        /// <summary>Index of a constructor among its type's constructors, or -1 when the type has just one
        /// (then the JS constructor takes the C# parameters directly).</summary>
        int CtorIndex(IMethodSymbol ctor)
        {
            if (ctor.ContainingType.TypeKind == TypeKind.Struct) return StructCtorIndex(ctor);
            var all = InstanceCtors(ctor.ContainingType.OriginalDefinition);
            if (all.Count <= 1) return -1;
            return all.FindIndex(c => SymbolEqualityComparer.Default.Equals(c, ctor.OriginalDefinition));
        }

        /// <summary>All constructors of a type are lowered together into the one JS constructor.</summary>
        /// <summary>A class overriding Equals but not GetHashCode hashes by identity in .NET (object.GetHashCode):
        /// `$idh` tells $hkey not to mix its fields, so a key mutated after insertion is still found.</summary>
        static bool EqualsWithoutHashCode(INamedTypeSymbol t)
        {
            if (t.TypeKind != TypeKind.Class || t.IsRecord) return false;
            bool equals = false;
            for (var c = t; c != null && IsSource(c); c = c.BaseType)
            {
                if (c.GetMembers("GetHashCode").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0)) return false;
                equals |= c.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1);
            }
            return equals;
        }

        void LowerTypeConstructors(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            UseConstructed(t);
            // Recompute each time a new constructor becomes reachable: simplest is to lower all of them.
            if (!ctorsLowered.Add(t)) return;
            if (t.TypeKind == TypeKind.Struct) { LowerStructConstructors(t); return; }
            var ctors = InstanceCtors(t);
            var mc = CodeFor(ctors[0]);
            if (EqualsWithoutHashCode(t)) mc.Body.Add(new ClassMember(MemberKind.Method, false, "$idh", null, new Func(null, new List<Expr>(), Blk(new List<Stmt>()))));
            bool hasBase = t.BaseType != null && t.BaseType.SpecialType != SpecialType.System_Object;
            if (ctors.Count == 1)
            {
                var c = ctors[0];
                fn = new Fn { Method = c };
                var syntax = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                var w = new List<Stmt>();
                var ps = Params(c.Parameters);
                var savedPending = pending; pending = new List<string>();
                var baseArgs = hasBase ? BaseCtorArgs(c, out _) : null;
                FlushPending(w);
                if (baseArgs != null) w.Add(new ExprStmt(new Call(Kw.Super, baseArgs)));
                pending = savedPending;
                EmitInitsAt(t, w);
                if (UsesInitHook(t)) EmitInitHook(t, mc);
                if (IsPrimaryCtor(c)) EmitPrimaryCtorAssignments(c, w);
                if (syntax is ConstructorDeclarationSyntax) EmitBody(syntax, w, c);
                DropOverwrittenDefaults(w, baseArgs != null);
                // A class without a base whose constructor does nothing needs none: JavaScript's default is `constructor() {}`
                // (arguments are ignored either way).
                if (w.Count == 0 && !hasBase && ps.All(p => p is Id)) return;
                mc.Body.Add(At(new ClassMember(MemberKind.Constructor, false, "constructor", null, new Func(null, ps, Blk(w))), PosOf(syntax)));
                return;
            }
            // Several constructors: `new T(k, ...args)` selects constructor k.
            var body = new List<Stmt>();
            if (hasBase)
            {
                var cases = new List<Case>();
                for (int k = 0; k < ctors.Count; k++)
                {
                    fn = new Fn { Method = ctors[k] };
                    var savedPending = pending; pending = new List<string>();
                    var ps = Params(ctors[k].Parameters);
                    var args = BaseCtorArgs(ctors[k], out var viaThis);
                    var pre = new List<Stmt>();
                    FlushPending(pre);
                    pending = savedPending;
                    pre.Add(new Return(new ArrayLit(args)));
                    var select = new Arrow(ps, Blk(pre));
                    cases.Add(new Case(Int(k), new Stmt[] { new ExprStmt(new Call(Kw.Super, new Spread(new Call(select, new Spread(Ident("$a")))))), new Break() }));
                }
                body.Add(new Switch(Ident("$k"), cases));
            }
            EmitInitsAt(t, body);
            if (UsesInitHook(t)) EmitInitHook(t, mc);
            body.Add(new ExprStmt(new Call(Dot(new Subscript(Dot(Ident(names.TypeName(t)), "prototype"), Bin("+", new Str("$c"), Ident("$k"))), "apply"), Kw.This, Ident("$a"))));
            mc.Body.Add(new ClassMember(MemberKind.Constructor, false, "constructor", null, new Func(null, new Expr[] { Ident("$k"), new Spread(Ident("$a")) }, Blk(body))));
            for (int k = 0; k < ctors.Count; k++)
            {
                var c = ctors[k];
                fn = new Fn { Method = c };
                var syntax = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                var ps = Params(c.Parameters);
                var w = new List<Stmt>();
                if (syntax is ConstructorDeclarationSyntax { Initializer: { } init } && init.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword))
                {
                    var inv = OperationOf(init) as IInvocationOperation;
                    if (inv != null)
                    {
                        var target = inv.TargetMethod.OriginalDefinition;
                        var savedPending = pending; pending = new List<string>();
                        var a = ArgList(inv.Arguments, target);
                        FlushPending(w);
                        pending = savedPending;
                        int j = InstanceCtors(t).FindIndex(x => SymbolEqualityComparer.Default.Equals(x, target));
                        a.Insert(0, Kw.This);
                        w.Add(new ExprStmt(new Call(Dot(Dot(Dot(Ident(names.TypeName(t)), "prototype"), "$c" + j), "call"), a)));
                    }
                }
                if (IsPrimaryCtor(c)) EmitPrimaryCtorAssignments(c, w);
                if (syntax is ConstructorDeclarationSyntax) EmitBody(syntax, w, c);
                mc.Body.Add(At(new ClassMember(MemberKind.Method, false, "$c" + k, null, new Func(null, ps, Blk(w))), PosOf(syntax)));
            }
        }

        void EmitPrimaryCtorAssignments(IMethodSymbol c, List<Stmt> w)
        {
            var t = c.ContainingType;
            foreach (var p in c.Parameters)
            {
                var prop = t.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault();
                var target = t.IsRecord && prop != null && IsPositionalProperty(prop) ? names.MemberName(prop) : "$p_" + p.Name;
                w.Add(new ExprStmt(new Assign(Dot(Kw.This, target), Ident(LocalName(p)))));
            }
        }

        /// <summary>The JS arguments for super(...): from `: base(...)`, or through a `: this(...)` chain.</summary>
        List<Expr> BaseCtorArgs(IMethodSymbol c, out bool viaThis)
        {
            viaThis = false;
            var syntax = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            IInvocationOperation? inv = null;
            if (syntax is ConstructorDeclarationSyntax { Initializer: { } init }) inv = OperationOf(init) as IInvocationOperation;
            else if (syntax is TypeDeclarationSyntax { BaseList: { } bl } && bl.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax pb)
                inv = OperationOf(pb) as IInvocationOperation;
            if (inv == null)
            {
                var baseCtor = c.ContainingType.BaseType?.InstanceConstructors.FirstOrDefault(x => x.Parameters.All(p => p.IsOptional || p.IsParams));
                return baseCtor == null ? new List<Expr>() : CtorCallArgs(baseCtor, Array.Empty<IArgumentOperation>(), true);
            }
            var target = inv.TargetMethod.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(target.ContainingType, c.ContainingType.OriginalDefinition))
            {
                viaThis = true;
                // this(...) chain: compute the target's base arguments from the forwarded values.
                var fwd = ArgList(inv.Arguments, target);
                var savedFn = fn;
                fn = new Fn { Method = target };
                var targetPs = Params(target.Parameters);
                var inner = BaseCtorArgs(target, out _);
                fn = savedFn;
                return new List<Expr> { new Spread(new Call(new Arrow(targetPs, new ArrayLit(inner)), fwd)) };
            }
            return CtorCallArgs(target, inv.Arguments, true);
        }

        /// <summary>Arguments for `new T(...)`/`super(...)`: source constructors take the selector first;
        /// BCL types use the argument list of their `new $X(ARGS)` template.</summary>
        List<Expr> CtorCallArgs(IMethodSymbol ctor, IEnumerable<IArgumentOperation> args, bool forSuper)
        {
            if (IsSource(ctor.ContainingType))
            {
                Use(ctor);
                var idx = CtorIndex(ctor);
                var a = ArgList(args, ctor);
                if (idx >= 0) a.Insert(0, Int(idx));
                return a;
            }
            var id = ctor.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetTemplate(id, out var template) && ExpandTemplate(template, ctor, null, OpArgs(args), null) is New created)
                return created.Args;
            if (ctor.ContainingType.SpecialType == SpecialType.System_Object) return new List<Expr>();
            Error("CSX1001", args.FirstOrDefault()?.Syntax.GetLocation() ?? fn.Method?.ContainingType?.Locations.FirstOrDefault(l => l.IsInSource) ?? ctor.Locations.FirstOrDefault(), $"'{ctor.ToDisplayString()}' cannot be a base constructor in cs2js");
            return new List<Expr>();
        }

        void EmitFieldInits(INamedTypeSymbol t, List<Stmt> w)
        {
            foreach (var m in t.GetMembers())
            {
                if (m.IsStatic) continue;
                if (m is IFieldSymbol { IsConst: false } f && !f.IsImplicitlyDeclared)
                {
                    if (!reached.Contains(f) && !reached.IsConstructed(t)) continue;
                    var st = At(new ExprStmt(new Assign(Dot(Kw.This, names.MemberName(f)), FieldInitValue(f))), PosOf(f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()));
                    if ((f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax)?.Initializer == null) defaultInits.Add(st);
                    fieldInits.Add(st);
                    w.Add(st);
                }
                else if (m is IPropertySymbol { IsIndexer: false } p && IsAutoProperty(p))
                {
                    var target = IsFieldLikeProperty(p) ? names.MemberName(p) : "$" + names.MemberName(p);
                    var st = At(new ExprStmt(new Assign(Dot(Kw.This, target), PropertyInitValue(p))), PosOf(p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()));
                    if ((p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as PropertyDeclarationSyntax)?.Initializer == null) defaultInits.Add(st);
                    fieldInits.Add(st);
                    w.Add(st);
                }
                else if (m is IEventSymbol ev && IsFieldLikeEvent(ev))
                {
                    var st = new ExprStmt(new Assign(Dot(Kw.This, names.MemberName(ev)), Kw.Null));
                    defaultInits.Add(st);
                    fieldInits.Add(st);
                    w.Add(st);
                }
            }
        }

        /// <summary>The statements that initialise an instance field (or field-like property or event) of
        /// the class: they store own data properties. <see cref="defaultInits"/>: those storing the type's
        /// default value (the field has no initialiser in C#).</summary>
        readonly HashSet<Stmt> fieldInits = new(ReferenceEqualityComparer.Instance), defaultInits = new(ReferenceEqualityComparer.Instance);

        /// <summary>A constructor's <c>this.f = default</c> goes when a later statement stores f again and
        /// nothing in between can read f. Checked over the constructor's first statements (after
        /// <c>super()</c>), each a store <c>this.g = value</c> into a field of the class (a data property:
        /// no setter runs) whose value cannot read the new object: without a base class, any value that
        /// does not name <c>this</c> (nothing else holds the object yet: no code can reach it); with one, the
        /// base constructor may have handed it out, so only values that run no code (<see cref="Inert"/>).</summary>
        void DropOverwrittenDefaults(List<Stmt> w, bool hasBase)
        {
            int start = hasBase ? 1 : 0, end = start;
            static Assign? Store(Stmt s) => s is ExprStmt { E: Assign { Op: "=", Target: Member { Obj: Kw { Word: "this" }, Optional: false } } a } ? a : null;
            static string Field(Assign a) => ((Member)a.Target).Name;
            var fields = new HashSet<string>(StringComparer.Ordinal);
            for (; end < w.Count && Store(w[end]) is { } a; end++)
            {
                if (fieldInits.Contains(w[end])) fields.Add(Field(a));
                else if (!fields.Contains(Field(a))) break;
                if (hasBase ? !Inert(a.Value) : Walk.All(new Node[] { a.Value }).Any(n => n is Kw { Word: "this" or "super" })) break;
            }
            for (int i = end - 1; i >= start; i--)
                if (defaultInits.Contains(w[i]) && Enumerable.Range(i + 1, end - i - 1).Any(j => Field(Store(w[j])!) == Field(Store(w[i])!)))
                {
                    w.RemoveAt(i);
                    end--;
                }
        }

        /// <summary>Evaluating e runs no code: literals, locals and parameters, logic and comparisons without
        /// conversions, <c>new Map()</c>, <c>new Set()</c>, <c>[]</c>.</summary>
        static bool Inert(Expr e) => e switch
        {
            Id or Num or Str => true,
            Kw k => k.Word is "null" or "true" or "false" or "undefined",
            Unary { Op: "!" or "void" } u => Inert(u.Operand),
            Binary { Op: "??" or "||" or "&&" or "===" or "!==" } b => Inert(b.Left) && Inert(b.Right),
            Cond c => Inert(c.Test) && Inert(c.Then) && Inert(c.Else),
            New { Callee: Id { Name: "Map" or "Set" }, Args.Count: 0 } => true,
            ArrayLit { Items.Count: 0 } => true,
            _ => false,
        };

        Expr FieldInitValue(IFieldSymbol f)
        {
            var syntax = f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
            if (syntax?.Initializer != null && OperationOf(syntax.Initializer) is IFieldInitializerOperation init)
                return ExprWithTemps(init.Value);
            return DefaultValue(f.Type);
        }

        Expr PropertyInitValue(IPropertySymbol p)
        {
            var syntax = p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as PropertyDeclarationSyntax;
            if (syntax?.Initializer != null && OperationOf(syntax.Initializer) is IPropertyInitializerOperation init)
                return ExprWithTemps(init.Value);
            return DefaultValue(p.Type);
        }

        /// <summary>An expression in a context with no statement before it: temps go into an arrow IIFE.</summary>
        Expr ExprWithTemps(IOperation op)
        {
            var saved = pending; pending = new List<string>();
            var e = Expr(op);
            var temps = pending; pending = saved;
            if (temps.Count == 0) return e;
            return new Call(new Arrow(new Expr[0], new Block(LetTemps(temps), new Return(e))));
        }

        static VarDecl LetTemps(IEnumerable<string> temps) => new("let", temps.Distinct().Select(t => new Declarator(new Id(t))));

        static bool IsAutoProperty(IPropertySymbol p) =>
            !p.IsAbstract && p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax pd
            && (pd.AccessorList?.Accessors.All(a => a.Body == null && a.ExpressionBody == null) ?? false) && pd.ExpressionBody == null
            || IsPositionalProperty(p);

        /// <summary>An auto-property is a plain JS field unless something could override it.</summary>
        static bool IsFieldLikeProperty(IPropertySymbol p) =>
            IsAutoProperty(p) && !p.IsVirtual && !p.IsOverride && !p.IsAbstract;

        static bool IsFieldLikeEvent(IEventSymbol e) =>
            e.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax;

        void LowerStaticConstructor(IMethodSymbol m)
        {
            var syntax = m.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            if (syntax == null) return;
            var inner = new List<Stmt>();
            EmitBody(syntax, inner, m);
            if (inner.Count == 0) return;
            CodeFor(m).Static.Add(At(Blk(inner), PosOf(syntax)));
        }

        // ---------------------------------------------------------------- fields, properties, events

        void LowerField(IFieldSymbol f)
        {
            if (f.IsConst) return;
            if (f.AssociatedSymbol is IPropertySymbol p) { Use(p); return; }
            if (f.AssociatedSymbol is IEventSymbol ev) { Use(ev); return; }
            if (!f.IsStatic) { UseConstructed(f.ContainingType); return; }
            var syntax = f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            CodeFor(f).Static.Add(At(new ExprStmt(new Assign(Dot(StaticOwner(f.ContainingType), names.MemberName(f)), FieldInitValue(f))), PosOf(syntax)));
        }

        void LowerEvent(IEventSymbol e)
        {
            if (IsFieldLikeEvent(e))
            {
                if (e.IsStatic) CodeFor(e).Static.Add(new ExprStmt(new Assign(Dot(StaticOwner(e.ContainingType), names.MemberName(e)), Kw.Null)));
                return;
            }
            // Explicit add/remove accessors: two methods, called by += and -=.
            var name = names.MemberName(e);
            var body = CodeFor(e).Body;
            if (e.AddMethod != null) EmitAccessor(body, e.AddMethod, MemberKind.Method, "$add_" + name, new List<Expr> { Ident("value") });
            if (e.RemoveMethod != null) EmitAccessor(body, e.RemoveMethod, MemberKind.Method, "$rem_" + name, new List<Expr> { Ident("value") });
        }

        void LowerProperty(IPropertySymbol p)
        {
            if (p.IsAbstract) return;
            Expr Owner() => p.IsStatic ? StaticOwner(p.ContainingType) : Kw.This;
            var name = names.MemberName(p);
            var syntax = p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            if (p.ContainingType.IsRecord && p.IsImplicitlyDeclared && p.Name == "EqualityContract") return;
            var body = CodeFor(p).Body;
            ClassMember Accessor(MemberKind kind, string accessorName, List<Expr> ps, List<Stmt> stmts) =>
                new(kind, p.IsStatic, accessorName, null, new Func(null, ps, Blk(stmts)));
            if (IsAutoProperty(p))
            {
                if (p.IsStatic)
                {
                    var target = IsFieldLikeProperty(p) ? name : "$" + name;
                    CodeFor(p).Static.Add(At(new ExprStmt(new Assign(Dot(StaticOwner(p.ContainingType), target), PropertyInitValue(p))), PosOf(syntax)));
                }
                else UseConstructed(p.ContainingType);
                if (!IsFieldLikeProperty(p))
                {
                    body.Add(At(Accessor(MemberKind.Get, name, new List<Expr>(), new List<Stmt> { new Return(Dot(Owner(), "$" + name)) }), PosOf(syntax)));
                    body.Add(Accessor(MemberKind.Set, name, new List<Expr> { Ident("v") }, new List<Stmt> { new ExprStmt(new Assign(Dot(Owner(), "$" + name), Ident("v"))) }));
                }
                return;
            }
            if (p.IsIndexer)
            {
                if (p.GetMethod != null) EmitAccessor(body, p.GetMethod, MemberKind.Method, "get" + name, Params(p.Parameters));
                if (p.SetMethod != null) { var ps = Params(p.Parameters); ps.Add(Ident("value")); EmitAccessor(body, p.SetMethod, MemberKind.Method, "set" + name, ps); }
                return;
            }
            if (p.GetMethod != null) EmitAccessor(body, p.GetMethod, MemberKind.Get, name, new List<Expr>());
            if (p.SetMethod != null) EmitAccessor(body, p.SetMethod, MemberKind.Set, name, new List<Expr> { Ident("value") });
            if (p.GetMethod == null && p.OverriddenProperty != null)
                body.Add(Accessor(MemberKind.Get, name, new List<Expr>(), new List<Stmt> { new Return(Dot(Kw.Super, name)) }));
            if (p.SetMethod == null && p.OverriddenProperty?.SetMethod != null)
                body.Add(Accessor(MemberKind.Set, name, new List<Expr> { Ident("v") }, new List<Stmt> { new ExprStmt(new Assign(Dot(Kw.Super, name), Ident("v"))) }));
        }

        void EmitAccessor(List<ClassMember> body, IMethodSymbol accessor, MemberKind kind, string name, List<Expr> ps)
        {
            var syntax = accessor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            fn = new Fn { Method = accessor };
            foreach (var p in accessor.Parameters) if (p.Name == "value") fn.Locals[p] = "value";
            var w = new List<Stmt>();
            bool iterator = syntax != null && IsIterator(syntax);
            if (iterator) fn.IsGeneratorBody = true;
            if (syntax is ArrowExpressionClauseSyntax arrow)
            {
                // Expression-bodied property: the arrow belongs to the property.
                var op = OperationOf(arrow);
                if (op is IBlockOperation b) EmitStatements(b.Operations, w);
            }
            else if (syntax != null) EmitBody(syntax, w, accessor);
            // An iterator getter (`get { yield return ... }`) returns a fresh re-enumerable sequence.
            if (iterator) w = new List<Stmt> { new Return(H("$iter", new Arrow(new Expr[0], GeneratorCall(w)))) };
            body.Add(At(new ClassMember(kind, accessor.IsStatic, name, null, new Func(null, ps, Blk(w))), PosOf(syntax)));
        }
    }
}
