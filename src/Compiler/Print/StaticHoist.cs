using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;

namespace Cs2Js.Print
{
    /// <summary>Release printing's hoisting of static methods. A static method of one of the bundle's
    /// classes becomes a function declaration of its own beside its class (named for the mangler, which
    /// gives it a short name like any other binding), and every <c>X.m</c> that names it becomes that
    /// binding, so a call prints <c>f(b)</c> instead of <c>a.f(b)</c>. Only where nothing can tell:
    /// <list type="bullet">
    /// <item>the method's name is marked (a member of a class that is not open: no code outside the
    /// bundle's own sees its instances; not external, [Name] or an [ObjectLiteral]'s);</item>
    /// <item>it names neither <c>this</c> nor <c>super</c> (a reified generic's own static code reaches
    /// its closed type as <c>this</c>);</item>
    /// <item>each <c>C.m</c> that reaches it is only read (no assignment, update, delete or <c>?.</c>),
    /// with <c>C</c> a class declaration of the bundle (its name bound nowhere else), the method's or one
    /// derived from it;</item>
    /// <item>no access of the name through anything else (<c>this.m</c>, an instance, a closed generic
    /// type, a lazy class's <c>$i()</c>) could reach a static: no class whose object the code holds as a
    /// value (named other than as <c>C.x</c>, <c>new C</c>, <c>instanceof C</c> or <c>extends C</c>, or
    /// as <c>this</c> in its own static code), nor a base of one, has a static of that name. On such a
    /// class a name <see cref="PrivateNames"/> keeps (one the bundle may reach by name from elsewhere)
    /// stays too.</item>
    /// </list>
    /// A static field of a class whose object nothing holds becomes a <c>let</c> beside its class, assigned
    /// by the same trailer statement (<c>C.f = v</c> becomes <c>f = v</c>): same order, same values.
    /// Accessors and the statics read through the class object at run time (<c>$tn</c>,
    /// <c>$defaultMessage</c>, <c>$i</c>, <c>$si</c>) stay on the class, and so does the fields'
    /// initialisation of a lazily initialised class. A function declaration is bound when its scope
    /// starts, before the class, so nothing can call it too early. A class left with no members, no base
    /// and no other reference goes.</summary>
    public static class StaticHoist
    {
        /// <summary>Hoists in place: <paramref name="types"/> (top-level statements, class declarations among
        /// them) gains each hoisted function after its class, and loses classes left empty; every access in
        /// <paramref name="code"/> (which includes <paramref name="types"/>) is rewritten. <paramref name="kept"/>:
        /// the marked names that must keep their name (<see cref="PrivateNames.Decision.Kept"/>).
        /// <paramref name="scope"/>: every statement whose bindings could shadow a class name (helpers too).
        /// Returns each new statement with the class it came from, and the classes removed.</summary>
        public static (List<(Stmt Hoisted, Stmt From)> Added, List<Stmt> Removed) Run(List<Stmt> types, IReadOnlyList<Stmt> code, IEnumerable<Stmt> scope, ICollection<string> kept)
        {
            var added = new List<(Stmt, Stmt)>();
            var removed = new List<Stmt>();
            var classes = new Dictionary<string, ClassDecl>(StringComparer.Ordinal);
            var dup = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in types.OfType<ClassDecl>())
                if (!classes.TryAdd(c.Name, c)) dup.Add(c.Name);
            // A class name bound anywhere else (a local, a parameter, a helper) is not known to mean the class.
            foreach (var n in DeclaredNames(scope)) dup.Add(n);
            foreach (var d in dup) classes.Remove(d);

            ClassMember? Find(ClassDecl c, string name, int depth = 0)
            {
                var m = c.Members.FirstOrDefault(x => x.Static && x.Computed == null && x.Name == name);
                if (m != null) return m;
                if (depth < 64 && c.Super is Id { Name: var s } && classes.TryGetValue(s, out var b)) return Find(b, name, depth + 1);
                return null;
            }
            ClassDecl? Owner(ClassDecl c, ClassMember m)
            {
                for (var cur = c; cur != null; cur = cur.Super is Id { Name: var s } && classes.TryGetValue(s, out var b) ? b : null)
                    if (cur.Members.Contains(m)) return cur;
                return null;
            }

