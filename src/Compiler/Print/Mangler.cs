using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;

namespace Cs2Js.Print
{
    /// <summary>
    /// Release printing's renamer. Scope analysis over the bundle tree (function, block, catch, for and
    /// switch scopes; `var` hoisted to its function; strict-mode block-scoped function declarations), then
    /// every binding below the program's top level (locals, parameters, and the bundle IIFE's helpers,
    /// classes and functions) gets a short name, deterministically: scopes outside-in, in each scope the
    /// most referenced binding first, each taking the first name that no binding it could capture or be
    /// captured by already uses. Property names are never touched: only bindings, found lexically
    /// (a bundle has no eval/with, so nothing can reach a binding by its name as a string).
    /// </summary>
    public static class Mangler
    {
        sealed class Scope
        {
            public readonly Scope? Parent;
            public readonly bool IsFunction;
            public readonly List<Binding> Bindings = new();
            public readonly Dictionary<string, Binding> ByName = new(StringComparer.Ordinal);
            /// <summary>Bindings declared outside this scope (or free globals) referenced inside it.</summary>
            public readonly HashSet<Binding> Crossing = new();
            public readonly List<Scope> Children = new();
            public Scope(Scope? parent, bool isFunction)
            {
                Parent = parent;
                IsFunction = isFunction;
                parent?.Children.Add(this);
            }
            public Scope Function => IsFunction || Parent == null ? this : Parent.Function;
        }

        sealed class Binding
        {
            public readonly string Name;
            public readonly Scope Scope;
            public readonly List<Node> Nodes = new();
            public readonly int Order;
            public int Uses;
            public string? NewName;
            public Binding(string name, Scope scope, int order) { Name = name; Scope = scope; Order = order; }
        }

        /// <summary>New names, by node (declarations and references alike), for the printer.</summary>
        public static Dictionary<Node, string> Run(IEnumerable<Stmt> program)
        {
            var a = new Analyzer();
            foreach (var s in program) a.Statement(s, a.Global);
            a.Resolve();
            return a.Assign();
        }

        // Never produced: keywords and strict-mode reserved words, and globals a reader expects to mean themselves.
        static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "do", "if", "in", "of", "for", "let", "new", "try", "var", "case", "else", "enum", "eval", "null", "this",
            "true", "void", "with", "break", "catch", "class", "const", "false", "super", "throw", "while", "yield",
            "async", "await", "delete", "export", "import", "public", "return", "static", "switch", "typeof", "default",
            "extends", "finally", "package", "private", "continue", "debugger", "function", "arguments", "interface",
            "protected", "implements", "instanceof", "NaN", "Infinity", "undefined",
        };

        const string First = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string Next = First + "0123456789_$";

        /// <summary>The n-th short name: a..Z, then aa, ab, ... (reserved words skipped by the caller).</summary>
        static string ShortName(int n)
        {
            var s = First[n % First.Length].ToString();
            n /= First.Length;
            while (n > 0)
            {
                n--;
                s += Next[n % Next.Length];
                n /= Next.Length;
            }
            return s;
        }

        static readonly List<string> shortNames = new();
        static string NameAt(int i)
        {
            lock (shortNames)
            {
                while (shortNames.Count <= i)
                {
                    var n = ShortName(shortNames.Count + skipped);
                    if (Reserved.Contains(n)) { skipped++; continue; }
                    shortNames.Add(n);
                }
                return shortNames[i];
            }
        }
        static int skipped;

        sealed class Analyzer
        {
            public readonly Scope Global = new(null, isFunction: true);
            readonly List<(Id Id, Scope Scope)> refs = new();
            int order;

            void Declare(Scope scope, string name, Node node)
            {
                if (!scope.ByName.TryGetValue(name, out var b))
                {
                    b = new Binding(name, scope, order++);
                    scope.ByName[name] = b;
                    scope.Bindings.Add(b);
                }
                b.Nodes.Add(node);
            }

