using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Lower
{
    /// <summary>Records: the compiler synthesises Equals, ToString, Deconstruct and the copy used by `with`.</summary>
    public sealed partial class Emitter
    {
        void UseRecordMember(IMethodSymbol m)
        {
            if (m.ContainingType.IsRecord && m.IsImplicitlyDeclared) Use(m);
        }

        void UseRecordEquals(INamedTypeSymbol t)
        {
            for (var cur = t; cur != null && IsSource(cur) && cur.IsRecord; cur = cur.BaseType)
                foreach (var m in cur.GetMembers("Equals").OfType<IMethodSymbol>().Where(x => x.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(x.Parameters[0].Type.OriginalDefinition, cur.OriginalDefinition)))
                    Use(m);
        }

        static bool IsCollection(ITypeSymbol t) =>
            t is IArrayTypeSymbol || t.OriginalDefinition.ToDisplayString().StartsWith("System.Collections.Generic.", System.StringComparison.Ordinal);

        IEnumerable<IPropertySymbol> RecordProperties(INamedTypeSymbol t) =>
            t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && p.Name != "EqualityContract" && p.DeclaredAccessibility == Accessibility.Public);

        void LowerRecordMember(IMethodSymbol m)
        {
            var t = m.ContainingType;
            var w = CodeFor(m).Body;
            var props = RecordProperties(t).ToList();
            foreach (var p in props) Use(p);
            bool hasRecordBase = t.BaseType != null && t.BaseType.IsRecord && IsSource(t.BaseType);
            switch (m.Name)
            {
                case "ToString" when m.Parameters.Length == 0:
                    {
                        // Name { A = 1, B = x }, members printed with their own ToString.
                        var printW = CodeFor(t.GetMembers("PrintMembers").FirstOrDefault() ?? m);
                        var parts = new List<string>();
                        var savedPending = pending; pending = new List<string>();
                        foreach (var p in props.Where(p => p.OverriddenProperty == null || !IsSource(p.OverriddenProperty.ContainingType) || !p.OverriddenProperty.ContainingType.IsRecord))
                            parts.Add($"{Str(p.Name + " = ")} + {ToStrOf(Js.P("this." + names.MemberName(p)), p.Type, null).At(Js.Additive + 1)}");
                        var body = parts.Count == 0 ? "\"\"" : string.Join(" + \", \" + ", parts);
                        var temps = pending; pending = savedPending;
                        w.Line("$members() {");
                        w.Indent();
                        if (temps.Count > 0) w.Line("let " + string.Join(", ", temps) + ";");
                        if (hasRecordBase) w.Line($"const b = super.$members();\nconst s = {body};\nreturn b && s ? b + \", \" + s : b + s;");
                        else w.Line($"return {body};");
                        w.Outdent();
                        w.Line("}");
                        w.Line($"ToString() {{\n  const m = this.$members();\n  return {Str(t.Name)} + (m ? \" {{ \" + m + \" }}\" : \" {{ }}\");\n}}");
                        w.Line("toString() {\n  return this.ToString();\n}");
                        return;
                    }
                case "Equals" when m.Parameters.Length == 1:
                    {
                        if (!SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, t.OriginalDefinition)) { UseRecordEquals(t); return; }
                        // EqualityComparer<T>.Default per member: collections compare by reference, as in .NET.
                        var eqs = props.Where(p => SymbolEqualityComparer.Default.Equals(p.ContainingType, t))
                            .Select(p => IsCollection(p.Type) ? $"this.{names.MemberName(p)} === o.{names.MemberName(p)}" : $"$eq(this.{names.MemberName(p)}, o.{names.MemberName(p)})").ToList();
                        var baseEq = hasRecordBase ? "super.Equals(o)" : "o != null && o.constructor === this.constructor";
                        eqs.Insert(0, baseEq);
                        w.Line($"Equals(o) {{\n  return {string.Join(" && ", eqs)};\n}}");
                        return;
                    }
                case "Deconstruct":
                    {
                        var ps = m.Parameters.Select(p => p.Name).ToList();
                        var assigns = string.Join("\n", m.Parameters.Select(p => $"  {p.Name}.v = this.{names.MemberName(t.GetMembers(p.Name).OfType<IPropertySymbol>().First())};"));
                        w.Line($"Deconstruct({string.Join(", ", ps)}) {{\n{assigns}\n}}");
                        return;
                    }
                case "GetHashCode":
                    w.Line("GetHashCode() {\n  return 0;\n}");
                    return;
                case "op_Equality":
                case "op_Inequality":
                case "PrintMembers":
                case "<Clone>$":
                    return;
            }
        }
    }
}