            // Classes whose object the code may hold as a value: named anywhere but as `C.x`, `new C`,
            // `instanceof C` or `extends C` (handed to a helper, a reified generic's type argument, its lazy
            // `$i`), or reached as `this`/`super` in their own static code; and the bases of such classes
            // (a derived class object reaches its bases' statics). Only their statics can be read as `o.m`.
            var escaping = new HashSet<ClassDecl>(ReferenceEqualityComparer.Instance);
            var safeIds = new HashSet<Id>(ReferenceEqualityComparer.Instance);
            foreach (var node in Walk.All(code))
                switch (node)
                {
                    case Member { Obj: Id o }: safeIds.Add(o); break;
                    case New { Callee: Id o }: safeIds.Add(o); break;
                    case Binary { Op: "instanceof", Right: Id o }: safeIds.Add(o); break;
                    case ClassDecl { Super: Id o }: safeIds.Add(o); break;
                }
            foreach (var node in Walk.All(code))
                if (node is Id id && !safeIds.Contains(id) && classes.TryGetValue(id.Name, out var esc)) escaping.Add(esc);
            foreach (var c in classes.Values)
                if (c.Members.Any(m => m.Static && UsesThis(m.Fn))) escaping.Add(c);
            foreach (var c in escaping.ToList())
                for (var cur = c; cur.Super is Id { Name: var s } && classes.TryGetValue(s, out var b); cur = b) escaping.Add(b);
            var dynamicStatics = new HashSet<string>(escaping.SelectMany(c => c.Members.Where(m => m.Static && m.Computed == null && m.Name != null).Select(m => m.Name!)), StringComparer.Ordinal);

            // Every marked static method that could go: a kept name (one the bundle may reach by name from
            // elsewhere) only on a class whose object nothing else can hold.
            var candidates = new HashSet<ClassMember>(ReferenceEqualityComparer.Instance);
            foreach (var c in classes.Values)
                foreach (var m in c.Members)
                    if (m.Static && m.Kind == MemberKind.Method && m.Computed == null && m.Name is { } n && n.IndexOf(PrivateNames.Mark) >= 0
                        && (!escaping.Contains(c) || !kept.Contains(PrivateNames.Strip(n))) && !UsesThis(m.Fn))
                        candidates.Add(m);
            var names = new HashSet<string>(candidates.Select(m => m.Name!), StringComparer.Ordinal);

            // Every access of those names: `C.m` read from a known class that has the method is rewritten;
            // any other access of the name keeps it on every class when an escaping class has such a static.
            var blocked = new HashSet<string>(StringComparer.Ordinal);
            var sites = new List<(Member Site, ClassMember Target, ClassDecl Owner)>();
            var written = new HashSet<Member>(ReferenceEqualityComparer.Instance);
            var deleted = new HashSet<Member>(ReferenceEqualityComparer.Instance);
            foreach (var node in Walk.All(code))
                switch (node)
                {
                    case Assign a when a.Target is Member t: written.Add(t); break;
                    case Update u when u.Target is Member t: written.Add(t); break;
                    case Unary { Op: "delete", Operand: Member t }: written.Add(t); deleted.Add(t); break;
                }
            foreach (var node in Walk.All(code))
            {
                if (node is not Member mem || !names.Contains(mem.Name)) continue;
                if (mem.Obj is Id { Name: var cn } && classes.TryGetValue(cn, out var cls))
                {
                    var target = Find(cls, mem.Name);
                    // No static of that name on the class or its bases: a field, never a hoisted method.
                    if (target == null) continue;
                    var owner = Owner(cls, target)!;
                    if (mem.Optional || written.Contains(mem)) Block(mem);
                    else if (candidates.Contains(target)) sites.Add((mem, target, owner));
                }
                else if (dynamicStatics.Contains(mem.Name)) Block(mem);
            }
            void Block(Member mem)
            {
                blocked.Add(mem.Name);
            }
            candidates.RemoveWhere(m => blocked.Contains(m.Name!));