            public void Statement(Stmt s, Scope sc)
            {
                switch (s)
                {
                    case ExprStmt es: Expr(es.E, sc); break;
                    case VarDecl vd:
                        foreach (var d in vd.Decls)
                        {
                            Pattern(d.Target, vd.Kind == "var" ? sc.Function : sc, sc);
                            if (d.Init != null) Expr(d.Init, sc);
                        }
                        break;
                    case Return r: if (r.Value != null) Expr(r.Value, sc); break;
                    case Throw th: Expr(th.Value, sc); break;
                    case If i:
                        Expr(i.Test, sc);
                        Statement(i.Then, sc);
                        if (i.Else != null) Statement(i.Else, sc);
                        break;
                    case While w: Expr(w.Test, sc); Statement(w.Body, sc); break;
                    case DoWhile dw: Statement(dw.Body, sc); Expr(dw.Test, sc); break;
                    case For f:
                        {
                            var fs = new Scope(sc, false);
                            if (f.Init != null) Statement(f.Init, fs);
                            if (f.Test != null) Expr(f.Test, fs);
                            if (f.Update != null) Expr(f.Update, fs);
                            Statement(f.Body, fs);
                            break;
                        }
                    case ForOf fo:
                        {
                            var fs = new Scope(sc, false);
                            if (fo.Kind != null) Pattern(fo.Target, fo.Kind == "var" ? sc.Function : fs, fs);
                            else Expr(fo.Target, fs);
                            Expr(fo.Source, fs);
                            Statement(fo.Body, fs);
                            break;
                        }
                    case Switch sw:
                        {
                            Expr(sw.Disc, sc);
                            var cs = new Scope(sc, false);
                            foreach (var c in sw.Cases)
                            {
                                if (c.Test != null) Expr(c.Test, cs);
                                foreach (var st in c.Body) Statement(st, cs);
                            }
                            break;
                        }
                    case Try t:
                        Statement(t.Body, sc);
                        if (t.Handler != null)
                        {
                            var hs = new Scope(sc, false);
                            if (t.Param != null) Pattern(t.Param, hs, hs);
                            foreach (var st in t.Handler.Body) Statement(st, hs);
                        }
                        if (t.Finally != null) Statement(t.Finally, sc);
                        break;
                    case Block b:
                        {
                            var bs = new Scope(sc, false);
                            foreach (var st in b.Body) Statement(st, bs);
                            break;
                        }
                    case Labeled l: Statement(l.Body, sc); break;
                    case FuncDecl fd:
                        if (fd.F.Name != null) Declare(sc, fd.F.Name, fd.F);
                        Function(fd.F, sc);
                        break;
                    case ClassDecl cd:
                        Declare(sc, cd.Name, cd);
                        if (cd.Super != null) Expr(cd.Super, sc);
                        foreach (var m in cd.Members)
                        {
                            if (m.Computed != null) Expr(m.Computed, sc);
                            Function(m.Fn, sc);
                        }
                        break;
                    case Empty or Break or Continue: break;
                    default: throw new InvalidOperationException("scope analysis: unknown statement " + s.GetType().Name);
                }
            }

            /// <summary>Parameters and body share one function scope (redeclaring a parameter with let is an error anyway).</summary>
            void Function(Func f, Scope sc)
            {
                var fs = new Scope(sc, true);
                foreach (var p in f.Params) Pattern(p, fs, fs);
                foreach (var st in f.Body.Body) Statement(st, fs);
            }

