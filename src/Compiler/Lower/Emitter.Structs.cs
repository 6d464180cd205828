using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>Structs: a JS class whose instances are copied ($copy) wherever C# copies a value, so a
    /// variable, field, array slot or list element never shares its value with another.</summary>
    public sealed partial class Emitter
    {
        /// <summary>A struct declared in the program (BCL structs keep their own representations).</summary>
        static bool IsUserStruct(ITypeSymbol? t) =>
            t is INamedTypeSymbol { TypeKind: TypeKind.Struct } n && IsSource(n.OriginalDefinition) && !IsObjectLiteral(n);

        /// <summary>The value of op is read from storage that keeps it (a variable, field, element, a
        /// property or a library call that hands back what it holds): using it as a new value copies it.</summary>
        static bool ReadsStoredValue(IOperation op)
        {
            switch (op)
            {
                case IParenthesizedOperation p: return ReadsStoredValue(p.Operand);
                case IConversionOperation c: return c.Conversion.IsIdentity ? ReadsStoredValue(c.Operand) : c.Operand.Type?.IsReferenceType == true;
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation
                    or IInstanceReferenceOperation or IPropertyReferenceOperation or IImplicitIndexerReferenceOperation:
                    return true;
                case IInvocationOperation inv:
                    return !IsSource(inv.TargetMethod) || inv.TargetMethod.OriginalDefinition.ReturnType is ITypeParameterSymbol;
                case IConditionalOperation c: return ReadsStoredValue(c.WhenTrue) || c.WhenFalse != null && ReadsStoredValue(c.WhenFalse);
                case ICoalesceOperation co: return ReadsStoredValue(co.Value) || ReadsStoredValue(co.WhenNull);
                case ISwitchExpressionOperation se: return se.Arms.Any(a => ReadsStoredValue(a.Value));
            }
            return false;
        }

        /// <summary>op is used where C# makes a new copy of a value: assigned, initialised, passed by value,
        /// returned, put in an array/tuple/collection literal, boxed or wrapped in a Nullable.</summary>
        static bool IsCopyContext(IOperation op) => op.Parent switch
        {
            ISimpleAssignmentOperation sa => ReferenceEquals(sa.Value, op),
            IVariableInitializerOperation or IFieldInitializerOperation or IPropertyInitializerOperation => true,
            IArgumentOperation a => a.Parameter?.RefKind is null or RefKind.None,
            IReturnOperation => true,
            IArrayInitializerOperation or ICollectionExpressionOperation => true,
            ITupleOperation t => t.Parent is not IDeconstructionAssignmentOperation,
            IConversionOperation c => !c.Conversion.IsIdentity && (c.Type?.IsReferenceType == true || c.Conversion.IsNullable),
            _ => false,
        };

        /// <summary>Copies a struct value read from storage when it lands in a new place.</summary>
        Expr CopyStruct(IOperation op, Expr e) =>
            IsUserStruct(op.Type) && IsCopyContext(op) && ReadsStoredValue(op) ? new Call(Dot(e, "$copy")) : e;

        /// <summary>A method called on a struct value that is not a variable (a property, a library call) or
        /// is read-only (a readonly field, a foreach variable, an `in` parameter) runs on a copy, as in C#.</summary>
        Expr StructReceiver(IOperation? instance, IMethodSymbol m, Expr recv)
        {
            if (instance == null || !IsUserStruct(instance.Type) || m.IsReadOnly || m.IsStatic) return recv;
            bool copy = instance switch
            {
                IPropertyReferenceOperation or IInvocationOperation => true,
                IFieldReferenceOperation f => f.Field.IsReadOnly && !InOwnConstructor(f),
                ILocalReferenceOperation l => l.Local.IsForEach || l.Local.IsUsing,
                IParameterReferenceOperation p => p.Parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter,
                _ => false,
            };
            return copy ? new Call(Dot(recv, "$copy")) : recv;
        }

        /// <summary>The element type of an array or a generic sequence (IEnumerable&lt;T&gt;), else null.</summary>
        static ITypeSymbol? ElementOf(ITypeSymbol? t) => t switch
        {
            IArrayTypeSymbol a => a.ElementType,
            INamedTypeSymbol n => (n.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? n
                : n.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T))?.TypeArguments[0],
            _ => null,
        };

        static bool HoldsUserStructs(ITypeSymbol? t) => IsUserStruct(ElementOf(t));

        /// <summary>A library call that builds a new array/list out of struct elements it reads from another
        /// (Clone, ToArray, ToList, GetRange) hands back copies, so the two never share an element.</summary>
        Expr StructLibraryResult(IInvocationOperation inv, Expr call)
        {
            var m = inv.TargetMethod;
            if (IsSource(m)) return call;
            if (m.Name is "ToArray" or "ToList" or "GetRange" or "Slice" && HoldsUserStructs(inv.Type)
                || m.Name == "Clone" && HoldsUserStructs(inv.Instance?.Type))
                return H("$copies", call);
            // default(S) is a value, never null: FirstOrDefault, GetValueOrDefault, Find... on an empty source.
            if (IsUserStruct(inv.Type) && (m.Name.EndsWith("OrDefault", StringComparison.Ordinal) || m.Name is "Find" or "FindLast"))
                return Bin("??", call, DefaultValue(inv.Type!));
            return call;
        }

        /// <summary>A library method that stores the elements of its argument (AddRange, InsertRange, a
        /// List/Queue/Stack built from a sequence, Array.Copy's source) stores copies of struct elements.</summary>
        Expr StructElementsArg(ISymbol member, IArgumentOperation a, Expr arg)
        {
            var source = a.Value is IConversionOperation { Conversion.IsImplicit: true } c ? c.Operand : a.Value;
            if (member is not IMethodSymbol m || IsSource(m) || !HoldsUserStructs(source.Type)) return arg;
            bool stores = m.MethodKind == MethodKind.Constructor || m.Name is "AddRange" or "InsertRange"
                || m.Name is "Copy" or "ConstrainedCopy" && a.Parameter?.Ordinal == 0;
            return stores ? H("$copies", arg) : arg;
        }

        /// <summary>CopyTo copies the receiver's struct elements into the destination.</summary>
        Func<Expr>? StructElementsReceiver(IInvocationOperation inv, Func<Expr>? recv) =>
            recv != null && inv.TargetMethod.Name == "CopyTo" && HoldsUserStructs(inv.Instance?.Type) ? () => H("$copies", recv()) : recv;

        /// <summary>A readonly field is writable in its own type's constructors.</summary>
        bool InOwnConstructor(IFieldReferenceOperation f) =>
            fn.Root.Method is { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } m
            && SymbolEqualityComparer.Default.Equals(m.ContainingType.OriginalDefinition, f.Field.ContainingType.OriginalDefinition)
            && (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation);

        /// <summary>`new S[n]`: n distinct default values.</summary>
        Expr StructArray(ITypeSymbol elem, Expr size) =>
            new Call(Dot(Ident("Array"), "from"), new ObjectLit(new[] { Prop.Init("length", size) }), new Arrow(new Expr[0], DefaultValue(elem)));

        /// <summary>default(S): every field at its default, no constructor body run.</summary>
        Expr StructDefault(INamedTypeSymbol t)
        {
            UseConstructed(t.OriginalDefinition);
            Use(InstanceCtors(t.OriginalDefinition).FirstOrDefault());
            return new New(ClassRef(t), new List<Expr>());
        }

        /// <summary>The constructor index passed to `new S(k, ...)`: explicit constructors only; the
        /// implicit parameterless one is `new S()` (all defaults).</summary>
        static int StructCtorIndex(IMethodSymbol ctor) =>
            ctor.IsImplicitlyDeclared ? -1 : InstanceCtors(ctor.ContainingType.OriginalDefinition).FindIndex(c => SymbolEqualityComparer.Default.Equals(c, ctor.OriginalDefinition));

        IEnumerable<(ISymbol member, string js, ITypeSymbol type)> StructFields(INamedTypeSymbol t)
        {
            foreach (var m in t.GetMembers())
            {
                if (m.IsStatic) continue;
                if (m is IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } f) yield return (f, names.MemberName(f), f.Type);
                else if (m is IPropertySymbol { IsIndexer: false } p && IsAutoProperty(p))
                    yield return (p, IsFieldLikeProperty(p) ? names.MemberName(p) : "$" + names.MemberName(p), p.Type);
            }
        }

        /// <summary>constructor($k, ...$a): all fields at their defaults, then explicit constructor $k;
        /// $copy(); and Equals over the fields unless the struct declares its own.</summary>
        void LowerStructConstructors(INamedTypeSymbol t)
        {
            var ctors = InstanceCtors(t);
            var mc = CodeFor(ctors[0]);
            var fields = StructFields(t).ToList();
            var body = new List<Stmt>();
            foreach (var (_, js, type) in fields) body.Add(new ExprStmt(new Assign(Dot(Kw.This, js), DefaultValue(type))));
            body.Add(new If(Bin("!==", Ident("$k"), Ident("undefined")),
                new ExprStmt(new Call(Dot(new Subscript(Kw.This, Bin("+", new Str("$c"), Ident("$k"))), "apply"), Kw.This, Ident("$a"))), null));
            mc.Body.Add(new ClassMember(MemberKind.Constructor, false, "constructor", null, new Func(null, new Expr[] { Ident("$k"), new Spread(Ident("$a")) }, Blk(body))));
            for (int k = 0; k < ctors.Count; k++)
            {
                var c = ctors[k];
                if (c.IsImplicitlyDeclared) continue;
                fn = new Fn { Method = c };
                var syntax = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                var w = new List<Stmt>();
                bool chained = false;
                if (syntax is ConstructorDeclarationSyntax { Initializer: { } init } && init.ThisOrBaseKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.ThisKeyword)
                    && OperationOf(init) is IInvocationOperation inv && !inv.TargetMethod.IsImplicitlyDeclared)
                {
                    chained = true;
                    var target = inv.TargetMethod.OriginalDefinition;
                    var savedPending = pending; pending = new List<string>();
                    var a = ArgList(inv.Arguments, target);
                    FlushPending(w);
                    pending = savedPending;
                    a.Insert(0, Kw.This);
                    w.Add(new ExprStmt(new Call(Dot(Dot(Dot(Ident(names.TypeName(t)), "prototype"), "$c" + StructCtorIndex(target)), "call"), a)));
                }
                if (!chained)
                    foreach (var (member, js, _) in fields)
                    {
                        var value = member is IFieldSymbol f ? FieldInitValueOrNull(f) : PropertyInitValueOrNull((IPropertySymbol)member);
                        if (value != null) w.Add(new ExprStmt(new Assign(Dot(Kw.This, js), value)));
                    }
                if (IsPrimaryCtor(c)) EmitPrimaryCtorAssignments(c, w);
                if (syntax is ConstructorDeclarationSyntax) EmitBody(syntax, w, c);
                mc.Body.Add(At(new ClassMember(MemberKind.Method, false, "$c" + k, null, new Func(null, Params(c.Parameters), Blk(w))), PosOf(syntax)));
            }
            // $copy(): a new object of the same class, nested structs copied too.
            // A reified generic struct's copy keeps its closed type (its $ta).
            Expr proto = reified.IsReified(t) ? new Call(Dot(Ident("Object"), "getPrototypeOf"), Kw.This) : Dot(Ident(names.TypeName(t)), "prototype");
            var copy = new List<Stmt> { VarDecl.Const("c", new Call(Dot(Ident("Object"), "create"), proto)) };
            foreach (var (_, js, type) in fields)
                copy.Add(new ExprStmt(new Assign(Dot(Ident("c"), js), IsUserStruct(type) ? new Call(Dot(Dot(Kw.This, js), "$copy")) : Dot(Kw.This, js))));
            copy.Add(new Return(Ident("c")));
            mc.Body.Add(new ClassMember(MemberKind.Method, false, "$copy", null, new Func(null, new List<Expr>(), Blk(copy))));
            // ValueType.Equals: same type, every field equal. GetHashCode comes from $hash (fields mixed).
            if (!t.IsRecord && !t.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 1 && m.IsOverride))
            {
                var o = Ident("o");
                var eqs = new List<Expr> { Bin("instanceof", o, Ident(names.TypeName(t))) };
                eqs.AddRange(fields.Select(f => (Expr)H("$eq", Dot(Kw.This, f.js), Dot(o, f.js))));
                mc.Body.Add(new ClassMember(MemberKind.Method, false, "Equals", null, new Func(null, new List<Expr> { o }, new Block(new Return(AndAll(eqs))))));
            }
        }

        Expr? FieldInitValueOrNull(IFieldSymbol f)
        {
            var syntax = f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
            return syntax?.Initializer != null && OperationOf(syntax.Initializer) is IFieldInitializerOperation init ? ExprWithTemps(init.Value) : null;
        }

        Expr? PropertyInitValueOrNull(IPropertySymbol p)
        {
            var syntax = p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as PropertyDeclarationSyntax;
            return syntax?.Initializer != null && OperationOf(syntax.Initializer) is IPropertyInitializerOperation init ? ExprWithTemps(init.Value) : null;
        }
    }
}