            // Static fields of a class whose object nothing holds (so nothing reads them but as `C.f`): each
            // becomes a `let` beside its class, assigned by the same trailer statement (`C.f = v` becomes
            // `f = v`), so the initialisation order is unchanged; before it runs, the binding reads
            // undefined as the missing property did. Only a field the trailer assigns exactly once, that no
            // class member (an accessor) shares the name of, and that no derived class's name reaches.
            var inits = new Dictionary<(ClassDecl, string), int>();
            foreach (var st in types)
                if (st is ExprStmt { E: Assign { Op: "=", Target: Member { Obj: Id { Name: var cn }, Name: var fname } } } && classes.TryGetValue(cn, out var fc))
                    inits[(fc, fname)] = inits.GetValueOrDefault((fc, fname)) + 1;
            var fields = new HashSet<(ClassDecl, string)>(inits.Where(kv => kv.Value == 1 && kv.Key.Item2.IndexOf(PrivateNames.Mark) >= 0
                && !escaping.Contains(kv.Key.Item1) && Find(kv.Key.Item1, kv.Key.Item2) == null).Select(kv => kv.Key));
            var fieldNames = new HashSet<string>(fields.Select(f => f.Item2), StringComparer.Ordinal);
            var fieldSites = new List<(Member Site, ClassDecl Owner)>();
            if (fields.Count > 0)
                foreach (var node in Walk.All(code))
                {
                    if (node is not Member { Obj: Id { Name: var cn } } mem || !fieldNames.Contains(mem.Name) || !classes.TryGetValue(cn, out var cls)) continue;
                    if (fields.Contains((cls, mem.Name)))
                    {
                        if (mem.Optional || deleted.Contains(mem)) fields.Remove((cls, mem.Name));
                        else fieldSites.Add((mem, cls));
                        continue;
                    }
                    // A derived class's name reaching a base's field: that field stays a property.
                    for (var cur = cls; cur.Super is Id { Name: var sn } && classes.TryGetValue(sn, out var b); cur = b) fields.Remove((b, mem.Name));
                }
            if (candidates.Count == 0 && fields.Count == 0) return (added, removed);

            // The new bindings: one per method, named (for the source map's names) Class.method.
            var fns = new Dictionary<ClassMember, Func>(ReferenceEqualityComparer.Instance);
            var replace = new Dictionary<Member, Id>(ReferenceEqualityComparer.Instance);
            foreach (var (site, target, owner) in sites)
            {
                if (!candidates.Contains(target)) continue;
                if (!fns.TryGetValue(target, out var fn))
                    fns[target] = fn = new Func(owner.Name + "." + PrivateNames.Strip(target.Name!), target.Fn.Params, target.Fn.Body, target.Fn.Async, target.Fn.Generator) { Pos = target.Pos ?? target.Fn.Pos };
                replace[site] = new Id(fn.Name!) { Pos = site.Pos };
            }
            // A candidate nothing names (never called) still leaves its class, as dead code it was.
            foreach (var m in candidates)
                if (!fns.ContainsKey(m))
                {
                    var owner = classes.Values.First(c => c.Members.Contains(m));
                    fns[m] = new Func(owner.Name + "." + PrivateNames.Strip(m.Name!), m.Fn.Params, m.Fn.Body, m.Fn.Async, m.Fn.Generator) { Pos = m.Pos ?? m.Fn.Pos };
                }
            var lets = new Dictionary<(ClassDecl, string), string>();
            foreach (var (site, owner) in fieldSites)
            {
                if (!fields.Contains((owner, site.Name))) continue;
                var key = (owner, site.Name);
                if (!lets.TryGetValue(key, out var name)) lets[key] = name = owner.Name + "." + PrivateNames.Strip(site.Name);
                replace[site] = new Id(name) { Pos = site.Pos };
            }
            Rewrite(code, replace);

            // Each class loses its hoisted methods; the functions follow it.
            var referenced = new HashSet<string>(Walk.All(code).OfType<Id>().Select(i => i.Name), StringComparer.Ordinal);
            for (int i = 0; i < types.Count; i++)
            {
                if (types[i] is not ClassDecl c || !classes.ContainsKey(c.Name)) continue;
                var mine = c.Members.Where(m => fns.ContainsKey(m)).ToList();
                var myFields = lets.Where(kv => kv.Key.Item1 == c).Select(kv => kv.Value).ToList();
                if (mine.Count == 0 && myFields.Count == 0) continue;
                c.Members.RemoveAll(m => fns.ContainsKey(m));
                var decls = mine.Select(m => (Stmt)new FuncDecl(fns[m]) { Pos = fns[m].Pos })
                    .Concat(myFields.Select(f => (Stmt)VarDecl.Let(f))).ToList();
                foreach (var d in decls) added.Add((d, c));
                types.InsertRange(i + 1, decls);
                if (c.Members.Count == 0 && c.Super == null && !referenced.Contains(c.Name))
                {
                    types.RemoveAt(i);
                    removed.Add(c);
                    i--;
                }
                i += decls.Count;
            }
            return (added, removed);
        }

