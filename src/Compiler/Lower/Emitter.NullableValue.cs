using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary><c>x.Value</c> (and <c>(T)x</c>) of a nullable value type where <c>x</c> holds a value: a plain
    /// <c>x</c>, not <c>$nv(x)</c> (which throws InvalidOperationException on null, what .NET would do but
    /// cannot happen there). Only where it is provable: <c>x</c> is a local or by-value parameter of the function
    /// that reads it (not a field, whose value other code may change), written as a plain name (no <c>x!</c>),
    /// named by no lambda or local function in that function (which could change it between test and read)
    /// and never taken by reference (<c>ref x</c>, <c>out x</c>: a ref local could write it unseen),
    /// given to no method whose parameters carry nullable postconditions (<c>[NotNull]</c>,
    /// <c>[NotNullWhen]</c>, <c>[DoesNotReturnIf]</c>: a claim, not a proof), and Roslyn's nullable flow
    /// state says it is not null there (after <c>x.HasValue</c>, <c>x != null</c>, <c>x is not null</c>, an
    /// assignment of a value…, through every path).</summary>
    public sealed partial class Emitter
    {
        readonly Dictionary<ISymbol, bool> nullableVariableSafe = new(SymbolEqualityComparer.Default);

        bool HasValueHere(IOperation receiver)
        {
            ISymbol? v = receiver switch
            {
                ILocalReferenceOperation { Local: { IsRef: false } l } => l,
                IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } p } => p,
                _ => null,
            };
            if (v == null || receiver.Syntax is not IdentifierNameSyntax) return false;
            var model = Model(receiver.Syntax.SyntaxTree);
            if (model.GetTypeInfo(receiver.Syntax).Nullability.FlowState != NullableFlowState.NotNull) return false;
            if (!SymbolEqualityComparer.Default.Equals(model.GetEnclosingSymbol(receiver.Syntax.SpanStart), v.ContainingSymbol)) return false;
            if (!nullableVariableSafe.TryGetValue(v, out var safe))
                nullableVariableSafe[v] = safe = NoOtherWriter(v, model);
            return safe;
        }

        static readonly HashSet<string> Postconditions = new() { "NotNullAttribute", "NotNullWhenAttribute", "DoesNotReturnIfAttribute", "NotNullIfNotNullAttribute", "MemberNotNullAttribute", "MemberNotNullWhenAttribute" };

        static bool NoOtherWriter(ISymbol v, SemanticModel model)
        {
            if (v.ContainingSymbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } scope) return false;
            foreach (var id in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != v.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id).Symbol, v)) continue;
                if (id.Ancestors().TakeWhile(n => n != scope).Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)) return false;
                // A ref to it (a ref local, a ref/out/in argument) may write it under another name.
                if (id.Parent is RefExpressionSyntax || id.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 }) return false;
                foreach (var arg in id.Ancestors().OfType<ArgumentSyntax>())
                    if (arg.Parent?.Parent is { } call && model.GetSymbolInfo(call).Symbol is IMethodSymbol m
                        && m.Parameters.Any(p => p.GetAttributes().Any(a => Postconditions.Contains(a.AttributeClass?.Name ?? ""))))
                        return false;
            }
            return true;
        }
    }
}
