using System.Collections.Generic;
using System.Linq;
using Cs2Js.Bcl;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cs2Js.Check
{
    /// <summary>
    /// Refuses, with a stable code and a location, the C# that cs2js cannot translate faithfully.
    /// Runs over every source file before lowering so that all refusals appear in one run.
    /// </summary>
    public sealed class SupportChecker : CSharpSyntaxWalker
    {
        readonly SemanticModel model;
        readonly List<(string code, Location loc, string message)> found = new();

        SupportChecker(SemanticModel model) { this.model = model; }

        public static IEnumerable<(string code, Location loc, string message)> Run(SyntaxTree tree, SemanticModel model)
        {
            var c = new SupportChecker(model);
            c.Visit(tree.GetRoot());
            return c.found;
        }

        void Refuse(string code, SyntaxNode node, string message) => found.Add((code, node.GetLocation(), message));
        void Refuse(string code, SyntaxToken token, string message) => found.Add((code, token.GetLocation(), message));

        public override void VisitUnsafeStatement(UnsafeStatementSyntax node) { Refuse("CSX2009", node.UnsafeKeyword, "'unsafe' code is not supported"); }
        public override void VisitFixedStatement(FixedStatementSyntax node) { Refuse("CSX2009", node.FixedKeyword, "'fixed' is not supported"); }
        public override void VisitPointerType(PointerTypeSyntax node) { Refuse("CSX2009", node, "pointers are not supported"); }
        public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node) { Refuse("CSX2009", node, "stackalloc is not supported"); }

        public override void VisitGotoStatement(GotoStatementSyntax node) { Refuse("CSX2011", node, "'goto' is not supported; use loops, 'break' or 'return'"); }
        public override void VisitLabeledStatement(LabeledStatementSyntax node) { Refuse("CSX2011", node.Identifier, "labels are not supported"); base.VisitLabeledStatement(node); }

        public override void VisitLockStatement(LockStatementSyntax node)
        {
            Refuse("CSX2008", node.LockKeyword, "'lock' is not supported: JavaScript is single-threaded");
            base.VisitLockStatement(node);
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            var info = model.GetSymbolInfo(node);
            var t = model.GetTypeInfo(node).Type;
            if (node.Identifier.Text == "dynamic" && t?.TypeKind == TypeKind.Dynamic)
                Refuse("CSX2010", node, "'dynamic' is not supported; declare a binding type");
            base.VisitIdentifierName(node);
        }

        public override void VisitTypeOfExpression(TypeOfExpressionSyntax node)
        {
            // typeof(X) and typeof(T) are run-time type descriptors ($ty): Name, FullName, ==; reflection
            // over them (GetProperties…) has no mapping and is refused as CSX1001.
            base.VisitTypeOfExpression(node);
        }

        public override void VisitLiteralExpression(LiteralExpressionSyntax node)
        {
            base.VisitLiteralExpression(node);
        }

        static bool IsUnconstrained(ITypeParameterSymbol tp) =>
            !tp.HasReferenceTypeConstraint && !tp.HasValueTypeConstraint && !tp.HasUnmanagedTypeConstraint && !tp.ConstraintTypes.Any(c => c.IsReferenceType);

        public override void VisitGenericName(GenericNameSyntax node)
        {
            if (model.GetTypeInfo(node).Type is INamedTypeSymbol t && IsTaskOfTask(t))
                Refuse("CSX2016", node, "Task<Task<T>> cannot exist in JavaScript (promises flatten); await the inner task");
            base.VisitGenericName(node);
        }

        static bool IsTaskOfTask(INamedTypeSymbol t) =>
            t.ToDisplayString().StartsWith("System.Threading.Tasks.Task<System.Threading.Tasks.Task", System.StringComparison.Ordinal);

        public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
        {
            if (model.GetTypeInfo(node).Type is INamedTypeSymbol t)
            {
                CheckIoType(t, node.Type);
            }
            base.VisitObjectCreationExpression(node);
        }

        void CheckIoType(INamedTypeSymbol t, SyntaxNode at)
        {
            var ns = t.ContainingNamespace?.ToDisplayString() ?? "";
            if (ns.StartsWith("System.Net", System.StringComparison.Ordinal) || ns == "System.IO" || ns.StartsWith("System.Text.Json", System.StringComparison.Ordinal))
                Refuse("CSX2019", at, $"'{t.ToDisplayString()}': IO, networking and JSON libraries are not available; use the fetch and JSON bindings");
        }

        public override void VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            var sym = model.GetDeclaredSymbol(node);
            var b = sym?.BaseType?.OriginalDefinition.ToDisplayString() ?? "";
            if (b.StartsWith("System.Collections", System.StringComparison.Ordinal))
                Refuse("CSX2007", node.Identifier, $"deriving from '{b}': collections are native JS objects; wrap one in a field instead");
            if (sym != null && Mapping.IsObjectLiteral(sym)) ObjectLiteralStatics(sym);
            base.VisitClassDeclaration(node);
        }

        /// <summary>An [ObjectLiteral] type is only a shape: no JS class is emitted for it, so a static member
        /// (method, property, non-const field, static constructor) would have nowhere to live.</summary>
        void ObjectLiteralStatics(INamedTypeSymbol sym)
        {
            foreach (var m in sym.GetMembers())
            {
                if (!m.IsStatic || m.IsImplicitlyDeclared || m is IFieldSymbol { IsConst: true } || m is IMethodSymbol { AssociatedSymbol: not null }) continue;
                var at = m.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                if (at == null || at.SyntaxTree != model.SyntaxTree) continue;
                Refuse("CSX2018", at is VariableDeclaratorSyntax v ? v.Identifier : at is MemberDeclarationSyntax md ? MemberName(md) : at.GetFirstToken(),
                    $"'{m.Name}': [ObjectLiteral] types are plain objects with no run-time class; put static members on another class");
            }
        }

        static SyntaxToken MemberName(MemberDeclarationSyntax md) => md switch
        {
            MethodDeclarationSyntax x => x.Identifier,
            PropertyDeclarationSyntax x => x.Identifier,
            ConstructorDeclarationSyntax x => x.Identifier,
            EventDeclarationSyntax x => x.Identifier,
            OperatorDeclarationSyntax x => x.OperatorToken,
            _ => md.GetFirstToken(),
        };

        /// <summary>`prev.Result` where prev is the antecedent parameter of a lambda passed straight to
        /// ContinueWith (and never assigned): the task is complete when the lambda runs, so Result cannot block.</summary>
        bool ProvenComplete(MemberAccessExpressionSyntax node, ISymbol sym)
        {
            if (sym.Name != "Result" || node.Expression is not IdentifierNameSyntax id || model.GetSymbolInfo(id).Symbol is not IParameterSymbol p) return false;
            var lambda = node.Ancestors().OfType<AnonymousFunctionExpressionSyntax>().FirstOrDefault(l => SymbolEqualityComparer.Default.Equals((model.GetSymbolInfo(l).Symbol as IMethodSymbol)?.Parameters.FirstOrDefault(), p));
            if (lambda?.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } arg || list.Arguments.IndexOf(arg) != 0) return false;
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol { Name: "ContinueWith" } cw || !cw.ContainingType.ToDisplayString().StartsWith("System.Threading.Tasks.Task")) return false;
            return !lambda.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a.Left).Symbol, p));
        }

        /// <summary>A ReadOnlySpan&lt;char&gt; is the string it views (immutable, so a slice is a substring).</summary>
        const string CharSpan = "System.ReadOnlySpan<char>";

        public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            var sym = model.GetSymbolInfo(node).Symbol;
            if (sym != null)
            {
                var ns = sym.ContainingNamespace?.ToDisplayString() ?? "";
                var type = sym.ContainingType?.ToDisplayString() ?? "";
                if ((ns.StartsWith("System.Reflection") || type is "System.Type") && sym.Name is not "Name" and not "FullName" || type == "System.Activator")
                    Refuse("CSX2010", node.Name, $"reflection ('{sym.ToDisplayString()}') is not supported");
                else if (type.StartsWith("System.Threading.Tasks.Task") && sym.Name is "Result" or "Wait" or "RunSynchronously" or "GetAwaiter" && !ProvenComplete(node, sym)
                    || type is "System.Threading.Thread" or "System.Threading.Monitor" or "System.Threading.Interlocked" or "System.Threading.Tasks.Parallel"
                    || type == "System.Threading.Tasks.Task" && sym.Name == "Run")
                    Refuse("CSX2008", node.Name, $"'{sym.ToDisplayString()}' blocks or needs threads; JavaScript cannot: use await");
                else if (type.StartsWith("System.Span") || type.StartsWith("System.ReadOnlySpan") && type != CharSpan || type.StartsWith("System.Memory") && type != "System.MemoryExtensions")
                    Refuse("CSX2009", node.Name, "Span/Memory are not supported");
                else if (type is "System.GC" or "System.WeakReference")
                    Refuse("CSX2014", node.Name, $"'{sym.ToDisplayString()}': the garbage collector is not controllable from JavaScript");
                else if (sym.ContainingType != null && (sym.ContainingNamespace?.ToDisplayString() ?? "").StartsWith("System.Net") )
                    Refuse("CSX2019", node.Name, "networking libraries are not available; use the fetch binding");
            }
            base.VisitMemberAccessExpression(node);
        }

        public override void VisitVariableDeclaration(VariableDeclarationSyntax node)
        {
            var t = model.GetTypeInfo(node.Type).Type;
            if (t != null && (t.ToDisplayString().StartsWith("System.Span") || t.ToDisplayString().StartsWith("System.ReadOnlySpan") && t.ToDisplayString() != CharSpan))
                Refuse("CSX2009", node.Type, "Span<T> is not supported; use arrays");
            if (t?.TypeKind == TypeKind.Dynamic && node.Type is IdentifierNameSyntax) { /* reported by VisitIdentifierName */ }
            base.VisitVariableDeclaration(node);
        }

        public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
        {
            FieldDeclarationCore(node);
        }

        void FieldDeclarationCore(FieldDeclarationSyntax node)
        {
            base.VisitFieldDeclaration(node);
        }

        public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
        {
            Refuse("CSX2014", node.Identifier, "finalizers are not supported");
        }

    }
}
