using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>Array element accesses whose bounds check cannot fail: in
    /// <c>for (int i = c; i &lt; a.Length; i++)</c> (c a constant ≥ 0), <c>a[i]</c> in the body is in bounds when
    /// neither <c>i</c> nor <c>a</c> is written in the body and neither is captured by a lambda or local function
    /// (an array's length never changes). <c>a</c> must be a local or by-value parameter of the function holding the
    /// loop. Those reads (and stores that need no covariance check) are a plain <c>a[i]</c>, not <c>$ai</c>/<c>$aset</c>:
    /// .NET would not throw there, so the output is the same. Lists are not covered (the body may change their length).</summary>
    public sealed partial class Emitter
    {
        readonly HashSet<IOperation> inBounds = new();

        void MarkInBounds(IForLoopOperation fl)
        {
            if (fl.Before.Length != 1 || fl.Before[0] is not IVariableDeclarationGroupOperation { Declarations.Length: 1 } g) return;
            var d = g.Declarations[0];
            if (d.Declarators.Length != 1) return;
            var v = d.Declarators[0];
            var i = v.Symbol;
            var init = v.Initializer ?? d.Initializer;
            if (i.Type.SpecialType != SpecialType.System_Int32 || i.IsRef || init?.Value.ConstantValue is not { HasValue: true, Value: int start } || start < 0) return;
            if (fl.Condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan, IsChecked: false } cmp
                || cmp.LeftOperand is not ILocalReferenceOperation li || !SymbolEqualityComparer.Default.Equals(li.Local, i)
                || cmp.RightOperand is not IPropertyReferenceOperation { Property.Name: "Length", Instance: { } lenOf } lenRef
                || lenRef.Property.ContainingType.SpecialType != SpecialType.System_Array) return;
            while (lenOf is IConversionOperation { IsImplicit: true } conv) lenOf = conv.Operand;
            if (lenOf.Type is not IArrayTypeSymbol { Rank: 1 }) return;
            ISymbol arr;
            switch (lenOf)
            {
                case ILocalReferenceOperation { Local: { IsRef: false, IsConst: false } l }: arr = l; break;
                case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } p }: arr = p; break;
                default: return;
            }
            if (fl.AtLoopBottom.Length != 1
                || fl.AtLoopBottom[0] is not IExpressionStatementOperation { Operation: IIncrementOrDecrementOperation { Kind: OperationKind.Increment, Target: ILocalReferenceOperation inc } }
                || !SymbolEqualityComparer.Default.Equals(inc.Local, i)) return;
            var model = Model(fl.Syntax.SyntaxTree);
            // The loop's own function declares the array variable, and no lambda or local function in it names either variable.
            var function = model.GetEnclosingSymbol(fl.Syntax.SpanStart);
            if (function == null || !SymbolEqualityComparer.Default.Equals(arr.ContainingSymbol, function)) return;
            if (arr.ContainingSymbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } scope) return;
            foreach (var f in scope.DescendantNodes().Where(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                foreach (var id in f.DescendantNodes().OfType<IdentifierNameSyntax>())
                    if ((id.Identifier.ValueText == arr.Name || id.Identifier.ValueText == i.Name)
                        && model.GetSymbolInfo(id).Symbol is { } s
                        && (SymbolEqualityComparer.Default.Equals(s, arr) || SymbolEqualityComparer.Default.Equals(s, i))) return;
            var flow = model.AnalyzeDataFlow(fl.Body.Syntax);
            if (flow == null || !flow.Succeeded || flow.WrittenInside.Any(w => SymbolEqualityComparer.Default.Equals(w, arr) || SymbolEqualityComparer.Default.Equals(w, i))) return;
            foreach (var op in fl.Body.Descendants())
                if (op is IArrayElementReferenceOperation { Indices.Length: 1 } ae
                    && ae.Indices[0] is ILocalReferenceOperation ix && SymbolEqualityComparer.Default.Equals(ix.Local, i)
                    && SymbolEqualityComparer.Default.Equals(ae.ArrayReference switch
                    {
                        ILocalReferenceOperation r => r.Local,
                        IParameterReferenceOperation r => r.Parameter,
                        _ => null,
                    }, arr))
                    inBounds.Add(ae);
        }
    }
}
