using System;
using System.Collections.Generic;
using System.Linq;

namespace Cs2Js.Tree
{
    /// <summary>Several expressions spliced into an argument or array list where one template
    /// placeholder stood (a params array spread with {*N}). Exists only during substitution.</summary>
    public sealed class Splice : Expr
    {
        public readonly List<Expr> Items;
        public Splice(IEnumerable<Expr> items) { Items = items.ToList(); }
        public override int Prec => Cs2Js.Tree.Prec.Comma;
    }

    /// <summary>Generic traversal and copying of the syntax tree.</summary>
    public static class Walk
    {
        /// <summary>The direct children of a node, in source order.</summary>
        public static IEnumerable<Node> Children(Node n)
        {
            switch (n)
            {
                case Member m: yield return m.Obj; break;
                case Subscript ix: yield return ix.Obj; yield return ix.Key; break;
                case Call c: yield return c.Callee; foreach (var a in c.Args) yield return a; break;
                case New nw: yield return nw.Callee; foreach (var a in nw.Args) yield return a; break;
                case Unary u: yield return u.Operand; break;
                case Update up: yield return up.Target; break;
                case Binary b: yield return b.Left; yield return b.Right; break;
                case Assign a: yield return a.Target; yield return a.Value; break;
                case Cond c: yield return c.Test; yield return c.Then; yield return c.Else; break;
                case Seq s: foreach (var x in s.Items) yield return x; break;
                case Splice sp: foreach (var x in sp.Items) yield return x; break;
                case Arrow ar: foreach (var p in ar.Params) yield return p; yield return ar.Body; break;
                case Func f: foreach (var p in f.Params) yield return p; yield return f.Body; break;
                case ArrayLit al: foreach (var x in al.Items) if (x != null) yield return x; break;
                case ObjectLit ol: foreach (var p in ol.Props) yield return p; break;
                case Prop p: if (p.Computed != null) yield return p.Computed; yield return p.Value; break;
                case Spread s: yield return s.Arg; break;
                case Yield y: if (y.Arg != null) yield return y.Arg; break;
                case ExprStmt es: yield return es.E; break;
                case VarDecl vd: foreach (var d in vd.Decls) yield return d; break;
                case Declarator d: yield return d.Target; if (d.Init != null) yield return d.Init; break;
                case Return r: if (r.Value != null) yield return r.Value; break;
                case If i: yield return i.Test; yield return i.Then; if (i.Else != null) yield return i.Else; break;
                case While w: yield return w.Test; yield return w.Body; break;
                case DoWhile dw: yield return dw.Body; yield return dw.Test; break;
                case For f:
                    if (f.Init != null) yield return f.Init;
                    if (f.Test != null) yield return f.Test;
                    if (f.Update != null) yield return f.Update;
                    yield return f.Body;
                    break;
                case ForOf fo: yield return fo.Target; yield return fo.Source; yield return fo.Body; break;
                case Switch sw: yield return sw.Disc; foreach (var c in sw.Cases) yield return c; break;
                case Case c: if (c.Test != null) yield return c.Test; foreach (var s in c.Body) yield return s; break;
                case Try t:
                    yield return t.Body;
                    if (t.Param != null) yield return t.Param;
                    if (t.Handler != null) yield return t.Handler;
                    if (t.Finally != null) yield return t.Finally;
                    break;
                case Throw th: yield return th.Value; break;
                case Block b: foreach (var s in b.Body) yield return s; break;
                case Labeled l: yield return l.Body; break;
                case FuncDecl fd: yield return fd.F; break;
                case ClassDecl cd: if (cd.Super != null) yield return cd.Super; foreach (var m in cd.Members) yield return m; break;
                case ClassMember cm: if (cm.Computed != null) yield return cm.Computed; yield return cm.Fn; break;
            }
        }

        /// <summary>Every node under (and including) the given ones, depth first.</summary>
        public static IEnumerable<Node> All(IEnumerable<Node> roots)
        {
            var stack = new Stack<Node>();
            foreach (var r in roots.Reverse()) stack.Push(r);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                yield return n;
                foreach (var c in Children(n).Reverse()) stack.Push(c);
            }
        }

        public static IEnumerable<Node> All(Node root) => All(new[] { root });

        // ------------------------------------------------------------------ copying with substitution

        /// <summary>A deep copy of a template tree with every <see cref="Hole"/> replaced by
        /// <paramref name="fill"/>'s expression (a <see cref="Splice"/> flattens into argument lists).</summary>
        public static Expr Substitute(Expr template, Func<Hole, Expr> fill) => new Copier(fill).E(template);

        /// <summary>A deep copy of statements (runtime helper trees are shared and never mutated).</summary>
        public static List<Stmt> Copy(IEnumerable<Stmt> stmts)
        {
            var c = new Copier(h => h);
            return stmts.Select(c.S).ToList();
        }

        sealed class Copier
        {
            readonly Func<Hole, Expr> fill;
            public Copier(Func<Hole, Expr> fill) { this.fill = fill; }

