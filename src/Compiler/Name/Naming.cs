using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Name
{
    /// <summary>The Name stage: assigns JavaScript names over the reached set. C# names are kept; overloads
    /// get a `$n` suffix; externals follow [Name] and [Convention]; identifiers that are JS reserved words
    /// get a trailing `$`. Type names are fixed in source order before Lower runs, so a name never
    /// depends on the order in which code is lowered.</summary>
    public sealed class Naming
    {
        static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
        {
            "arguments","await","break","case","catch","class","const","continue","debugger","default","delete","do",
            "else","enum","eval","export","extends","false","finally","for","function","if","implements","import","in",
            "instanceof","interface","let","new","null","package","private","protected","public","return","static",
            "super","switch","this","throw","true","try","typeof","var","void","while","with","yield","undefined",
            "NaN","Infinity","Object","Array","String","Number","Boolean","Symbol","Map","Set","Promise","Error","Math",
            "JSON","Date","console","globalThis","self","window","constructor","prototype","async","of","get","set",
        };

        readonly Dictionary<INamedTypeSymbol, string> typeNames = new(SymbolEqualityComparer.Default);
        readonly HashSet<string> usedTypeNames = new(StringComparer.Ordinal);
        readonly Dictionary<ISymbol, string> memberNames = new(SymbolEqualityComparer.Default);

        bool complete;
        // The source types whose instances code outside the bundle may see; null: only private members are marked.
        Reach.OpenTypes? open;

        /// <summary>Names every reached type (in source order) and member. Given <paramref name="open"/>,
        /// the public, internal and protected members of the other source classes are marked too (<see cref="IsShortenable"/>).</summary>
        public static Naming Run(Reach.ReachedSet reached, Reach.OpenTypes? open = null)
        {
            var n = new Naming { open = open };
            foreach (var t in reached.Types.OrderBy(t => t.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
                         .ThenBy(t => t.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
                n.TypeName(t);
            foreach (var m in reached.Members) n.MemberName(m);
            n.complete = true;
            return n;
        }

        /// <summary>The source types whose members keep their names because code outside the bundle may see their instances.</summary>
        public IEnumerable<string> OpenTypes => open?.Names ?? Enumerable.Empty<string>();

        /// <summary>The JavaScript name of every reached type.</summary>
        public IReadOnlyDictionary<INamedTypeSymbol, string> TypeNames => typeNames;

        /// <summary>A local's JS name: reserved words get a `$`; a query's transparent identifier
        /// (`<>h__TransparentIdentifier0`, from `join ... into` followed by `from`) becomes `$h__...`.</summary>
        public static string SafeLocal(string name) =>
            Reserved.Contains(name) ? name + "$" : name.StartsWith("<>", StringComparison.Ordinal) ? "$" + name.Substring(2) : name;

        public static bool IsExternal(ISymbol s)
        {
            for (var cur = s; cur != null; cur = cur.ContainingType)
                if (Attr.Has(cur, "Js.ExternalAttribute") || Attr.Has(cur, "Js.ObjectLiteralAttribute")) return true;
            var asm = s.ContainingAssembly;
            return asm != null && Attr.Has(asm, "Js.ExternalAttribute");
        }

        /// <summary>A JS class name of the bundle (a local or parameter of that name would hide the class).</summary>
        public bool IsTypeName(string name) => usedTypeNames.Contains(name);

        public string TypeName(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            if (typeNames.TryGetValue(t, out var n)) return n;
            if (complete) throw new InvalidOperationException($"type '{t.ToDisplayString()}' has no name: Reach did not reach it");
            var baseName = t.ContainingType != null ? TypeName(t.ContainingType) + "_" + t.Name : t.Name;
            baseName = SafeLocal(baseName);
            n = baseName;
            for (int i = 1; usedTypeNames.Contains(n) || n.StartsWith("$", StringComparison.Ordinal); i++) n = baseName + "$" + i;
            usedTypeNames.Add(n);
            typeNames[t] = n;
            return n;
        }

        /// <summary>JS name of an external type: [Name] (may be dotted) or the C# name.</summary>
        public static string ExternalTypeName(INamedTypeSymbol t)
        {
            var name = Attr.String(t, "Js.NameAttribute");
            if (name != null) return name;
            return t.ContainingType != null ? ExternalTypeName(t.ContainingType) + "." + t.Name : t.Name;
        }

        public static string ExternalMemberName(ISymbol m)
        {
            var name = Attr.String(m, "Js.NameAttribute");
            if (name != null) return name;
            var raw = m.Name;
            if (m is IMethodSymbol { AssociatedSymbol: { } assoc }) raw = assoc.Name;
            var notation = Convention(m.ContainingType);
            return notation switch
            {
                1 => raw.Length > 0 ? char.ToLowerInvariant(raw[0]) + raw.Substring(1) : raw,
                2 => raw.ToLowerInvariant(),
                _ => raw,
            };
        }

        static int Convention(INamedTypeSymbol? t)
        {
            for (var cur = t; cur != null; cur = cur.ContainingType)
            {
                var a = Attr.Find(cur, "Js.ConventionAttribute");
                if (a != null) return (int)a.ConstructorArguments[0].Value!;
            }
            var asmAttr = t?.ContainingAssembly == null ? null : Attr.Find(t.ContainingAssembly, "Js.ConventionAttribute");
            return asmAttr != null ? (int)asmAttr.ConstructorArguments[0].Value! : 0;
        }

        /// <summary>Starts the JS name of a C# member that only the bundle's own code reaches by name
        /// (<see cref="IsShortenable"/>): release printing may shorten it (Print/PrivateNames.cs), debug
        /// printing drops the mark. A member whose name follows another's (an override, an interface
        /// implementation, a property's backing field) carries that member's mark.</summary>
        public const char PrivateMark = '\u0001';

        /// <summary>JS name of a source (emitted) member.</summary>
        public string MemberName(ISymbol m)
        {
            m = m.OriginalDefinition;
            if (memberNames.TryGetValue(m, out var n)) return n;
            n = ComputeMemberName(m);
            if (n.IndexOf(PrivateMark) < 0 && IsShortenable(m)) n = PrivateMark + n;
            memberNames[m] = n;
            return n;
        }

        /// <summary>A field, property or method of a source class that nothing outside the bundle's code
        /// reaches by name: not implicitly declared, no [Name]; not an override (its name is the base's, mark
        /// included) nor an implementation of a library interface's member; not of a record or struct (their equality and
        /// copies go by member), in a class whose bases are all source or BCL (an external base's own
        /// properties could collide with a short name). A private member must not be virtual either. A
        /// public, internal or protected one (or an abstract member of a source interface) needs the
        /// <see cref="Reach.OpenTypes"/> analysis, and no open type around it (instances that code outside
        /// the bundle sees keep their names: stored and sent objects, what JS APIs are given).</summary>
        bool IsShortenable(ISymbol m)
        {
            if (m.IsImplicitlyDeclared || Attr.Has(m, "Js.NameAttribute")) return false;
            if (!Reach.Reachability.IsSource(m) || IsExternal(m)) return false;
            bool isPrivate = m.DeclaredAccessibility == Accessibility.Private;
            if (!isPrivate && open == null) return false;
            var owner = m.ContainingType;
            if (owner == null || owner.IsAnonymousType) return false;
            bool inInterface = owner.TypeKind == TypeKind.Interface;
            switch (m)
            {
                case IFieldSymbol f when f.AssociatedSymbol == null && !f.IsConst && !inInterface:
                    break;
                case IPropertySymbol { IsIndexer: false, IsOverride: false, ExplicitInterfaceImplementations.Length: 0 } p
                    when (inInterface ? p.IsAbstract && !p.IsStatic : !isPrivate || !p.IsVirtual && !p.IsAbstract) && !ImplementsLibraryMember(p):
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsOverride: false, IsExtern: false, ExplicitInterfaceImplementations.Length: 0 } me
                    when (inInterface ? me.IsAbstract && !me.IsStatic : !isPrivate || !me.IsVirtual && !me.IsAbstract) && !ImplementsLibraryMember(me):
                    break;
                default:
                    return false;
            }
            for (var t = owner; t != null; t = t.ContainingType)
            {
                if (t.IsRecord || !(t.TypeKind == TypeKind.Class || t.TypeKind == TypeKind.Interface && SymbolEqualityComparer.Default.Equals(t, owner))) return false;
                if (open != null && open.IsOpen(t)) return false;
            }
            for (var b = owner.BaseType; b != null; b = b.BaseType)
                if (IsExternal(b)) return false;
            return true;
        }

        /// <summary>The member implements a member of a library or external interface of its class
        /// (IComparable.CompareTo, IEnumerator.Current…): library code calls it by its library name.</summary>
        static bool ImplementsLibraryMember(ISymbol m)
        {
            if (m.IsStatic || m.ContainingType.TypeKind == TypeKind.Interface) return false;
            foreach (var i in m.ContainingType.AllInterfaces)
                if (!Reach.Reachability.IsSource(i))
                    foreach (var im in i.GetMembers(m.Name))
                        if (SymbolEqualityComparer.Default.Equals(m.ContainingType.FindImplementationForInterfaceMember(im)?.OriginalDefinition, m.OriginalDefinition))
                            return true;
            return false;
        }

        string ComputeMemberName(ISymbol m)
        {
            var explicitName = Attr.String(m, "Js.NameAttribute");
            if (explicitName != null) return explicitName;
            switch (m)
            {
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol p }:
                    return MemberName(p);
                case IMethodSymbol method:
                    if (method.OverriddenMethod != null) return MemberName(method.OverriddenMethod);
                    if (method.ExplicitInterfaceImplementations.Length > 0) return ExplicitName(method, MemberName(method.ExplicitInterfaceImplementations[0]));
                    if (method.MethodKind == MethodKind.Ordinary && method.ContainingType.TypeKind != TypeKind.Interface)
                    {
                        // Implicit interface implementation keeps the interface's name when it is unique.
                        foreach (var iface in method.ContainingType.AllInterfaces)
                            foreach (var im in iface.GetMembers(method.Name).OfType<IMethodSymbol>())
                            {
                                var impl = method.ContainingType.FindImplementationForInterfaceMember(im);
                                if (SymbolEqualityComparer.Default.Equals(impl?.OriginalDefinition, method) && !IsExternal(im)
                                    && !(!Reach.Reachability.IsSource(im) && OverloadName(method) != Escape(method.Name)))
                                    return MemberName(im);
                            }
                    }
                    return Yield(method, OverloadName(method));
                case IPropertySymbol prop:
                    if (prop.OverriddenProperty != null) return MemberName(prop.OverriddenProperty);
                    if (prop.ExplicitInterfaceImplementations.Length > 0) return ExplicitName(prop, MemberName(prop.ExplicitInterfaceImplementations[0]));
                    if (prop.IsIndexer)
                    {
                        // Overloaded indexers: $item, $item$1, ... (base first, declaration order).
                        var all = new List<IPropertySymbol>();
                        var chain = new List<INamedTypeSymbol>();
                        for (var t = prop.ContainingType; t != null && !IsExternal(t) && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Insert(0, t);
                        foreach (var t in chain) all.AddRange(t.GetMembers().OfType<IPropertySymbol>().Where(x => x.IsIndexer && x.OverriddenProperty == null));
                        int i = all.FindIndex(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, prop.OriginalDefinition));
                        return Yield(prop, i <= 0 ? "$item" : "$item$" + i);
                    }
                    return Yield(prop, HidingName(prop));
                case IEventSymbol ev:
                    if (ev.ExplicitInterfaceImplementations.Length > 0) return MemberName(ev.ExplicitInterfaceImplementations[0]);
                    if (ev.OverriddenEvent != null) return MemberName(ev.OverriddenEvent);
                    return HidingName(ev);
                case IFieldSymbol f:
                    if (f.AssociatedSymbol is IPropertySymbol backing) return "$" + MemberName(backing);
                    return HidingName(f);
                default:
                    return Escape(m.Name);
            }
        }

        static string Escape(string name) =>
            name is "constructor" or "prototype" or "__proto__" or "name" or "length" or "caller" or "arguments" ? name + "$"
            // Compiler-made names (the top-level statements' <Main>$) are not JS identifiers.
            : name.StartsWith("<", StringComparison.Ordinal) ? "$" + name.Substring(1, Math.Max(name.IndexOf('>') - 1, 0))
            : name;

        /// <summary>A field, property or event: its C# name, with `$n` when it hides (`new`) a member of the
        /// same name in a base class, so the two stay two JS properties (base first, declaration order).</summary>
        /// <summary>An explicit interface implementation takes the interface member's name: calls through the
        /// interface must reach it. Only when the class also implements, explicitly, a generic interface's
        /// member of that name (IEnumerable&lt;T&gt;.GetEnumerator beside IEnumerable.GetEnumerator) does the
        /// non-generic one step aside with `$e`: JS has one slot per name, and both mean the same.</summary>
        string ExplicitName(ISymbol m, string name)
        {
            var iface = (m is IMethodSymbol mm ? (ISymbol)mm.ExplicitInterfaceImplementations[0] : ((IPropertySymbol)m).ExplicitInterfaceImplementations[0]).ContainingType;
            if (iface.IsGenericType) return name;
            foreach (var other in m.ContainingType.GetMembers())
            {
                ISymbol? impl = other switch { IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } om => om.ExplicitInterfaceImplementations[0], IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } op => op.ExplicitInterfaceImplementations[0], _ => null };
                if (impl != null && impl.ContainingType.IsGenericType && MemberName(impl) == name) return name + "$e";
            }
            return name;
        }

        /// <summary>A class's own member yields its name to an explicit interface implementation of the same
        /// JS name in the class (a public `this[int]` beside `string IReadOnlyList&lt;string&gt;.this[int]`).</summary>
        string Yield(ISymbol m, string name)
        {
            if (m.ContainingType == null) return name;
            foreach (var other in m.ContainingType.GetMembers())
            {
                ISymbol? impl = other switch { IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } om => om.ExplicitInterfaceImplementations[0], IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } op => op.ExplicitInterfaceImplementations[0], _ => null };
                if (impl != null && MemberName(other) == name) return name + "$c";
            }
            return name;
        }

        string HidingName(ISymbol m)
        {
            var baseName = Escape(m.Name);
            if (m.IsStatic) return baseName;
            var chain = new List<INamedTypeSymbol>();
            for (var t = m.ContainingType; t != null && !IsExternal(t) && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Insert(0, t);
            var all = new List<ISymbol>();
            foreach (var t in chain)
                foreach (var mm in t.GetMembers(m.Name))
                    if (!mm.IsStatic && mm is IFieldSymbol { AssociatedSymbol: null } or IPropertySymbol { IsIndexer: false, OverriddenProperty: null } or IEventSymbol { OverriddenEvent: null }
                        && !(mm is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } || mm is IEventSymbol { ExplicitInterfaceImplementations.Length: > 0 }))
                        all.Add(mm);
            int idx = all.FindIndex(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, m.OriginalDefinition));
            return idx <= 0 ? baseName : baseName + "$" + idx;
        }

        string OverloadName(IMethodSymbol method)
        {
            var baseName = Escape(method.Name);
            // Operators and conversions overload by operand and result types (`explicit operator double(C)`
            // beside `explicit operator F(C)`): op_Explicit, op_Explicit$1, ... in declaration order.
            if (method.MethodKind is MethodKind.UserDefinedOperator or MethodKind.Conversion)
            {
                var ops = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().ToList();
                int oi = ops.FindIndex(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, method.OriginalDefinition));
                return oi <= 0 ? baseName : baseName + "$" + oi;
            }
            if (method.MethodKind != MethodKind.Ordinary) return baseName;
            // A record's synthesised Equals(R) is its one JS Equals (Emitter.Records), in a derived record too.
            if (method.ContainingType.IsRecord && method.Name == "Equals" && method.IsImplicitlyDeclared) return baseName;
            // All non-override methods of this name in the hierarchy, base first, declaration order.
            var chain = new List<INamedTypeSymbol>();
            for (var t = method.ContainingType; t != null && !IsExternal(t) && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Insert(0, t);
            var all = new List<IMethodSymbol>();
            foreach (var t in chain)
                foreach (var mm in t.GetMembers(method.Name).OfType<IMethodSymbol>())
                    if (mm.OverriddenMethod == null && mm.MethodKind == MethodKind.Ordinary && mm.IsStatic == method.IsStatic) all.Add(mm);
            if (method.ContainingType.TypeKind == TypeKind.Interface)
                foreach (var bi in method.ContainingType.AllInterfaces)
                    foreach (var mm in bi.GetMembers(method.Name).OfType<IMethodSymbol>()) all.Insert(0, mm);
            int idx = all.FindIndex(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, method.OriginalDefinition));
            // Equals(T) beside an override of object.Equals(object): the override keeps the plain name.
            if (idx >= 0 && !method.ContainingType.IsRecord && chain.Any(t => t.GetMembers(method.Name).OfType<IMethodSymbol>().Any(x => x.IsOverride && OverridesObject(x)))) idx++;
            return idx <= 0 ? baseName : baseName + "$" + idx;
        }

        static bool OverridesObject(IMethodSymbol m)
        {
            var o = m;
            while (o.OverriddenMethod != null) o = o.OverriddenMethod;
            return o.ContainingType.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType;
        }
    }

    public static class Attr
    {
        public static AttributeData? Find(ISymbol s, string fullName) =>
            s.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == fullName);

        public static bool Has(ISymbol s, string fullName) => Find(s, fullName) != null;

        public static string? String(ISymbol s, string fullName) =>
            Find(s, fullName) is { } a && a.ConstructorArguments.Length > 0 ? a.ConstructorArguments[0].Value as string : null;
    }
}
