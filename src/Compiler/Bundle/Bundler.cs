using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cs2Js.Lower;
using Cs2Js.Print;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Bundle
{
    /// <summary>One IIFE per entry point, assembled as a tree: the runtime helpers the code mentions (and
    /// what they need), the reachable types in dependency order, static initialisation, then the entry call.</summary>
    public static class Bundler
    {
        static readonly Lazy<Dictionary<string, string>> runtimeText = new(LoadRuntime);
        static readonly Lazy<Dictionary<string, List<Stmt>>> runtimeTrees = new(() =>
            runtimeText.Value.ToDictionary(kv => kv.Key, kv => ParseHelper(kv.Key, kv.Value), StringComparer.Ordinal));

        /// <summary>The runtime helpers' source text, by name ($name).</summary>
        public static IReadOnlyDictionary<string, string> Runtime => runtimeText.Value;

        /// <summary>The runtime helpers parsed into the syntax tree, by name. Shared: never mutated.</summary>
        public static IReadOnlyDictionary<string, List<Stmt>> RuntimeTrees => runtimeTrees.Value;

        static Dictionary<string, string> LoadRuntime()
        {
            var asm = typeof(Bundler).Assembly;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var res in asm.GetManifestResourceNames().Where(r => r.StartsWith("Runtime.", StringComparison.Ordinal) && r.EndsWith(".js", StringComparison.Ordinal)))
            {
                using var s = asm.GetManifestResourceStream(res)!;
                using var reader = new StreamReader(s);
                var name = "$" + res.Substring("Runtime.".Length, res.Length - "Runtime.".Length - 3);
                result[name] = reader.ReadToEnd().Replace("\r\n", "\n");
            }
            return result;
        }

        static List<Stmt> ParseHelper(string name, string text)
        {
            try { return JsParser.ParseScript(text); }
            catch (JsParseException e) { throw new InvalidOperationException($"runtime helper {name}.js does not parse: {e.Message}", e); }
        }

        /// <summary>The runtime helpers a tree refers to (identifiers naming a helper).</summary>
        public static IEnumerable<string> HelperReferences(IEnumerable<Node> code) =>
            Walk.All(code).OfType<Id>().Select(id => id.Name).Where(n => n.StartsWith("$", StringComparison.Ordinal) && runtimeTrees.Value.ContainsKey(n)).Distinct();

        /// <summary>Helpers referred to by <paramref name="code"/>, with their own dependencies, dependencies first.
        /// <paramref name="plainExc"/>: <c>$exc</c> is the plain form (Runtime/excPlain.js).</summary>
        public static List<string> HelpersFor(IEnumerable<Node> code, bool plainExc = false) => HelpersFor(code, name => HelperTree(name, plainExc));

        /// <summary>The same, with the tree each helper name stands for given by <paramref name="tree"/>.</summary>
        static List<string> HelpersFor(IEnumerable<Node> code, Func<string, List<Stmt>> tree)
        {
            var order = new List<string>();
            var state = new HashSet<string>(StringComparer.Ordinal);
            void Visit(string name)
            {
                if (!state.Add(name)) return;
                foreach (var dep in HelperReferences(tree(name)).Where(d => d != name).OrderBy(d => d, StringComparer.Ordinal)) Visit(dep);
                order.Add(name);
            }
            foreach (var h in HelperReferences(code)) Visit(h);
            return order;
        }

        /// <summary>The tree a helper name stands for in a bundle.</summary>
        static List<Stmt> HelperTree(string name, bool plainExc) => runtimeTrees.Value[plainExc && name == "$exc" ? "$excPlain" : name];

        /// <summary>Small helpers whose job a general one also does (for the same arguments, the same result):
        /// where the bundle carries the general one anyway, the small one is only its other name.</summary>
        static readonly (string Small, string General)[] Subsumed = { ("$listRemoveId", "$listRemove") };

        /// <summary><c>const small = general;</c> for each subsumed helper whose general form the bundle carries.</summary>
        static Dictionary<string, List<Stmt>> Aliases(List<string> helpers) =>
            Subsumed.Where(p => helpers.Contains(p.Small) && helpers.Contains(p.General)).ToDictionary(p => p.Small,
                p => new List<Stmt> { new VarDecl("const", new[] { new Declarator(new Id(p.Small), new Id(p.General)) }) }, StringComparer.Ordinal);

        /// <summary>The bundle can take every caught JS error as a plain $Exception: the program cannot tell
        /// exception classes apart (<see cref="Reach.ExceptionTypes"/>), and nothing in the bundle names one
        /// of the classes $exc would make (or their bases) other than to create it: no instanceof, as, cast
        /// or subclass.</summary>
        static bool PlainExceptions(Emitter emitter, List<Node> code, List<string> helpers)
        {
            if (!helpers.Contains("$exc") || emitter.ExceptionTypesObservable) return false;
            var made = new HashSet<string>(HelpersFor(runtimeTrees.Value["$exc"]).Where(h => h != "$Exception" && runtimeTrees.Value[h].OfType<ClassDecl>().Any()), StringComparer.Ordinal);
            var roots = code.Concat(helpers.Where(h => h != "$exc" && !made.Contains(h)).SelectMany(h => runtimeTrees.Value[h])).ToList();
            var created = new HashSet<Node>(Walk.All(roots).OfType<New>().Select(n => (Node)n.Callee), ReferenceEqualityComparer.Instance);
            return !Walk.All(roots).OfType<Id>().Any(id => made.Contains(id.Name) && !created.Contains(id));
        }

        /// <summary>Runtime classes carry only the .NET members the bundle can call: a method or accessor
        /// with a .NET name (PascalCase: <c>Append</c>, <c>Insert</c>, <c>GetBaseException</c>) goes when no
        /// property access, string or object key anywhere in the bundle (its code, its helpers, the class's
        /// other members; not the member's own body) has that name. Lower-case members are JavaScript's
        /// protocols (<c>toString</c>, <c>message</c>, <c>next</c>…) that engines call without naming them,
        /// and stay; so do constructors and computed keys. C# code reaches a runtime class's member only by name (there is no reflection),
        /// and a C# private member's name carries <see cref="Name.Naming.PrivateMark"/>, so it never keeps one.
        /// To a fixed point: a member named only in a removed body goes too, and so do the helpers only
        /// removed bodies named (the exception classes behind <c>StringBuilder.Insert</c>'s check…).
        /// Returns the trees that changed, by helper name; <paramref name="helpers"/> is updated.</summary>
        static Dictionary<string, List<Stmt>> ShakeRuntimeClasses(List<Node> code, ref List<string> helpers, bool plainExc)
        {
            var trees = new Dictionary<string, List<Stmt>>(StringComparer.Ordinal);
            List<Stmt> Tree(string h) => trees.TryGetValue(h, out var t) ? t : HelperTree(h, plainExc);
            static bool Shakeable(ClassMember m) => m.Kind != MemberKind.Constructor && m.Computed == null && m.Name is { Length: > 0 } n && n[0] is >= 'A' and <= 'Z';
            while (true)
            {
                // A member naming itself (Exception.ToString printing its inner exception) does not keep itself.
                var named = new HashSet<string>(StringComparer.Ordinal);
                void Names(IEnumerable<Node> roots, string? self)
                {
                    foreach (var n in Walk.All(roots))
                        switch (n)
                        {
                            case Member m when m.Name != self: named.Add(m.Name); break;
                            case Str str when str.Value != self: named.Add(str.Value); break;
                            case Prop { Key: { } key } when key != self: named.Add(key); break;
                        }
                }
                Names(code, null);
                foreach (var st in helpers.SelectMany(Tree))
                    if (st is ClassDecl cls)
                    {
                        if (cls.Super != null) Names(new[] { cls.Super }, null);
                        foreach (var m in cls.Members) Names(new Node[] { m }, Shakeable(m) ? m.Name : null);
                    }
                    else Names(new[] { st }, null);
                bool changed = false;
                foreach (var h in helpers)
                {
                    var tree = Tree(h);
                    if (!tree.OfType<ClassDecl>().Any(c => c.Members.Any(m => Shakeable(m) && !named.Contains(m.Name!)))) continue;
                    trees[h] = tree.Select(st => st is ClassDecl c
                        ? new ClassDecl(c.Name, c.Super, c.Members.Where(m => !Shakeable(m) || named.Contains(m.Name!))) { Pos = c.Pos }
                        : st).ToList();
                    changed = true;
                }
                if (!changed) return trees;
                helpers = HelpersFor(code, Tree);
            }
        }

        public sealed record Output(string Js, string? Map, IReadOnlyList<string> Helpers, IReadOnlyList<BundlePart> Parts);

        /// <summary>The bundle's tree: <c>(() => { "use strict"; helpers; types; statics; entry })();</c></summary>
        public static (List<Stmt> Program, List<string> Helpers) Assemble(Emitter emitter, IMethodSymbol entry, CompileOptions options)
        {
            var entryCall = EntryCall(emitter, entry, options);
            var (types, helpers, Tree, plainExc) = Prepare(emitter, entryCall, options.Minify);
            var body = new List<Stmt> { new ExprStmt(new Str("use strict")) };
            var parts = new List<(string Kind, string Name, List<Stmt> Code)>();
            foreach (var h in helpers) parts.Add(("helper", h, Tree(h)));
            parts.AddRange(TypeParts(emitter, types));
            parts.Add(("entry", "entry call", entryCall));
            lastExc = ExcKind(emitter, helpers, plainExc);
            // The bundle keeps the emitted order (statics after every class); the parts only measure.
            foreach (var h in helpers) body.AddRange(Tree(h));
            body.AddRange(types);
            body.AddRange(entryCall);
            var iife = new ExprStmt(new Call(new Arrow(new Expr[0], new Block(body))));
            lastParts = parts;
            return (new List<Stmt> { iife }, helpers);
        }

        static string? ExcKind(Emitter emitter, List<string> helpers, bool plainExc) =>
            !helpers.Contains("$exc") ? null : plainExc ? "plain" : emitter.ExceptionTypesObserved ?? "classes named in the bundle";

        /// <summary>The program's types (with type names if its code can print one), the runtime helpers
        /// they and <paramref name="entryCalls"/> name (dependencies first), each helper's tree (runtime
        /// classes cut to the members the code names), and whether $exc is the plain form.</summary>
        static (List<Stmt> Types, List<string> Helpers, Func<string, List<Stmt>> Tree, bool PlainExc) Prepare(Emitter emitter, List<Stmt> entryCalls, bool minify)
        {
            var types = emitter.Types(withTypeNames: false);
            var entryCall = entryCalls;
            var code = types.Cast<Node>().Concat(entryCall).ToList();
            var used = HelperReferences(code).ToHashSet();
            // User classes need their .NET names only when user code can print a type name.
            bool needsTypeNames = used.Overlaps(new[] { "$str", "$typeName", "$typeFullName", "$ctName", "$cast", "$fmtv", "$format" })
                || types.OfType<ClassDecl>().Any(c => c.Super is Id { Name: var s } && s.StartsWith("$", StringComparison.Ordinal) && s.EndsWith("Exception", StringComparison.Ordinal));
            if (needsTypeNames) types = emitter.Types(withTypeNames: true);
            var helpers = HelpersFor(types.Cast<Node>().Concat(entryCall));
            var plainExc = PlainExceptions(emitter, types.Cast<Node>().Concat(entryCall).ToList(), helpers);
            if (plainExc) helpers = HelpersFor(types.Cast<Node>().Concat(entryCall), plainExc: true);
            var shaken = ShakeRuntimeClasses(types.Cast<Node>().Concat(entryCall).ToList(), ref helpers, plainExc);
            foreach (var (small, alias) in Aliases(helpers)) shaken[small] = alias;
            List<Stmt> Tree(string h) => shaken.TryGetValue(h, out var t) ? t : HelperTree(h, plainExc);
            helpers = HelpersFor(types.Cast<Node>().Concat(entryCall), Tree);
            if (minify) HoistStatics(emitter, types, entryCall, helpers.SelectMany(Tree).ToList());
            return (types, helpers, Tree, plainExc);
        }

        /// <summary>Release printing: static methods nothing else can reach become functions of their own
        /// (<see cref="StaticHoist"/>), placed and reported with their class.</summary>
        static void HoistStatics(Emitter emitter, List<Stmt> types, List<Stmt> entryCalls, List<Stmt> helperCode)
        {
            var code = types.Concat(entryCalls).ToList();
            var all = helperCode.Concat(code).ToList();
            var kept = new HashSet<string>(PrivateNames.Assign(all).Kept, StringComparer.Ordinal);
            var (added, _) = StaticHoist.Run(types, code, all, kept);
            foreach (var (fn, from) in added)
            {
                if (emitter.TypeOwners.TryGetValue(from, out var t)) emitter.TypeOwners[fn] = t;
                emitter.StaticOwners[fn] = ((ClassDecl)from).Name;
            }
        }

        /// <summary>The types' statements grouped for the size report: a class (or an enum's object) with
        /// the statements that follow it; static initialisers count for their own type.</summary>
        static List<(string Kind, string Name, List<Stmt> Code)> TypeParts(Emitter emitter, List<Stmt> types)
        {
            var parts = new List<(string Kind, string Name, List<Stmt> Code)>();
            var typeParts = new Dictionary<string, List<Stmt>>(StringComparer.Ordinal);
            List<Stmt> Part(string name)
            {
                if (!typeParts.TryGetValue(name, out var code)) parts.Add(("type", name, typeParts[name] = code = new List<Stmt>()));
                return code;
            }
            List<Stmt>? last = null;
            foreach (var s in types)
            {
                // A class (or an enum's object) with the statements that follow it (type names, interface
                // aliases). Static initialisers print after every class but count for their own type.
                if (s is ClassDecl cd) last = Part(cd.Name);
                else if (s is VarDecl { Decls: [{ Target: Id enumName }] } && !emitter.StaticOwners.ContainsKey(s)) last = Part(enumName.Name);
                if (emitter.StaticOwners.TryGetValue(s, out var owner)) Part(owner).Add(s);
                else if (last != null) last.Add(s);
                else
                {
                    parts.Add(("statics", "static initialisation", last = new List<Stmt>()));
                    last.Add(s);
                }
            }
            return parts;
        }

        [ThreadStatic] static List<(string Kind, string Name, List<Stmt> Code)>? lastParts;
        [ThreadStatic] static string? lastExc;

        /// <summary>Bytes of each part of a printed bundle, printed as in the bundle (same options, same names).</summary>
        static List<BundlePart> Measure(List<(string Kind, string Name, List<Stmt> Code)> parts, PrintOptions options) =>
            parts.Select(p => new BundlePart(p.Kind, p.Name, System.Text.Encoding.UTF8.GetByteCount(Printer.Print(p.Code, options).Code))).ToList();

        public static Output Write(Emitter emitter, IMethodSymbol entry, CompileOptions options)
        {
            var (program, helpers) = Assemble(emitter, entry, options);
            var parts = lastParts!;
            var privateNames = options.Minify ? PrivateNames.Assign(program) : null;
            var printOptions = new PrintOptions
            {
                Minify = options.Minify,
                Renames = options.Minify ? Mangler.Run(program) : null,
                PrivateNames = privateNames?.Renamed,
            };
            var printed = Printer.Print(program, printOptions);
            var js = printed.Code;
            string? map = null;
            if (options.SourceMap)
            {
                map = printed.Map.ToJson(options.OutputFileName);
                js += "//# sourceMappingURL=" + Path.GetFileName(options.OutputFileName) + ".map\n";
            }
            return new Output(js, map, helpers, options.Report ? Measure(parts, printOptions).Concat(NameRecord(privateNames)).Concat(OpenRecord(emitter)).Concat(ExcRecord(lastExc)).ToList() : new List<BundlePart>());
        }

        /// <summary>A multi-entry compile's files: the shared file (the runtime helpers and types that two
        /// or more entries reach, as global declarations of a classic script), then each entry's IIFE with
        /// only its own helpers and types; a worker's file first loads the shared one (<c>importScripts</c>).
        /// Whatever one file names that another file declares moves to the shared file, to a fixed point.
        /// Release names come from one renaming of all the files as one tree (the shared declarations
        /// around the entries' IIFEs), so they agree across files.</summary>
        public static List<CompiledFile> WriteShared(Emitter emitter, IReadOnlyList<IMethodSymbol> entries, IReadOnlyList<Reach.ReachedSet> each, SharedCompileOptions options)
        {
            int n = entries.Count;
            var calls = entries.Select((e, i) => EntryCall(emitter, e, new CompileOptions { Kind = options.Entries[i].Kind })).ToList();
            var (types, helpers, Tree, plainExc) = Prepare(emitter, calls.SelectMany(c => c).ToList(), options.Minify);
            const int Shared = -1;
            var owners = emitter.TypeOwners;
            // Where each type goes: the one entry that reaches it, or the shared file.
            var typePlace = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
            int PlaceOf(Stmt st) => owners.TryGetValue(st, out var t) ? typePlace[t] : Shared;
            foreach (var t in owners.Values.Distinct<ISymbol>(SymbolEqualityComparer.Default))
            {
                var users = Enumerable.Range(0, n).Where(i => each[i].ContainsType((INamedTypeSymbol)t)).ToList();
                typePlace[t] = users.Count == 1 ? users[0] : Shared;
            }
            var helperPlace = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                var code = types.Where(st => owners.TryGetValue(st, out var t) && each[i].ContainsType(t)).Cast<Node>().Concat(calls[i]);
                foreach (var h in HelpersFor(code, Tree)) helperPlace[h] = helperPlace.ContainsKey(h) ? Shared : i;
            }
            foreach (var h in helpers) helperPlace.TryAdd(h, Shared);
            // The bindings each type declares (its class or enum object), by name.
            var typeByName = new Dictionary<string, ISymbol>(StringComparer.Ordinal);
            foreach (var st in types)
                if (owners.TryGetValue(st, out var t))
                    switch (st)
                    {
                        case ClassDecl c: typeByName[c.Name] = t; break;
                        case FuncDecl { F.Name: { } fn }: typeByName[fn] = t; break;
                        case VarDecl { Decls: [{ Target: Id id }] }: typeByName.TryAdd(id.Name, t); break;
                    }
            // An entry's binding that code outside its IIFE names (a shared type's method that only this
            // entry reaches, and what that binding names in turn) is declared at the top of the entry's
            // file instead: global, like the shared ones, but loaded only where it can run.
            var exportedHelpers = new HashSet<string>(StringComparer.Ordinal);
            var exportedTypes = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            bool Exported(Stmt st) => owners.TryGetValue(st, out var t) && exportedTypes.Contains(t);
            IEnumerable<(Stmt St, bool Top)> FileStatements(int f) =>
                helpers.Where(h => helperPlace[h] == f).SelectMany(h => Tree(h).Select(st => (st, f == Shared || exportedHelpers.Contains(h))))
                    .Concat(types.Where(st => PlaceOf(st) == f).Select(st => (st, f == Shared || Exported(st))))
                    .Concat(f == Shared ? Enumerable.Empty<(Stmt, bool)>() : calls[f].Select(st => (st, false)));
            List<Stmt> FileCode(int f, bool top) => FileStatements(f).Where(x => x.Top == top).Select(x => x.St).ToList();
            for (bool changed = true; changed;)
            {
                changed = false;
                for (int f = Shared; f < n; f++)
                    foreach (var (st, top) in FileStatements(f).ToList())
                        foreach (var (id, deferred) in References(st))
                        {
                            bool isHelper = helperPlace.TryGetValue(id.Name, out var hp);
                            ISymbol? t = isHelper ? null : typeByName.GetValueOrDefault(id.Name);
                            if (!isHelper && t == null) continue;
                            int place = isHelper ? hp : typePlace[t!];
                            bool exported = isHelper ? exportedHelpers.Contains(id.Name) : exportedTypes.Contains(t!);
                            if (place == Shared || place == f && (!top || exported) || place != f && deferred && exported) continue;
                            if (place != f && !deferred)
                            {
                                // Named while another file loads: it must be there first.
                                if (isHelper) helperPlace[id.Name] = Shared; else typePlace[t!] = Shared;
                            }
                            else if (isHelper) exportedHelpers.Add(id.Name);
                            else exportedTypes.Add(t!);
                            changed = true;
                        }
            }
            var useStrict = new ExprStmt(new Str("use strict"));
            var sharedBody = FileCode(Shared, true);
            var tops = Enumerable.Range(0, n).Select(i => FileCode(i, true)).ToList();
            var iifes = Enumerable.Range(0, n).Select(i => new ExprStmt(new Call(new Arrow(new Expr[0],
                new Block(new List<Stmt> { new ExprStmt(new Str("use strict")) }.Concat(FileCode(i, false)).ToList()))))).ToList();
            // One renaming over all files: the global declarations are the outer scope of every entry.
            var whole = new List<Stmt> { new ExprStmt(new Call(new Arrow(new Expr[0], new Block(new List<Stmt> { useStrict }.Concat(sharedBody).Concat(tops.SelectMany(t => t)).Concat(iifes).ToList())))) };
            var privateNames = options.Minify ? PrivateNames.Assign(whole) : null;
            var printOptions = new PrintOptions
            {
                Minify = options.Minify,
                Renames = options.Minify ? Mangler.Run(whole) : null,
                PrivateNames = privateNames?.Renamed,
            };
            var exc = ExcKind(emitter, helpers, plainExc);
            CompiledFile Print(string file, List<Stmt> program, List<(string Kind, string Name, List<Stmt> Code)> parts, bool first)
            {
                var printed = Printer.Print(program, printOptions);
                var js = printed.Code;
                string? map = null;
                if (options.SourceMap)
                {
                    map = printed.Map.ToJson(file);
                    js += "//# sourceMappingURL=" + Path.GetFileName(file) + ".map\n";
                }
                var fileHelpers = parts.Where(p => p.Kind == "helper").Select(p => p.Name).ToList();
                var report = !options.Report ? new List<BundlePart>()
                    : Measure(parts, printOptions).Concat(first ? NameRecord(privateNames).Concat(OpenRecord(emitter)) : Enumerable.Empty<BundlePart>())
                        .Concat(fileHelpers.Contains("$exc") ? ExcRecord(exc) : Enumerable.Empty<BundlePart>()).ToList();
                return new CompiledFile(file, js, map, fileHelpers, report);
            }
            List<(string Kind, string Name, List<Stmt> Code)> Parts(int f) =>
                helpers.Where(h => helperPlace[h] == f).Select(h => ("helper", h, Tree(h)))
                    .Concat(TypeParts(emitter, types.Where(st => PlaceOf(st) == f).ToList()))
                    .Concat(f == Shared ? Enumerable.Empty<(string, string, List<Stmt>)>() : new[] { ("entry", "entry call", calls[f]) }).ToList();
            var files = new List<CompiledFile> { Print(options.SharedFileName, new List<Stmt> { useStrict }.Concat(sharedBody).ToList(), Parts(Shared), true) };
            for (int i = 0; i < n; i++)
            {
                var program = new List<Stmt>();
                if (tops[i].Count > 0) program.Add(new ExprStmt(new Str("use strict")));
                // A classic service worker loads the shared declarations into its global scope first.
                if (options.Entries[i].Kind == TargetKind.Worker)
                    program.Add(new ExprStmt(new Call(new Id("importScripts"), new Str(Path.GetFileName(options.SharedFileName)))));
                program.AddRange(tops[i]);
                program.Add(iifes[i]);
                files.Add(Print(options.Entries[i].OutputFileName, program, Parts(i), false));
            }
            return files;
        }

        /// <summary>The identifiers a statement names, each with whether it is read only when a function
        /// runs (inside a function, arrow or method body) rather than when the statement itself runs.</summary>
        static IEnumerable<(Id Id, bool Deferred)> References(Stmt root)
        {
            var stack = new Stack<(Node Node, bool Deferred)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, deferred) = stack.Pop();
                if (node is Id id) yield return (id, deferred);
                bool inner = deferred || node is Arrow or Func;
                foreach (var c in Walk.Children(node)) stack.Push((c, inner));
            }
        }

        /// <summary>How the bundle's catch blocks convert JS errors: "plain" (Runtime/excPlain.js), or why not.</summary>
        static IEnumerable<BundlePart> ExcRecord(string? exc) => exc == null ? Enumerable.Empty<BundlePart>() : new[] { new BundlePart("exc", exc, 0) };

        /// <summary>The bundle's record of shortened member names: each shortened one with its uses, each kept one (0);
        /// the open types (whose members keep their names) follow as "open" rows.</summary>
        static IEnumerable<BundlePart> OpenRecord(Emitter emitter) => emitter.Names.OpenTypes.Select(t => new BundlePart("open", t, 0));

        static IEnumerable<BundlePart> NameRecord(PrivateNames.Decision? d) => d == null ? Enumerable.Empty<BundlePart>()
            : d.Uses.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new BundlePart("private", u.Key, u.Value))
                .Concat(d.Kept.Select(k => new BundlePart("kept", k, 0)));

        static List<Stmt> EntryCall(Emitter emitter, IMethodSymbol entry, CompileOptions options)
        {
            // Main(string[] args) gets no arguments, as a program started without any.
            var call = entry.Parameters.Length == 1 ? new Call(emitter.EntryReference(entry), new ArrayLit(new List<Expr>())) : new Call(emitter.EntryReference(entry));
            // Mapped to the entry method, so a frame in the entry call does not land on the statement before it.
            if (options.Kind != TargetKind.Program) return new List<Stmt> { new ExprStmt(call) { Pos = emitter.PosOf(entry.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()) } };
            // A console program: flush Console.Write's pending text when Main finishes.
            var flush = new Call(new Id("$cflush"));
            if (entry.IsAsync || entry.ReturnType.Name == "Task")
                return new List<Stmt> { new ExprStmt(new Call(new Member(new Call(new Member(new Id("Promise"), "resolve"), call), "finally"), new Arrow(new Expr[0], flush))) };
            return new List<Stmt> { new Try(new Block(new ExprStmt(call)), null, null, new Block(new ExprStmt(flush))) };
        }
    }
}