            T P<T>(T copy, Node from) where T : Node
            {
                copy.Pos = from.Pos;
                return copy;
            }

            List<Expr> L(IEnumerable<Expr> items)
            {
                var list = new List<Expr>();
                foreach (var x in items)
                {
                    var c = E(x);
                    if (c is Splice sp) list.AddRange(sp.Items); else list.Add(c);
                }
                return list;
            }

            Expr? O(Expr? e) => e == null ? null : E(e);

            List<Expr?> Items(List<Expr?> items)
            {
                var list = new List<Expr?>();
                foreach (var x in items)
                {
                    if (x == null) { list.Add(null); continue; }
                    var c = E(x);
                    if (c is Splice sp) list.AddRange(sp.Items); else list.Add(c);
                }
                return list;
            }

            public Expr E(Expr e) => e switch
            {
                Hole h => fill(h),
                Id id => P(new Id(id.Name), e),
                Kw kw => P(new Kw(kw.Word), e),
                Num n => P(new Num(n.Raw), e),
                Str s => P(new Str(s.Value), e),
                RegexLit r => P(new RegexLit(r.Raw), e),
                Member m => P(new Member(E(m.Obj), m.Name, m.Optional), e),
                Subscript ix => P(new Subscript(E(ix.Obj), E(ix.Key)), e),
                Call c => Fold.Call(P(new Call(E(c.Callee), L(c.Args)), e)),
                New nw => P(new New(E(nw.Callee), L(nw.Args)), e),
                Unary u => P(new Unary(u.Op, E(u.Operand)), e),
                Update up => P(new Update(up.Op, up.Prefix, E(up.Target)), e),
                Binary b => Fold.Binary(P(new Binary(b.Op, E(b.Left), E(b.Right)), e)),
                Assign a => P(new Assign(E(a.Target), E(a.Value), a.Op), e),
                Cond c => P(new Cond(E(c.Test), E(c.Then), E(c.Else)), e),
                Seq s => P(new Seq(L(s.Items)), e),
                Arrow ar => P(new Arrow(L(ar.Params), ar.Body is Block bb ? B(bb) : E((Expr)ar.Body), ar.Async), e),
                Func f => F(f),
                ArrayLit al => P(new ArrayLit(Items(al.Items)), e),
                ObjectLit ol => P(new ObjectLit(ol.Props.Select(p => P(new Prop(p.Kind, p.Key, O(p.Computed), E(p.Value)), p))), e),
                Spread s => P(new Spread(E(s.Arg)), e),
                Yield y => P(new Yield(O(y.Arg), y.Delegate), e),
                Splice sp => new Splice(L(sp.Items)),
                _ => throw new InvalidOperationException("cannot copy " + e.GetType().Name),
            };

            Func F(Func f) => P(new Func(f.Name, L(f.Params), B(f.Body), f.Async, f.Generator), f);

            Block B(Block b) => P(new Block(b.Body.Select(S)), b);

            public Stmt S(Stmt s) => s switch
            {
                ExprStmt es => P(new ExprStmt(E(es.E)), s),
                VarDecl vd => P(new VarDecl(vd.Kind, vd.Decls.Select(d => P(new Declarator(E(d.Target), O(d.Init)), d))), s),
                Return r => P(new Return(O(r.Value)), s),
                If i => P(new If(E(i.Test), S(i.Then), i.Else == null ? null : S(i.Else)), s),
                While w => P(new While(E(w.Test), S(w.Body)), s),
                DoWhile dw => P(new DoWhile(S(dw.Body), E(dw.Test)), s),
                For f => P(new For(f.Init == null ? null : S(f.Init), O(f.Test), O(f.Update), S(f.Body)), s),
                ForOf fo => P(new ForOf(fo.Kind, E(fo.Target), E(fo.Source), S(fo.Body), fo.In), s),
                Switch sw => P(new Switch(E(sw.Disc), sw.Cases.Select(c => P(new Case(O(c.Test), c.Body.Select(S)), c))), s),
                Try t => P(new Try(B(t.Body), O(t.Param), t.Handler == null ? null : B(t.Handler), t.Finally == null ? null : B(t.Finally)), s),
                Throw th => P(new Throw(E(th.Value)), s),
                Break br => P(new Break(br.Label), s),
                Continue cn => P(new Continue(cn.Label), s),
                Block b => B(b),
                Labeled l => P(new Labeled(l.Label, S(l.Body)), s),
                Empty => P(new Empty(), s),
                FuncDecl fd => P(new FuncDecl(F(fd.F)), s),
                ClassDecl cd => P(new ClassDecl(cd.Name, O(cd.Super), cd.Members.Select(m => P(new ClassMember(m.Kind, m.Static, m.Name, O(m.Computed), F(m.Fn)), m))), s),
                _ => throw new InvalidOperationException("cannot copy " + s.GetType().Name),
            };
        }
    }
}