            /// <summary>A binding pattern: its identifiers are declared in <paramref name="into"/>; defaults and
            /// computed keys are ordinary expressions evaluated in <paramref name="sc"/>.</summary>
            void Pattern(Expr p, Scope into, Scope sc)
            {
                switch (p)
                {
                    case Id id: Declare(into, id.Name, id); break;
                    case ArrayLit al: foreach (var x in al.Items) if (x != null) Pattern(x, into, sc); break;
                    case ObjectLit ol:
                        foreach (var prop in ol.Props)
                        {
                            if (prop.Computed != null) Expr(prop.Computed, sc);
                            Pattern(prop.Value, into, sc);
                        }
                        break;
                    case Assign { Op: "=" } def: Pattern(def.Target, into, sc); Expr(def.Value, sc); break;
                    case Spread rest: Pattern(rest.Arg, into, sc); break;
                    default: throw new InvalidOperationException("scope analysis: unknown binding pattern " + p.GetType().Name);
                }
            }

            void Expr(Expr e, Scope sc)
            {
                switch (e)
                {
                    case Id id: refs.Add((id, sc)); break;
                    case Arrow ar:
                        {
                            var fs = new Scope(sc, true);
                            foreach (var p in ar.Params) Pattern(p, fs, fs);
                            if (ar.Body is Block b) foreach (var st in b.Body) Statement(st, fs);
                            else Expr((Expr)ar.Body, fs);
                            break;
                        }
                    case Func f:
                        if (f.Name != null)
                        {
                            // A named function expression's name is bound in a scope of its own, around the function.
                            var ns = new Scope(sc, false);
                            Declare(ns, f.Name, f);
                            Function(f, ns);
                        }
                        else Function(f, sc);
                        break;
                    case ObjectLit ol:
                        foreach (var p in ol.Props)
                        {
                            if (p.Computed != null) Expr(p.Computed, sc);
                            // Methods and accessors: their Func's name (if any) is not a binding.
                            if (p.Value is Func pf && p.Kind is PropKind.Get or PropKind.Set or PropKind.Method) Function(pf, sc);
                            else Expr(p.Value, sc);
                        }
                        break;
                    default:
                        foreach (var c in Walk.Children(e))
                        {
                            if (c is Expr ce) Expr(ce, sc);
                            else throw new InvalidOperationException("scope analysis: unexpected " + c.GetType().Name + " in " + e.GetType().Name);
                        }
                        break;
                }
            }

            /// <summary>Resolves every reference lexically; an unresolved name is a free global (kept, and avoided).</summary>
            public void Resolve()
            {
                foreach (var (id, sc) in refs)
                {
                    Binding? b = null;
                    for (var s = sc; s != null && b == null; s = s.Parent) s.ByName.TryGetValue(id.Name, out b);
                    if (b == null)
                    {
                        Declare(Global, id.Name, id);
                        b = Global.ByName[id.Name];
                    }
                    else b.Nodes.Add(id);
                    b.Uses++;
                    for (var s = sc; s != b.Scope; s = s.Parent!) s.Crossing.Add(b);
                }
            }

            public Dictionary<Node, string> Assign()
            {
                var result = new Dictionary<Node, string>(ReferenceEqualityComparer.Instance);
                foreach (var b in Global.Bindings) b.NewName = b.Name;
                var pending = new Stack<Scope>(Global.Children.AsEnumerable().Reverse());
                while (pending.Count > 0)
                {
                    var sc = pending.Pop();
                    var taken = new HashSet<string>(sc.Crossing.Select(b => b.NewName!), StringComparer.Ordinal);
                    int next = 0;
                    foreach (var b in sc.Bindings.OrderByDescending(b => b.Uses).ThenBy(b => b.Order))
                    {
                        string n;
                        do n = NameAt(next++); while (taken.Contains(n));
                        b.NewName = n;
                        foreach (var node in b.Nodes)
                        {
                            if (result.TryGetValue(node, out var prior) && prior != n)
                                throw new InvalidOperationException($"scope analysis: one tree node stands for two bindings ('{b.Name}'): a shared subtree was not copied");
                            result[node] = n;
                        }
                    }
                    foreach (var c in Enumerable.Reverse(sc.Children)) pending.Push(c);
                }
                return result;
            }
        }
    }
}
