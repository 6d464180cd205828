using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>foreach over a collection its own loop body changes: .NET's enumerator throws
    /// InvalidOperationException ("Collection was modified") at the next MoveNext, where a JS iterator
    /// would carry on (a Set that grows never ends). Decided per loop: only a loop whose body (or a source
    /// method it calls, a few levels deep) adds to or removes from the same variable or field is wrapped
    /// in <c>$modGuard</c>; every other foreach stays a plain for-of.</summary>
    public sealed partial class Emitter
    {
        static readonly HashSet<string> ListChanges = new() { "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear", "Enqueue", "Dequeue", "TryDequeue", "Sort", "Reverse" };
        // (a list's Sort, Reverse or element store is seen when it replaces the element just visited.)
        // Dictionary/HashSet: only a new key changes the version that matters (Remove and overwrites do not throw since .NET Core 3).
        static readonly HashSet<string> KeyedChanges = new() { "Add", "TryAdd", "UnionWith", "SymmetricExceptWith" };

        /// <summary>The guarded source, or null: lists and queues must keep their length (1), keyed
        /// collections must not grow (2).</summary>
        Expr? ModifiedGuard(IOperation coll, Expr source, IOperation body)
        {
            var owner = coll;
            if (coll is IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } inst }) owner = inst;
            while (owner is IConversionOperation { IsImplicit: true } c) owner = c.Operand;
            var kind = KindOf(owner.Type);
            if (kind == 0 || RootOf(owner) is not { } root) return null;
            if (!Changes(body, root, kind, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0)) return null;
            return kind == 2 ? H("$modGuard", Expr(owner), source, Kw.True) : H("$modGuard", Expr(owner), source);
        }

        static int KindOf(ITypeSymbol? t) => (t as INamedTypeSymbol)?.OriginalDefinition.ToDisplayString() switch
        {
            "System.Collections.Generic.List<T>" or "System.Collections.Generic.Queue<T>" => 1,
            "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.HashSet<T>" => 2,
            _ => 0,
        };

        /// <summary>The variable or field a collection expression reads (nothing for computed values).</summary>
        static ISymbol? RootOf(IOperation op) => op switch
        {
            ILocalReferenceOperation l => l.Local,
            IParameterReferenceOperation p => p.Parameter,
            IFieldReferenceOperation f when f.Instance is null or IInstanceReferenceOperation => f.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false, Property.GetMethod: { } g } pr
                when pr.Instance is null or IInstanceReferenceOperation && IsAutoProperty(pr.Property) => pr.Property,
            _ => null,
        };

        bool Changes(IOperation body, ISymbol root, int kind, HashSet<IMethodSymbol> seen, int depth)
        {
            foreach (var op in body.DescendantsAndSelf())
            {
                switch (op)
                {
                    case IInvocationOperation inv when inv.Instance is { } recv && SameRoot(recv, root)
                        && (kind == 1 ? ListChanges : KeyedChanges).Contains(inv.TargetMethod.Name):
                        return true;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } recv } } when SameRoot(recv, root):
                        return true;
                    case IInvocationOperation inv when depth < 3 && root is IFieldSymbol or IPropertySymbol
                        && IsSource(inv.TargetMethod) && seen.Add(inv.TargetMethod.OriginalDefinition):
                        foreach (var sr in inv.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences)
                            if (OperationOf(sr.GetSyntax()) is { } callee && Changes(callee, root, kind, seen, depth + 1)) return true;
                        break;
                }
            }
            return false;
        }

        static bool SameRoot(IOperation recv, ISymbol root)
        {
            while (recv is IConversionOperation { IsImplicit: true } c) recv = c.Operand;
            return RootOf(recv) is { } r && SymbolEqualityComparer.Default.Equals(r.OriginalDefinition, root.OriginalDefinition);
        }
    }
}
