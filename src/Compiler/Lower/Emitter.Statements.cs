using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        void EmitStatements(IEnumerable<IOperation> ops, List<Stmt> w)
        {
            var list = ops.ToList();
            // C# local functions can be called before their declaration: declare them first.
            foreach (var lf in list.OfType<ILocalFunctionOperation>()) LocalFunction(lf, w);
            for (int i = 0; i < list.Count; i++)
            {
                var op = list[i];
                if (op is ILocalFunctionOperation) continue;
                if (op is IUsingDeclarationOperation ud)
                {
                    var declared = new List<string>();
                    foreach (var d in ud.DeclarationGroup.Declarations)
                        foreach (var v in d.Declarators)
                        {
                            Statement(v, w);
                            declared.Add(LocalName(v.Symbol));
                            if (IsLibraryEnumerator(v.Symbol.Type)) enumeratorResources.Add(LocalName(v.Symbol));
                        }
                    var rest = new List<Stmt>();
                    EmitStatements(list.Skip(i + 1), rest);
                    declared.Reverse();
                    var declPass = FirstPassCatch(out var declHandler);
                    w.Add(new Try(Blk(rest), declPass, declHandler, Blk(declared.Select<string, Stmt>(ud.IsAsynchronous ? DisposeAsyncIfSet : DisposeIfSet).ToList())));
                    return;
                }
                Statement(op, w);
            }
        }

        Stmt DisposeIfSet(string name) =>
            new If(Bin("!=", new Id(name), Kw.Null), new ExprStmt(enumeratorResources.Contains(name) ? H("$edispose", new Id(name)) : new Call(Dot(new Id(name), "Dispose"))));

        /// <summary>`using var e = xs.GetEnumerator()`: a library enumerator may be a JS iterator (an iterator
        /// method's generator), disposed through $edispose.</summary>
        readonly HashSet<string> enumeratorResources = new();

        static bool IsLibraryEnumerator(ITypeSymbol? t) =>
            t?.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerator_T or SpecialType.System_Collections_IEnumerator
            || t is INamedTypeSymbol { Name: "Enumerator", TypeKind: TypeKind.Struct, ContainingType: { } ct } && ct.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

        /// <summary>`await using`: DisposeAsync awaited (a yield of the lowered async body).</summary>
        static Stmt DisposeAsyncIfSet(string name) =>
            new If(Bin("!=", new Id(name), Kw.Null), new ExprStmt(new Yield(new Call(Dot(new Id(name), "DisposeAsync")))));

        void FlushPending(List<Stmt> w)
        {
            if (pending.Count == 0) return;
            w.Add(LetTemps(pending));
            pending.Clear();
        }

        /// <summary>Lowers one statement; temporaries it needs are declared just before it.</summary>
        void Statement(IOperation op, List<Stmt> w)
        {
            var saved = pending;
            pending = new List<string>();
            var sw = new List<Stmt>();
            StatementCore(op, sw);
            FlushPending(w);
            w.AddRange(sw);
            pending = saved;
        }

        /// <summary>The statements of a block (or of a single embedded statement).</summary>
        List<Stmt> Body(IOperation body)
        {
            var w = new List<Stmt>();
            if (body is IBlockOperation b) EmitStatements(b.Operations, w);
            else Statement(body, w);
            return w;
        }

        void StatementCore(IOperation op, List<Stmt> w)
        {
            var pos = PosOf(op.Syntax);
            switch (op)
            {
                case IBlockOperation b:
                    {
                        var inner = new List<Stmt>();
                        EmitStatements(b.Operations, inner);
                        w.Add(At(Blk(inner), pos));
                        break;
                    }
                case IVariableDeclarationGroupOperation g:
                    foreach (var d in g.Declarations)
                        foreach (var v in d.Declarators) VariableDeclarator(v, d, w);
                    break;
                case IVariableDeclaratorOperation v:
                    VariableDeclarator(v, null, w);
                    break;
                case IExpressionStatementOperation es:
                    ExpressionStatement(es.Operation, w, pos);
                    break;
                case IReturnOperation r:
                    ReturnStatement(r, w, pos);
                    break;
                case IConditionalOperation c:
                    IfStatement(c, w, pos);
                    break;
                case IWhileLoopOperation wl:
                    WhileLoop(wl, w, pos);
                    break;
                case IForLoopOperation fl:
                    ForLoop(fl, w, pos);
                    break;
                case IForEachLoopOperation fe:
                    ForEachLoop(fe, w, pos);
                    break;
                case IBranchOperation br:
                    Branch(br, w, pos);
                    break;
                case ISwitchOperation s:
                    SwitchStatement(s, w, pos);
                    break;
                case ITryOperation t:
                    TryStatement(t, w, pos);
                    break;
                case IThrowOperation th:
                    w.Add(At(ThrowStatement(th), pos));
                    break;
                case IUsingOperation u:
                    UsingStatement(u, w, pos);
                    break;
                case ILocalFunctionOperation lf:
                    LocalFunction(lf, w);
                    break;
                case IEmptyOperation:
                    break;
                case ILockOperation:
                    Error("CSX2008", op, "'lock' is not supported: JavaScript is single-threaded; remove the lock");
                    break;
                case ILabeledOperation:
                    Error("CSX2011", op, "labels and 'goto' are not supported; use loops and 'break'/'continue'");
                    break;
                default:
                    Error("CSX1002", op, $"statement '{op.Kind}' is not supported by cs2js");
                    break;
            }
        }

        void VariableDeclarator(IVariableDeclaratorOperation v, IVariableDeclarationOperation? d, List<Stmt> w)
        {
            // A local const is inlined at every use (Roslyn folds it): nothing to declare.
            if (v.Symbol.IsConst) return;
            var name = LocalName(v.Symbol);
            var init = v.Initializer ?? d?.Initializer;
            if (v.Symbol.IsRef) Error("CSX2009", v, "ref locals are not supported");
            var value = init != null ? Expr(init.Value) : IsUserStruct(v.Symbol.Type) ? DefaultValue(v.Symbol.Type) : null;
            if (value is Seq seq && InitializesItself(seq, name))
            {
                // `var d = new X { P = a }`: the new local is the initialiser's target (`let d=new X();d.P=a`),
                // not a temporary (`let t,d=(t=new X(),t.P=a,t)`). C# cannot read d inside its own initialiser,
                // and once one throws nothing can observe d, so the steps may run on d itself.
                var temp = ((Id)((Assign)seq.Items[0]).Target).Name;
                pending.Remove(temp);
                var pos = PosOf(v.Syntax);
                w.Add(At(VarDecl.Let(name, ((Assign)seq.Items[0]).Value), pos));
                for (int i = 1; i < seq.Items.Count - 1; i++)
                {
                    foreach (var n in Walk.All(seq.Items[i]))
                        if (n is Id id && id.Name == temp) id.Name = name;
                    w.Add(At(new ExprStmt(seq.Items[i]), pos));
                }
                return;
            }
            w.Add(At(VarDecl.Let(name, value), PosOf(v.Syntax)));
        }

        /// <summary>True for an object initialiser's steps `(t = new X(), t.P = a, ..., t)` on a temporary of this
        /// statement, named nowhere else (the local's name appears in none of the steps).</summary>
        bool InitializesItself(Seq seq, string local)
        {
            if (seq.Items.Count < 3 || seq.Items[0] is not Assign { Op: "=", Target: Id temp } first || seq.Items[^1] is not Id last
                || last.Name != temp.Name || !temp.Name.StartsWith("$", StringComparison.Ordinal) || pending.Count(p => p == temp.Name) != 1)
                return false;
            if (Walk.All(first.Value).Any(n => n is Id id && id.Name == temp.Name)) return false;
            for (int i = 1; i < seq.Items.Count - 1; i++)
                if (Walk.All(seq.Items[i]).Any(n => n is Id id && id.Name == local || n is Func or Arrow && Walk.All(n).Any(x => x is Id ix && ix.Name == temp.Name)))
                    return false;
            return true;
        }

        void ExpressionStatement(IOperation e, List<Stmt> w, Span? pos)
        {
            switch (e)
            {
                case IThrowOperation th:
                    w.Add(At(ThrowStatement(th), pos));
                    return;
                case IDeconstructionAssignmentOperation da when da.Target is IDeclarationExpressionOperation or ITupleOperation:
                    w.Add(At(DeconstructionStatement(da), pos));
                    return;
                case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                    // `_ = work();`: the value is evaluated and dropped (no temporary to hold it).
                    w.Add(At(new ExprStmt(Expr(discard.Value)), pos));
                    return;
            }
            w.Add(At(new ExprStmt(Expr(e, statement: true)), pos));
        }

        void ReturnStatement(IReturnOperation r, List<Stmt> w, Span? pos)
        {
            switch (r.Kind)
            {
                case OperationKind.YieldReturn:
                    // An async iterator's generator also yields its awaits: a returned item is wrapped ([v]).
                    var item = Expr(r.ReturnedValue!);
                    w.Add(At(new ExprStmt(new Yield(fn.Method is { IsAsync: true } ? new ArrayLit(item) : item)), pos));
                    return;
                case OperationKind.YieldBreak:
                    w.Add(At(new Return(), pos));
                    return;
            }
            w.Add(At(new Return(r.ReturnedValue == null ? null : Expr(r.ReturnedValue)), pos));
        }

        void IfStatement(IConditionalOperation c, List<Stmt> w, Span? pos)
        {
            var test = Expr(c.Condition);
            var then = Blk(Body(c.WhenTrue));
            w.Add(At(new If(test, then, c.WhenFalse == null ? null : ElseBranch(c.WhenFalse)), pos));
        }

        /// <summary>An else branch: `else if` when the nested condition needs no temporaries (they would
        /// have to be declared before the whole chain), else a block.</summary>
        Stmt ElseBranch(IOperation whenFalse)
        {
            if (whenFalse is IConditionalOperation elseIf)
            {
                var saved = pending; pending = new List<string>();
                var cond = Expr(elseIf.Condition);
                bool clean = pending.Count == 0;
                pending = saved;
                if (clean)
                {
                    var then = Blk(Body(elseIf.WhenTrue));
                    return At(new If(cond, then, elseIf.WhenFalse == null ? null : ElseBranch(elseIf.WhenFalse)), PosOf(elseIf.Syntax));
                }
                // Re-lower the nested if inside an else block (keeps temps scoped correctly).
                var inner = new List<Stmt>();
                Statement(whenFalse, inner);
                return Blk(inner);
            }
            return Blk(Body(whenFalse));
        }

        void WhileLoop(IWhileLoopOperation wl, List<Stmt> w, Span? pos)
        {
            Expr Cond()
            {
                var cond = wl.Condition == null ? (Expr)Kw.True : Expr(wl.Condition);
                return wl.ConditionIsUntil ? Not(cond) : cond;
            }
            if (wl.ConditionIsTop)
            {
                var cond = Cond();
                w.Add(At(new While(cond, Blk(Body(wl.Body))), pos));
            }
            else
            {
                var body = Blk(Body(wl.Body));
                w.Add(At(new DoWhile(body, Cond()), pos));
            }
        }

        static bool HasClosures(SyntaxNode node) =>
            node.DescendantNodes().Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

        void ForLoop(IForLoopOperation fl, List<Stmt> w, Span? pos)
        {
            MarkInBounds(fl);
            var inits = new List<Expr>();
            bool shareVar = HasClosures(fl.Syntax);
            var decls = new List<Declarator>();
            foreach (var b in fl.Before)
            {
                if (b is IVariableDeclarationGroupOperation g)
                    foreach (var d in g.Declarations)
                        foreach (var v in d.Declarators)
                        {
                            var init = v.Initializer ?? d.Initializer;
                            decls.Add(new Declarator(Ident(LocalName(v.Symbol)), init != null ? Expr(init.Value) : null));
                        }
                else inits.Add(Expr(b, statement: true));
            }
            var cond = fl.Condition == null ? null : Expr(fl.Condition);
            var steps = fl.AtLoopBottom.Select(s => Expr(s is IExpressionStatementOperation es ? es.Operation : s, statement: true)).ToList();
            Expr? Join(List<Expr> xs) => xs.Count == 0 ? null : xs.Count == 1 ? xs[0] : new Seq(xs);
            var update = Join(steps);
            if (decls.Count > 0 && shareVar)
            {
                // C# shares one loop variable across iterations; JS `for (let` would copy it per iteration.
                var initExpr = Join(inits);
                var loop = At(new For(initExpr == null ? null : new ExprStmt(initExpr), cond, update, Blk(Body(fl.Body))), pos);
                w.Add(new Block(new VarDecl("let", decls), loop));
                return;
            }
            Stmt? initStmt = decls.Count > 0 ? new VarDecl("let", decls) : Join(inits) is { } ie ? new ExprStmt(ie) : null;
            w.Add(At(new For(initStmt, cond, update, Blk(Body(fl.Body))), pos));
        }

        void ForEachLoop(IForEachLoopOperation fe, List<Stmt> w, Span? pos)
        {
            var coll = fe.Collection;
            while (coll is IConversionOperation { IsImplicit: true } conv) coll = conv.Operand;
            Expr source;
            if (coll.Type?.SpecialType == SpecialType.System_String) source = H("$chars", Expr(coll));
            else if (coll.Type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Stack<T>") source = ReversedCopy(Expr(coll));
            else source = IsUntypedEnumerable(coll.Type) ? UntypedElements(coll, Expr(coll)) : Expr(coll);
            if (!fe.IsAsynchronous && ModifiedGuard(coll, source, fe.Body) is { } guarded) source = guarded;
            Expr target;
            switch (fe.LoopControlVariable)
            {
                case IVariableDeclaratorOperation v: target = Ident(LocalName(v.Symbol)); break;
                case IDeclarationExpressionOperation de: target = DestructurePattern(de.Expression); break;
                case ITupleOperation tup: target = DestructurePattern(tup); break;
                default: Error("CSX1002", fe, "unsupported foreach variable"); target = Ident("$x"); break;
            }
            if (fe.IsAsynchronous) { AwaitForEach(source, target, fe, w, pos); return; }
            w.Add(At(new ForOf("const", target, source, Blk(Body(fe.Body))), pos));
        }

        /// <summary>await foreach (only in a program whose tasks are $Task, see Reach.Reified.Tasks):
        /// e = xs.GetAsyncEnumerator(); try { while (yield e.MoveNextAsync()) { const x = e.Current; … } }
        /// finally { yield e.DisposeAsync(); }</summary>
        void AwaitForEach(Expr source, Expr target, IForEachLoopOperation fe, List<Stmt> w, Span? pos)
        {
            var e = NewTemp();
            w.Add(At(new ExprStmt(new Assign(e, new Call(Dot(source, "GetAsyncEnumerator")))), pos));
            var body = new List<Stmt> { new VarDecl("const", target, Dot(e, "Current")) };
            body.AddRange(Body(fe.Body));
            var loop = new While(new Yield(new Call(Dot(e, "MoveNextAsync"))), Blk(body));
            w.Add(At(new Try(new Block(loop), null, null, new Block(new ExprStmt(new Yield(new Call(Dot(e, "DisposeAsync")))))), pos));
        }

        /// <summary>[...xs].reverse(): a Stack enumerates from the top, the end of our array.</summary>
        static Expr ReversedCopy(Expr xs) => new Call(Dot(new ArrayLit(new Spread(xs)), "reverse"));

        Expr DestructurePattern(IOperation op) => op switch
        {
            ITupleOperation t => new ArrayLit(t.Elements.Select(e => e is IDiscardOperation ? null : DestructurePattern(e))),
            IDeclarationExpressionOperation d => DestructurePattern(d.Expression),
            ILocalReferenceOperation l => Ident(LocalName(l.Local)),
            _ => Expr(op),
        };

        void Branch(IBranchOperation br, List<Stmt> w, Span? pos)
        {
            switch (br.BranchKind)
            {
                case BranchKind.Break:
                    foreach (var (label, js) in fn.BreakLabels)
                        if (SymbolEqualityComparer.Default.Equals(label, br.Target)) { w.Add(At(new Break(js), pos)); return; }
                    w.Add(At(new Break(), pos));
                    return;
                case BranchKind.Continue:
                    w.Add(At(new Continue(), pos));
                    return;
                default:
                    Error("CSX2011", br, "'goto' is not supported; restructure with loops, 'break' or 'return'");
                    return;
            }
        }

        int labelCounter;

        void SwitchStatement(ISwitchOperation s, List<Stmt> w, Span? pos)
        {
            bool simple = s.Cases.All(c => c.Clauses.All(cl => cl is IDefaultCaseClauseOperation
                || cl is ISingleValueCaseClauseOperation { Value.ConstantValue.HasValue: true }
                || cl is IPatternCaseClauseOperation { Guard: null, Pattern: IConstantPatternOperation { Value.ConstantValue.HasValue: true } }));
            if (simple)
            {
                var disc = Expr(s.Value);
                var cases = new List<Case>();
                foreach (var c in s.Cases)
                {
                    var body = new List<Stmt>();
                    bool needsBlock = c.Body.Any(b => b is IVariableDeclarationGroupOperation or ILocalFunctionOperation);
                    EmitStatements(c.Body, body);
                    if (needsBlock) body = new List<Stmt> { Blk(body) };
                    // Several labels share one body: all but the last fall through with an empty body.
                    for (int i = 0; i < c.Clauses.Length; i++)
                    {
                        var cl = c.Clauses[i];
                        Expr? test = null;
                        if (cl is not IDefaultCaseClauseOperation)
                            test = Expr(cl is ISingleValueCaseClauseOperation sv ? sv.Value : ((IConstantPatternOperation)((IPatternCaseClauseOperation)cl).Pattern).Value);
                        cases.Add(new Case(test, i == c.Clauses.Length - 1 ? body : new List<Stmt>()));
                    }
                }
                w.Add(At(new Switch(disc, cases), pos));
                return;
            }
            // Pattern switch: an if/else chain inside a labelled block; `break` leaves the block.
            var label = "$sw" + (++labelCounter);
            fn.BreakLabels.Add((s.ExitLabel, label));
            var subject = Expr(s.Value);
            Expr t;
            if (s.Value is ILocalReferenceOperation or IParameterReferenceOperation) t = subject;
            else { t = NewTemp(); w.Add(At(new ExprStmt(new Assign(t, subject)), pos)); }
            var defaultCase = s.Cases.FirstOrDefault(c => c.Clauses.Any(cl => cl is IDefaultCaseClauseOperation));
            var arms = new List<(Expr cond, List<Stmt> body)>();
            foreach (var c in s.Cases)
            {
                var conds = new List<Expr>();
                foreach (var cl in c.Clauses)
                {
                    switch (cl)
                    {
                        case IDefaultCaseClauseOperation: continue;
                        case ISingleValueCaseClauseOperation sv: conds.Add(Bin("===", t, Expr(sv.Value))); break;
                        case IPatternCaseClauseOperation pc:
                            var pt = PatternTest(pc.Pattern, t, s.Value.Type);
                            if (pc.Guard != null) pt = Bin("&&", pt, Expr(pc.Guard));
                            conds.Add(pt);
                            break;
                        case IRelationalCaseClauseOperation rc: conds.Add(Bin(RelOp(rc.Relation), t, Expr(rc.Value))); break;
                    }
                }
                if (conds.Count == 0) continue;
                var body = new List<Stmt>();
                EmitStatements(c.Body, body);
                arms.Add((conds.Aggregate((a, b) => Bin("||", a, b)), body));
            }
            List<Stmt>? fallback = null;
            if (defaultCase != null) { fallback = new List<Stmt>(); EmitStatements(defaultCase.Body, fallback); }
            var inside = new List<Stmt>();
            if (arms.Count == 0) { if (fallback != null) inside.AddRange(fallback); }
            else
            {
                Stmt? chain = fallback == null ? null : Blk(fallback);
                for (int i = arms.Count - 1; i >= 0; i--) chain = new If(arms[i].cond, Blk(arms[i].body), chain);
                inside.Add(chain!);
            }
            w.Add(new Labeled(label, Blk(inside)));
        }

        static string RelOp(BinaryOperatorKind k) => k switch
        {
            BinaryOperatorKind.LessThan => "<",
            BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.GreaterThan => ">",
            BinaryOperatorKind.GreaterThanOrEqual => ">=",
            BinaryOperatorKind.Equals => "===",
            BinaryOperatorKind.NotEquals => "!==",
            _ => "===",
        };

        int catchCounter;

        bool? usesFilters;

        /// <summary>A program with `catch ... when` unwinds in two passes as .NET does: the filters of every
        /// enclosing try run before any inner finally. Only such programs pay for the handler frames, and
        /// async methods and iterators (whose frames would outlive an await or a yield) keep one pass.</summary>
        bool TwoPass => (usesFilters ??= compilation.SyntaxTrees.Any(tr => tr.GetRoot().DescendantNodes().OfType<CatchFilterClauseSyntax>().Any()))
            && !fn.IsGeneratorBody && !IsAsyncContext();

        bool IsAsyncContext()
        {
            for (var f = fn; f != null; f = f.Parent)
            {
                if (f.Method?.IsAsync == true || f.IsGeneratorBody) return true;
                if (f.Method?.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction)) break;
            }
            return false;
        }

        /// <summary>try/finally in a two-pass program: the first pass (the filters outside) runs before the finally.</summary>
        Id? FirstPassCatch(out Block? handler)
        {
            handler = null;
            if (!TwoPass) return null;
            var x = "$e" + (++catchCounter);
            handler = Blk(new List<Stmt> { new Throw(H("$fpass", H("$exc", Ident(x)))) });
            return Ident(x);
        }

        void TryStatement(ITryOperation t, List<Stmt> w, Span? pos)
        {
            if (TwoPass && t.Catches.Length > 0) { TwoPassTry(t, w, pos); return; }
            var body = Blk(Body(t.Body));
            Id? param = null;
            Block? handler = null;
            if (t.Catches.Length > 0)
            {
                // One catch that names its exception and never assigns it: the catch's own parameter is
                // that variable (`catch (e) { e = $exc(e); ... }`, not a copy `let x = e`).
                string? own = t.Catches is [{ Filter: null, ExceptionDeclarationOrExpression: IVariableDeclaratorOperation ownVar }]
                    && !Model(ownVar.Syntax.SyntaxTree).AnalyzeDataFlow(t.Catches[0].Handler.Syntax).WrittenInside.Contains(ownVar.Symbol, SymbolEqualityComparer.Default)
                    ? LocalName(ownVar.Symbol) : null;
                var e = Ident(own ?? "$e" + (++catchCounter));
                param = e;
                var hw = new List<Stmt>();
                if (Reach.ExceptionTypes.ConvertsCaught(t)) hw.Add(new ExprStmt(new Assign(e, H("$exc", e))));
                fn.CatchVars.Push(e.Name);
                var arms = new List<(Expr? cond, List<Stmt> body)>();
                foreach (var c in t.Catches)
                {
                    var conds = new List<Expr>();
                    var type = c.ExceptionType;
                    bool isAll = type == null || type.ToDisplayString() is "System.Exception" or "object";
                    if (!isAll) conds.Add(Bin("instanceof", e, TypeRef(type!, c)));
                    string? bind = null;
                    if (c.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation v) bind = LocalName(v.Symbol);
                    if (c.Filter != null)
                    {
                        // The filter may read the exception variable: bind it first.
                        var saved = pending; pending = new List<string>();
                        var f = Expr(c.Filter);
                        var extra = pending; pending = saved;
                        foreach (var x in extra) pending.Add(x);
                        if (bind != null) { pending.Add(bind); conds.Add(new Seq(new Assign(Ident(bind), e), f)); }
                        else conds.Add(f);
                    }
                    var cb = new List<Stmt>();
                    if (bind != null && c.Filter == null && bind != own) cb.Add(VarDecl.Let(bind, e));
                    cb.AddRange(Body(c.Handler));
                    arms.Add((conds.Count == 0 ? null : conds.Aggregate((a, b) => Bin("&&", a, b)), cb));
                    if (conds.Count == 0) break;
                }
                fn.CatchVars.Pop();
                // if (e instanceof A) {...} else if (...) {...} else { throw e; }  — a catch-all arm ends the chain.
                Stmt chain = arms[^1].cond == null ? Blk(arms[^1].body) : new If(arms[^1].cond!, Blk(arms[^1].body), Blk(new List<Stmt> { new Throw(e) }));
                for (int i = arms.Count - 2; i >= 0; i--) chain = new If(arms[i].cond!, Blk(arms[i].body), chain);
                if (chain is Block only) hw.AddRange(only.Body); else hw.Add(chain);
                handler = Blk(hw);
            }
            var fin = t.Finally == null ? null : Blk(Body(t.Finally));
            if (param == null && fin != null) param = FirstPassCatch(out handler);
            w.Add(At(new Try(body, param, handler, fin), pos));
        }

        /// <summary>try/catch in a two-pass program: a handler frame `h(e)` (the index of the catch that
        /// takes e, filters included, or -1) is on the frame stack while the body runs; the catch asks
        /// the first pass's answer (`$farm`), so a filter runs once, before the finally blocks inside.</summary>
        void TwoPassTry(ITryOperation t, List<Stmt> w, Span? pos)
        {
            var en = "$e" + (++catchCounter);
            var xn = "$x" + catchCounter;   // the frame's own parameter (a binding apart from the catch's)
            Id E() => Ident(en);
            Id X() => Ident(xn);
            var handlers = new List<(ICatchClauseOperation c, string? bind)>();
            var fn0 = "$h" + catchCounter;
            var an = "$a" + catchCounter;
            Id Frame() => Ident(fn0);
            var tests = new List<Stmt>();
            var arms = new List<List<Stmt>>();
            // The exception variables the filters bind live in a block of their own (two tries in a row may both bind `e`).
            var outerPending = pending; pending = new List<string>();
            fn.CatchVars.Push(en);
            for (int i = 0; i < t.Catches.Length; i++)
            {
                var c = t.Catches[i];
                var conds = new List<Expr>();
                var type = c.ExceptionType;
                bool isAll = type == null || type.ToDisplayString() is "System.Exception" or "object";
                if (!isAll) conds.Add(Bin("instanceof", X(), TypeRef(type!, c)));
                string? bind = null;
                if (c.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation v) bind = LocalName(v.Symbol);
                if (c.Filter != null)
                {
                    var f = Expr(c.Filter);
                    if (bind != null) { pending.Add(bind); conds.Add(new Seq(new Assign(Ident(bind), X()), f)); }
                    else conds.Add(f);
                }
                var handlerBind = bind != null && c.Filter == null ? bind : null;
                arms.Add(new List<Stmt>());
                handlers.Add((c, handlerBind));
                var ret = new Return(Int(i));
                tests.Add(conds.Count == 0 ? ret : new If(conds.Aggregate((a, b) => Bin("&&", a, b)), ret, null));
                if (conds.Count == 0) break;
            }
            var blockPending = pending; pending = new List<string>();
            for (int i = 0; i < handlers.Count; i++)
            {
                if (handlers[i].bind != null) arms[i].Add(VarDecl.Let(handlers[i].bind!, E()));
                arms[i].AddRange(Body(handlers[i].c.Handler));
            }
            fn.CatchVars.Pop();
            if (tests.Count == 0 || tests[^1] is not Return) tests.Add(new Return(Int(-1)));
            var bw = new List<Stmt>();
            foreach (var n in blockPending.Distinct()) bw.Add(VarDecl.Let(n));
            // const $h = ($e) => { if (e instanceof A && filter) return 0; ...; return -1; };
            bw.Add(VarDecl.Const(fn0, new Arrow(new Expr[] { X() }, Blk(tests))));
            bw.Add(new ExprStmt(new Call(Dot(Dot(Ident("$fpass"), "s"), "push"), Frame())));
            var body = Blk(Body(t.Body));
            var hw = new List<Stmt>
            {
                new ExprStmt(new Assign(E(), H("$exc", E()))),
                VarDecl.Const(an, H("$farm", E(), Frame())),
            };
            Stmt chain = new Throw(E());
            for (int i = arms.Count - 1; i >= 0; i--) chain = new If(Bin("===", Ident(an), Int(i)), Blk(arms[i]), chain);
            hw.Add(chain);
            var fin = new List<Stmt> { new ExprStmt(H("$fpop", Frame())) };
            if (t.Finally != null) fin.AddRange(Body(t.Finally));
            bw.Add(At(new Try(body, E(), Blk(hw), Blk(fin)), pos));
            pending = outerPending;
            w.Add(Blk(bw));
        }

        Stmt ThrowStatement(IThrowOperation th)
        {
            if (th.Exception == null)
            {
                if (fn.CatchVars.Count == 0) { Error("CSX1002", th, "rethrow outside a catch block"); return new Throw(Kw.Null); }
                return new Throw(Ident(fn.CatchVars.Peek()));
            }
            var ex = th.Exception;
            while (ex is IConversionOperation { IsImplicit: true } c) ex = c.Operand;
            return new Throw(Expr(ex));
        }

        void UsingStatement(IUsingOperation u, List<Stmt> w, Span? pos)
        {
            var names = new List<string>();
            if (u.Resources is IVariableDeclarationGroupOperation g)
            {
                foreach (var d in g.Declarations)
                    foreach (var v in d.Declarators)
                    {
                        VariableDeclarator(v, d, w);
                        names.Add(LocalName(v.Symbol));
                        if (IsLibraryEnumerator(v.Symbol.Type)) enumeratorResources.Add(LocalName(v.Symbol));
                    }
            }
            else
            {
                var t = NewTemp();
                w.Add(At(new ExprStmt(new Assign(t, Expr(u.Resources))), pos));
                names.Add(t.Name);
                if (IsLibraryEnumerator(u.Resources.Type)) enumeratorResources.Add(t.Name);
            }
            var body = Blk(Body(u.Body));
            names.Reverse();
            var usingPass = FirstPassCatch(out var usingHandler);
            w.Add(new Try(body, usingPass, usingHandler, Blk(names.Select<string, Stmt>(u.IsAsynchronous ? DisposeAsyncIfSet : DisposeIfSet).ToList())));
        }

        void LocalFunction(ILocalFunctionOperation lf, List<Stmt> w)
        {
            var m = lf.Symbol;
            var name = LocalName(m);
            var savedFn = fn;
            fn = new Fn { Method = m, Parent = savedFn };
            var ps = Params(m.Parameters);
            var body = new List<Stmt>();
            bool iterator = IsIterator(lf.Syntax);
            var savedPending = pending; pending = new List<string>();
            if (lf.Body != null) EmitStatements(lf.Body.Operations, body);
            pending = savedPending;
            fn = savedFn;
            Expr value = iterator
                ? new Arrow(ps, H(m.IsAsync ? "$aiter" : "$iter", new Arrow(new Expr[0], GeneratorCall(body))))
                : m.IsAsync && reified.Tasks ? new Arrow(ps, AsyncRun(Blk(body))) : new Arrow(ps, Blk(body), m.IsAsync);
            w.Add(At(VarDecl.Const(name, value), PosOf(lf.Syntax)));
        }
    }
}