        static bool UsesThis(Func f) => Walk.All(f).Any(x => x is Kw { Word: "this" or "super" });

        /// <summary>Names bound by declarations below the top level of the given statements, and by
        /// top-level declarations other than classes (helpers' functions and constants, enum objects).</summary>
        static IEnumerable<string> DeclaredNames(IEnumerable<Stmt> scope)
        {
            var result = new List<string>();
            void Pattern(Expr? p)
            {
                switch (p)
                {
                    case Id id: result.Add(id.Name); break;
                    case ArrayLit al: foreach (var x in al.Items) Pattern(x); break;
                    case ObjectLit ol: foreach (var prop in ol.Props) Pattern(prop.Value); break;
                    case Assign a: Pattern(a.Target); break;
                    case Spread s: Pattern(s.Arg); break;
                }
            }
            var tops = new HashSet<Node>(scope.OfType<ClassDecl>(), ReferenceEqualityComparer.Instance);
            foreach (var n in Walk.All(scope))
                switch (n)
                {
                    case VarDecl vd: foreach (var d in vd.Decls) Pattern(d.Target); break;
                    case ForOf { Kind: not null } fo: Pattern(fo.Target); break;
                    case Func f: if (f.Name != null) result.Add(f.Name); foreach (var p in f.Params) Pattern(p); break;
                    case Arrow ar: foreach (var p in ar.Params) Pattern(p); break;
                    case Try t: Pattern(t.Param); break;
                    case ClassDecl cd when !tops.Contains(cd): result.Add(cd.Name); break;
                }
            return result;
        }

        /// <summary>Replaces the given member accesses, wherever they stand, by their identifiers.</summary>
        static void Rewrite(IEnumerable<Node> roots, Dictionary<Member, Id> replace)
        {
            Expr E(Expr e) => e is Member m && replace.TryGetValue(m, out var id) ? id : e;
            Expr? O(Expr? e) => e == null ? null : E(e);
            void L(List<Expr> xs) { for (int i = 0; i < xs.Count; i++) xs[i] = E(xs[i]); }
            foreach (var n in Walk.All(roots))
                switch (n)
                {
                    case Member m: m.Obj = E(m.Obj); break;
                    case Subscript s: s.Obj = E(s.Obj); s.Key = E(s.Key); break;
                    case Call c: c.Callee = E(c.Callee); L(c.Args); break;
                    case New nw: nw.Callee = E(nw.Callee); L(nw.Args); break;
                    case Unary u: u.Operand = E(u.Operand); break;
                    case Update up: up.Target = E(up.Target); break;
                    case Binary b: b.Left = E(b.Left); b.Right = E(b.Right); break;
                    case Assign a: a.Target = E(a.Target); a.Value = E(a.Value); break;
                    case Cond c: c.Test = E(c.Test); c.Then = E(c.Then); c.Else = E(c.Else); break;
                    case Seq s: L(s.Items); break;
                    case Arrow ar: L(ar.Params); if (ar.Body is Expr be) ar.Body = E(be); break;
                    case Func f: L(f.Params); break;
                    case ArrayLit al: for (int i = 0; i < al.Items.Count; i++) al.Items[i] = O(al.Items[i]); break;
                    case Prop p: p.Computed = O(p.Computed); p.Value = E(p.Value); break;
                    case Spread s: s.Arg = E(s.Arg); break;
                    case Yield y: y.Arg = O(y.Arg); break;
                    case ExprStmt es: es.E = E(es.E); break;
                    case Declarator d: d.Target = E(d.Target); d.Init = O(d.Init); break;
                    case Return r: r.Value = O(r.Value); break;
                    case If i: i.Test = E(i.Test); break;
                    case While w: w.Test = E(w.Test); break;
                    case DoWhile dw: dw.Test = E(dw.Test); break;
                    case For f: f.Test = O(f.Test); f.Update = O(f.Update); break;
                    case ForOf fo: fo.Target = E(fo.Target); fo.Source = E(fo.Source); break;
                    case Switch sw: sw.Disc = E(sw.Disc); break;
                    case Case cs: cs.Test = O(cs.Test); break;
                    case Throw th: th.Value = E(th.Value); break;
                    case ClassDecl cd: cd.Super = O(cd.Super); break;
                    case ClassMember cm: cm.Computed = O(cm.Computed); break;
                }
        }
    }
}
