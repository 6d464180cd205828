using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Print;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        void EmitStatements(IEnumerable<IOperation> ops, JsWriter w)
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
                        }
                    w.Line("try {");
                    w.Indent();
                    EmitStatements(list.Skip(i + 1), w);
                    w.Outdent();
                    w.Line("} finally {");
                    w.Indent();
                    declared.Reverse();
                    foreach (var n in declared) w.Line($"if ({n} != null) {n}.Dispose();");
                    w.Outdent();
                    w.Line("}");
                    return;
                }
                Statement(op, w);
            }
        }

        void FlushPending(JsWriter w)
        {
            if (pending.Count == 0) return;
            w.Line("let " + string.Join(", ", pending.Distinct()) + ";");
            pending.Clear();
        }

        /// <summary>Lowers one statement; temporaries it needs are declared just before it.</summary>
        void Statement(IOperation op, JsWriter w)
        {
            var saved = pending;
            pending = new List<string>();
            var sw = new JsWriter();
            StatementCore(op, sw);
            FlushPending(w);
            w.Embed(sw);
            pending = saved;
        }

        void Block(IOperation body, JsWriter w)
        {
            if (body is IBlockOperation b) EmitStatements(b.Operations, w);
            else Statement(body, w);
        }

        void StatementCore(IOperation op, JsWriter w)
        {
            var pos = PosOf(op.Syntax);
            switch (op)
            {
                case IBlockOperation b:
                    w.Line("{", pos); w.Indent(); EmitStatements(b.Operations, w); w.Outdent(); w.Line("}");
                    break;
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
                    IfStatement(c, w, pos, "if");
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
                    w.Line(ThrowText(th) + ";", pos);
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
                case ILabeledOperation lab:
                    Error("CSX2011", op, "labels and 'goto' are not supported; use loops and 'break'/'continue'");
                    break;
                default:
                    Error("CSX1002", op, $"statement '{op.Kind}' is not supported by cs2js");
                    break;
            }
        }

        void VariableDeclarator(IVariableDeclaratorOperation v, IVariableDeclarationOperation? d, JsWriter w)
        {
            // A local const is inlined at every use (Roslyn folds it): nothing to declare.
            if (v.Symbol.IsConst) return;
            var name = LocalName(v.Symbol);
            var init = v.Initializer ?? d?.Initializer;
            if (v.Symbol.IsRef) Error("CSX2009", v, "ref locals are not supported");
            var value = init != null ? Expr(init.Value).At(Js.Assign) : null;
            w.Line(value == null ? $"let {name};" : $"let {name} = {value};", PosOf(v.Syntax));
        }

        void ExpressionStatement(IOperation e, JsWriter w, SourcePos? pos)
        {
            switch (e)
            {
                case IThrowOperation th:
                    w.Line(ThrowText(th) + ";", pos);
                    return;
                case IDeconstructionAssignmentOperation da when da.Target is IDeclarationExpressionOperation or ITupleOperation:
                    {
                        var text = Deconstruction(da, statement: true);
                        w.Line(text + ";", pos);
                        return;
                    }
            }
            var js = Expr(e, statement: true);
            if (js.Text.Length == 0) return;
            var t = js.Text;
            if (t.StartsWith("{", StringComparison.Ordinal) || t.StartsWith("function", StringComparison.Ordinal) || t.StartsWith("class", StringComparison.Ordinal) || t.StartsWith("let ", StringComparison.Ordinal))
                t = "(" + t + ")";
            w.Line(t + ";", pos);
        }

        void ReturnStatement(IReturnOperation r, JsWriter w, SourcePos? pos)
        {
            switch (r.Kind)
            {
                case OperationKind.YieldReturn:
                    w.Line($"yield {Expr(r.ReturnedValue!).At(Js.Assign)};", pos);
                    return;
                case OperationKind.YieldBreak:
                    w.Line("return;", pos);
                    return;
            }
            if (r.ReturnedValue == null) { w.Line("return;", pos); return; }
            w.Line($"return {Expr(r.ReturnedValue).Text};", pos);
        }

        void IfStatement(IConditionalOperation c, JsWriter w, SourcePos? pos, string keyword)
        {
            w.Line($"{keyword} ({Expr(c.Condition).Text}) {{", pos);
            w.Indent(); Block(c.WhenTrue, w); w.Outdent();
            if (c.WhenFalse == null) { w.Line("}"); return; }
            if (c.WhenFalse is IConditionalOperation elseIf && pending.Count == 0)
            {
                // Temps needed by the else-if condition must be declared before the whole chain.
                var saved = pending; pending = new List<string>();
                var cond = Expr(elseIf.Condition).Text;
                if (pending.Count == 0)
                {
                    pending = saved;
                    w.Line($"}} else if ({cond}) {{", PosOf(elseIf.Syntax));
                    w.Indent(); Block(elseIf.WhenTrue, w); w.Outdent();
                    if (elseIf.WhenFalse == null) { w.Line("}"); return; }
                    if (elseIf.WhenFalse is IConditionalOperation) { ElseChain(elseIf.WhenFalse, w); return; }
                    w.Line("} else {"); w.Indent(); Block(elseIf.WhenFalse, w); w.Outdent(); w.Line("}");
                    return;
                }
                pending = saved;
            }
            w.Line("} else {");
            w.Indent(); Block(c.WhenFalse, w); w.Outdent();
            w.Line("}");
        }

        void ElseChain(IOperation op, JsWriter w)
        {
            // Re-lower the nested if inside an else block (keeps temps scoped correctly).
            w.Line("} else {");
            w.Indent(); Statement(op, w); w.Outdent();
            w.Line("}");
        }

        void WhileLoop(IWhileLoopOperation wl, JsWriter w, SourcePos? pos)
        {
            if (wl.ConditionIsTop)
            {
                var cond = wl.Condition == null ? "true" : Expr(wl.Condition).Text;
                if (wl.ConditionIsUntil) cond = "!(" + cond + ")";
                w.Line($"while ({cond}) {{", pos);
                w.Indent(); Block(wl.Body, w); w.Outdent();
                w.Line("}");
            }
            else
            {
                w.Line("do {", pos);
                w.Indent(); Block(wl.Body, w); w.Outdent();
                var cond = wl.Condition == null ? "true" : Expr(wl.Condition).Text;
                if (wl.ConditionIsUntil) cond = "!(" + cond + ")";
                w.Line($"}} while ({cond});");
            }
        }

        static bool HasClosures(SyntaxNode node) =>
            node.DescendantNodes().Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

        void ForLoop(IForLoopOperation fl, JsWriter w, SourcePos? pos)
        {
            var inits = new List<string>();
            bool shareVar = HasClosures(fl.Syntax);
            var decls = new List<string>();
            foreach (var b in fl.Before)
            {
                if (b is IVariableDeclarationGroupOperation g)
                    foreach (var d in g.Declarations)
                        foreach (var v in d.Declarators)
                        {
                            var init = v.Initializer ?? d.Initializer;
                            var val = init != null ? Expr(init.Value).At(Js.Assign) : null;
                            decls.Add(val == null ? LocalName(v.Symbol) : $"{LocalName(v.Symbol)} = {val}");
                        }
                else inits.Add(Expr(b, statement: true).At(Js.Assign));
            }
            var cond = fl.Condition == null ? "" : Expr(fl.Condition).Text;
            var steps = string.Join(", ", fl.AtLoopBottom.Select(s => Expr(s is IExpressionStatementOperation es ? es.Operation : s, statement: true).At(Js.Assign)));
            string initText;
            if (decls.Count > 0 && shareVar)
            {
                // C# shares one loop variable across iterations; JS `for (let` would copy it per iteration.
                w.Line("{");
                w.Indent();
                w.Line("let " + string.Join(", ", decls) + ";");
                initText = string.Join(", ", inits);
            }
            else initText = decls.Count > 0 ? "let " + string.Join(", ", decls) : string.Join(", ", inits);
            w.Line($"for ({initText}; {cond}; {steps}) {{", pos);
            w.Indent(); Block(fl.Body, w); w.Outdent();
            w.Line("}");
            if (decls.Count > 0 && shareVar) { w.Outdent(); w.Line("}"); }
        }

        void ForEachLoop(IForEachLoopOperation fe, JsWriter w, SourcePos? pos)
        {
            var coll = fe.Collection;
            while (coll is IConversionOperation { IsImplicit: true } conv) coll = conv.Operand;
            string source;
            if (coll.Type?.SpecialType == SpecialType.System_String) source = $"$chars({Expr(coll).Text})";
            else if (coll.Type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Stack<T>") source = $"[...{Expr(coll).At(Js.Call)}].reverse()";
            else source = Expr(coll).At(Js.Assign);
            if (fe.IsAsynchronous) Error("CSX2014", fe, "'await foreach' is not supported");
            string target;
            switch (fe.LoopControlVariable)
            {
                case IVariableDeclaratorOperation v: target = "const " + LocalName(v.Symbol); break;
                case IDeclarationExpressionOperation de: target = "const " + DestructurePattern(de.Expression); break;
                case ITupleOperation tup: target = "const " + DestructurePattern(tup); break;
                default: Error("CSX1002", fe, "unsupported foreach variable"); target = "const $x"; break;
            }
            w.Line($"for ({target} of {source}) {{", pos);
            w.Indent(); Block(fe.Body, w); w.Outdent();
            w.Line("}");
        }

        string DestructurePattern(IOperation op) => op switch
        {
            ITupleOperation t => "[" + string.Join(", ", t.Elements.Select(DestructurePattern)) + "]",
            IDeclarationExpressionOperation d => DestructurePattern(d.Expression),
            ILocalReferenceOperation l => LocalName(l.Local),
            IDiscardOperation => "",
            _ => Expr(op).Text,
        };

        void Branch(IBranchOperation br, JsWriter w, SourcePos? pos)
        {
            switch (br.BranchKind)
            {
                case BranchKind.Break:
                    foreach (var (label, js) in fn.BreakLabels)
                        if (SymbolEqualityComparer.Default.Equals(label, br.Target)) { w.Line($"break {js};", pos); return; }
                    w.Line("break;", pos);
                    return;
                case BranchKind.Continue:
                    w.Line("continue;", pos);
                    return;
                default:
                    Error("CSX2011", br, "'goto' is not supported; restructure with loops, 'break' or 'return'");
                    return;
            }
        }

        int labelCounter;

        void SwitchStatement(ISwitchOperation s, JsWriter w, SourcePos? pos)
        {
            bool simple = s.Cases.All(c => c.Clauses.All(cl => cl is IDefaultCaseClauseOperation
                || cl is ISingleValueCaseClauseOperation { Value.ConstantValue.HasValue: true }
                || cl is IPatternCaseClauseOperation { Guard: null, Pattern: IConstantPatternOperation { Value.ConstantValue.HasValue: true } }));
            if (simple)
            {
                w.Line($"switch ({Expr(s.Value).Text}) {{", pos);
                w.Indent();
                foreach (var c in s.Cases)
                {
                    foreach (var cl in c.Clauses)
                    {
                        if (cl is IDefaultCaseClauseOperation) w.Line("default:");
                        else
                        {
                            var v = cl is ISingleValueCaseClauseOperation sv ? sv.Value : ((IConstantPatternOperation)((IPatternCaseClauseOperation)cl).Pattern).Value;
                            w.Line($"case {Expr(v).Text}:");
                        }
                    }
                    w.Indent();
                    bool needsBlock = c.Body.Any(b => b is IVariableDeclarationGroupOperation or ILocalFunctionOperation);
                    if (needsBlock) { w.Line("{"); w.Indent(); }
                    EmitStatements(c.Body, w);
                    if (needsBlock) { w.Outdent(); w.Line("}"); }
                    w.Outdent();
                }
                w.Outdent();
                w.Line("}");
                return;
            }
            // Pattern switch: an if/else chain inside a labelled block; `break` leaves the block.
            var label = "$sw" + (++labelCounter);
            fn.BreakLabels.Add((s.ExitLabel, label));
            var subject = Expr(s.Value);
            string t;
            if (s.Value is ILocalReferenceOperation or IParameterReferenceOperation) t = subject.Text;
            else { t = NewTemp(); w.Line($"{t} = {subject.Text};", pos); }
            w.Line($"{label}: {{");
            w.Indent();
            var defaultCase = s.Cases.FirstOrDefault(c => c.Clauses.Any(cl => cl is IDefaultCaseClauseOperation));
            bool first = true;
            foreach (var c in s.Cases)
            {
                var conds = new List<string>();
                foreach (var cl in c.Clauses)
                {
                    switch (cl)
                    {
                        case IDefaultCaseClauseOperation: continue;
                        case ISingleValueCaseClauseOperation sv: conds.Add($"{t} === {Expr(sv.Value).At(Js.Equality + 1)}"); break;
                        case IPatternCaseClauseOperation pc:
                            var pt = PatternTest(pc.Pattern, t, s.Value.Type);
                            if (pc.Guard != null) pt = $"{Paren(pt, Js.And)} && {Expr(pc.Guard).At(Js.And + 1)}";
                            conds.Add(pt);
                            break;
                        case IRelationalCaseClauseOperation rc: conds.Add($"{t} {RelOp(rc.Relation)} {Expr(rc.Value).At(Js.Relational + 1)}"); break;
                    }
                }
                if (conds.Count == 0) continue;
                w.Line($"{(first ? "if" : "} else if")} ({string.Join(" || ", conds.Select(x => Paren(x, Js.Or)))}) {{");
                first = false;
                w.Indent(); EmitStatements(c.Body, w); w.Outdent();
            }
            if (defaultCase != null)
            {
                if (first) { EmitStatements(defaultCase.Body, w); }
                else { w.Line("} else {"); w.Indent(); EmitStatements(defaultCase.Body, w); w.Outdent(); w.Line("}"); }
            }
            else if (!first) w.Line("}");
            w.Outdent();
            w.Line("}");
        }

        static string Paren(string text, int minPrec) => NeedsParens(text) ? "(" + text + ")" : text;

        /// <summary>Conservative: parenthesise anything that is not obviously a single primary expression.</summary>
        static bool NeedsParens(string text)
        {
            int depth = 0; bool inStr = false; char q = '\0';
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (inStr) { if (c == '\\') i++; else if (c == q) inStr = false; continue; }
                if (c is '"' or '\'' or '`') { inStr = true; q = c; continue; }
                if (c is '(' or '[' or '{') depth++;
                else if (c is ')' or ']' or '}') depth--;
                else if (depth == 0 && (c == ' ' || c == '?' || c == ':' || c == ',')) return true;
            }
            return false;
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

        void TryStatement(ITryOperation t, JsWriter w, SourcePos? pos)
        {
            w.Line("try {", pos);
            w.Indent(); Block(t.Body, w); w.Outdent();
            if (t.Catches.Length > 0)
            {
                var e = "$e" + (++catchCounter);
                w.Line($"}} catch ({e}) {{");
                w.Indent();
                // A bare `catch { }` (or `catch (Exception)` without a variable) never looks at the
                // exception: skip the conversion, so small bundles need no exception runtime.
                bool looksAtException = t.Catches.Any(c => c.Filter != null || c.ExceptionDeclarationOrExpression != null
                    || c.ExceptionType != null && c.ExceptionType.ToDisplayString() is not ("System.Exception" or "object")
                    || c.Handler.Syntax.DescendantNodes().OfType<ThrowStatementSyntax>().Any(th => th.Expression == null));
                if (looksAtException) w.Line($"{e} = $exc({e});");
                fn.CatchVars.Push(e);
                bool first = true; bool catchAll = false;
                foreach (var c in t.Catches)
                {
                    var conds = new List<string>();
                    var type = c.ExceptionType;
                    bool isAll = type == null || type.ToDisplayString() is "System.Exception" or "object";
                    if (!isAll) conds.Add($"{e} instanceof {TypeRef(type!, c)}");
                    string? bind = null;
                    if (c.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation v) bind = LocalName(v.Symbol);
                    if (c.Filter != null)
                    {
                        // The filter may read the exception variable: bind it first.
                        var saved = pending; pending = new List<string>();
                        var f = Expr(c.Filter).Text;
                        var extra = pending; pending = saved;
                        foreach (var x in extra) pending.Add(x);
                        if (bind != null) { pending.Add(bind); conds.Add($"(({bind} = {e}), {Paren(f, Js.Comma)})"); }
                        else conds.Add(Paren(f, Js.And));
                    }
                    if (conds.Count == 0)
                    {
                        w.Line(first ? "{" : "} else {");
                        catchAll = true;
                    }
                    else w.Line($"{(first ? "if" : "} else if")} ({string.Join(" && ", conds)}) {{");
                    first = false;
                    w.Indent();
                    if (bind != null && c.Filter == null) w.Line($"let {bind} = {e};");
                    Block(c.Handler, w);
                    w.Outdent();
                    if (catchAll) break;
                }
                if (!catchAll) { w.Line("} else {"); w.Indent(); w.Line($"throw {e};"); w.Outdent(); }
                w.Line("}");
                fn.CatchVars.Pop();
                w.Outdent();
            }
            if (t.Finally != null)
            {
                w.Line("} finally {");
                w.Indent(); Block(t.Finally, w); w.Outdent();
            }
            w.Line("}");
        }

        string ThrowText(IThrowOperation th)
        {
            if (th.Exception == null)
            {
                if (fn.CatchVars.Count == 0) { Error("CSX1002", th, "rethrow outside a catch block"); return "throw null"; }
                return "throw " + fn.CatchVars.Peek();
            }
            var ex = th.Exception;
            while (ex is IConversionOperation { IsImplicit: true } c) ex = c.Operand;
            return "throw " + Expr(ex).Text;
        }

        void UsingStatement(IUsingOperation u, JsWriter w, SourcePos? pos)
        {
            var names = new List<string>();
            if (u.Resources is IVariableDeclarationGroupOperation g)
            {
                foreach (var d in g.Declarations)
                    foreach (var v in d.Declarators) { VariableDeclarator(v, d, w); names.Add(LocalName(v.Symbol)); }
            }
            else
            {
                var t = NewTemp();
                w.Line($"{t} = {Expr(u.Resources).Text};", pos);
                names.Add(t);
            }
            w.Line("try {");
            w.Indent(); Block(u.Body, w); w.Outdent();
            w.Line("} finally {");
            w.Indent();
            names.Reverse();
            foreach (var n in names) w.Line($"if ({n} != null) {n}.Dispose();");
            w.Outdent();
            w.Line("}");
        }

        void LocalFunction(ILocalFunctionOperation lf, JsWriter w)
        {
            var m = lf.Symbol;
            var name = LocalName(m);
            var savedFn = fn;
            fn = new Fn { Method = m, Parent = savedFn };
            var ps = Params(m.Parameters);
            var body = new JsWriter();
            bool iterator = IsIterator(lf.Syntax);
            var savedPending = pending; pending = new List<string>();
            if (lf.Body != null) EmitStatements(lf.Body.Operations, body);
            pending = savedPending;
            fn = savedFn;
            if (iterator)
            {
                w.Line($"const {name} = ({ps}) => $iter(() => (function* () {{", PosOf(lf.Syntax));
                w.Indent(); w.Embed(body); w.Outdent();
                w.Line("}).call(this));");
                return;
            }
            w.Line($"const {name} = {(m.IsAsync ? "async " : "")}({ps}) => {{", PosOf(lf.Syntax));
            w.Indent(); w.Embed(body); w.Outdent();
            w.Line("};");
        }
    }
}
