using System.Collections.Generic;
using System.Linq;
using Cs2Js.Bcl;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Check
{
    /// <summary>
    /// The semantic half of Check: walks the operations of every member body and initialiser in the
    /// compilation and refuses what Lower cannot translate (unmapped BCL members, untestable types,
    /// unsupported operations...), so every refusal is reported in one run, before anything is lowered.
    /// Lower asserts the same rules (see <see cref="Mapping"/> for the shared ones).
    /// </summary>
    public sealed class OperationChecker : OperationWalker
    {
        readonly List<(string code, Location loc, string message)> found = new();

        public static IEnumerable<(string code, Location loc, string message)> Run(SyntaxTree tree, SemanticModel model)
        {
            var c = new OperationChecker();
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)))
            {
                if (!IsBodyRoot(node)) continue;
                if (model.GetOperation(node) is { } op) c.Visit(op);
            }
            c.Declarations(tree, model);
            return c.found;
        }

        /// <summary>The syntax whose operation trees Lower lowers: bodies, expression bodies and initialisers.</summary>
        static bool IsBodyRoot(SyntaxNode node) => node switch
        {
            BaseMethodDeclarationSyntax m => m.Body != null || m.ExpressionBody != null,
            AccessorDeclarationSyntax a => a.Body != null || a.ExpressionBody != null,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } } => true,
            PrimaryConstructorBaseTypeSyntax => true,
            GlobalStatementSyntax => true,
            _ => false,
        };

        void Refuse(string code, Location? loc, string message)
        {
            if (loc != null && loc.IsInSource) found.Add((code, loc, message));
        }

        void Refuse(string code, IOperation op, string message) => Refuse(code, op.Syntax.GetLocation(), message);

        static bool IsSource(ISymbol s) => Reach.Reachability.IsSource(s);

        // ------------------------------------------------------------------ declarations

        void Declarations(SyntaxTree tree, SemanticModel model)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case MethodDeclarationSyntax { Parent: InterfaceDeclarationSyntax } im when (im.Body != null || im.ExpressionBody != null)
                        && model.GetDeclaredSymbol(im) is { IsStatic: true, IsVirtual: true }:
                        Refuse("CSX2020", im.Identifier.GetLocation(), "default bodies of static virtual interface members are not supported; implement the member in each type");
                        break;
                    case EventDeclarationSyntax ev when ev.AccessorList != null && model.GetDeclaredSymbol(ev) is IEventSymbol es
                        && (es.IsVirtual || es.IsAbstract || es.IsOverride || es.ExplicitInterfaceImplementations.Length > 0
                            || es.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers().OfType<IEventSymbol>()).Any(ie => SymbolEqualityComparer.Default.Equals(es.ContainingType.FindImplementationForInterfaceMember(ie), es))):
                        Refuse("CSX2021", ev.Identifier.GetLocation(), "events with explicit add/remove accessors are supported only when not virtual and not implementing an interface event; use a field-like event there");
                        break;
                    case ClassDeclarationSyntax or RecordDeclarationSyntax:
                        if (model.GetDeclaredSymbol(node) is INamedTypeSymbol t) BaseConstructor(t, (TypeDeclarationSyntax)node, model);
                        break;
                }
            }
        }

        /// <summary>A class deriving from a BCL class (Exception...) calls its constructor through the
        /// `new $X(args)` template of that constructor.</summary>
        void BaseConstructor(INamedTypeSymbol t, TypeDeclarationSyntax decl, SemanticModel model)
        {
            var b = t.BaseType;
            if (b == null || b.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || IsSource(b) || Naming.IsExternal(b)) return;
            if (!BclMap.TryGetTemplate(Mapping.DocId(b), out _)) { Refuse("CSX1001", decl.Identifier.GetLocation(), $"type '{b.ToDisplayString()}' is not available in cs2js"); return; }
            foreach (var c in Reach.Reachability.InstanceConstructors(t))
            {
                var syntax = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                IMethodSymbol? target = null;
                Location? at = null;
                if (syntax is ConstructorDeclarationSyntax { Initializer: { } init })
                {
                    var inv = model.GetOperation(init) as IInvocationOperation;
                    target = inv?.TargetMethod;
                    at = init.GetLocation();
                    if (init.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword)) continue;
                }
                else if (syntax is TypeDeclarationSyntax { BaseList: { } bl } && bl.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax pb)
                {
                    target = (model.GetOperation(pb) as IInvocationOperation)?.TargetMethod;
                    at = pb.GetLocation();
                }
                target ??= b.InstanceConstructors.FirstOrDefault(x => x.Parameters.All(p => p.IsOptional || p.IsParams));
                at ??= decl.Identifier.GetLocation();
                if (target == null) continue;
                if (!BclMap.TryGetTemplate(Mapping.DocId(target), out var tpl) || !tpl.StartsWith("new ", System.StringComparison.Ordinal))
                    Refuse("CSX1001", at, $"'{target.ToDisplayString()}' cannot be a base constructor in cs2js");
            }
        }

        // ------------------------------------------------------------------ operations

        /// <summary>Operation kinds Lower translates (as expressions, statements or their parts).</summary>
        static readonly HashSet<OperationKind> Supported = new()
        {
            OperationKind.Block, OperationKind.VariableDeclarationGroup, OperationKind.VariableDeclaration, OperationKind.VariableDeclarator,
            OperationKind.VariableInitializer, OperationKind.ExpressionStatement, OperationKind.Return, OperationKind.YieldReturn, OperationKind.YieldBreak,
            OperationKind.Conditional, OperationKind.Loop, OperationKind.Branch, OperationKind.Switch, OperationKind.SwitchCase, OperationKind.CaseClause,
            OperationKind.Try, OperationKind.CatchClause, OperationKind.Throw, OperationKind.Using, OperationKind.UsingDeclaration, OperationKind.LocalFunction,
            OperationKind.Empty, OperationKind.Literal, OperationKind.LocalReference, OperationKind.ParameterReference, OperationKind.InstanceReference,
            OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.EventReference, OperationKind.MethodReference, OperationKind.Invocation,
            OperationKind.Argument, OperationKind.ObjectCreation, OperationKind.AnonymousObjectCreation, OperationKind.ArrayCreation, OperationKind.ArrayInitializer,
            OperationKind.ArrayElementReference, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment, OperationKind.Increment, OperationKind.Decrement,
            OperationKind.Binary, OperationKind.Unary, OperationKind.Conversion, OperationKind.Coalesce, OperationKind.CoalesceAssignment,
            OperationKind.ConditionalAccess, OperationKind.ConditionalAccessInstance, OperationKind.InterpolatedString, OperationKind.InterpolatedStringText,
            OperationKind.Interpolation, OperationKind.IsType, OperationKind.IsPattern, OperationKind.SwitchExpression, OperationKind.SwitchExpressionArm,
            OperationKind.DelegateCreation, OperationKind.AnonymousFunction, OperationKind.Await, OperationKind.Tuple, OperationKind.DeconstructionAssignment,
            OperationKind.DefaultValue, OperationKind.TypeParameterObjectCreation, OperationKind.NameOf, OperationKind.Parenthesized, OperationKind.DeclarationExpression, OperationKind.Discard,
            OperationKind.ObjectOrCollectionInitializer, OperationKind.MemberInitializer, OperationKind.TupleBinary, OperationKind.With,
            OperationKind.CollectionExpression, OperationKind.Spread, OperationKind.EventAssignment, OperationKind.TranslatedQuery, OperationKind.MethodBody,
            OperationKind.ConstructorBody, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ConstantPattern,
            OperationKind.RelationalPattern, OperationKind.DeclarationPattern, OperationKind.TypePattern, OperationKind.DiscardPattern, OperationKind.NegatedPattern,
            OperationKind.BinaryPattern, OperationKind.RecursivePattern, OperationKind.PropertySubpattern, OperationKind.ImplicitIndexerReference,
            OperationKind.ParameterInitializer, OperationKind.Invalid, OperationKind.Range, OperationKind.ListPattern, OperationKind.SlicePattern,
            // Refused by the syntax checker (SupportChecker), once, at the keyword.
            OperationKind.Lock, OperationKind.Labeled, OperationKind.TypeOf,
        };

        public override void DefaultVisit(IOperation operation)
        {
            if (!Supported.Contains(operation.Kind))
            {
                var what = operation switch
                {
                    IRangeOperation => "ranges are not supported",
                    IListPatternOperation or ISlicePatternOperation => "list patterns are not supported",
                    _ when operation.Kind.ToString().StartsWith("InterpolatedStringAppend", System.StringComparison.Ordinal)
                        || operation.Kind is OperationKind.InterpolatedStringHandlerCreation or OperationKind.InterpolatedStringAddition => "interpolated string handlers are not supported",
                    _ => $"'{operation.Kind}' is not supported by cs2js",
                };
                Refuse(operation is ISizeOfOperation ? "CSX2009" : operation is IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation ? "CSX2010" : "CSX1002",
                    operation, operation is ISizeOfOperation ? "sizeof is not supported" : operation.Kind.ToString().StartsWith("Dynamic", System.StringComparison.Ordinal) ? "'dynamic' is not supported: declare a binding type instead" : what);
                return;
            }
            base.DefaultVisit(operation);
        }

        public override void VisitImplicitIndexerReference(IImplicitIndexerReferenceOperation operation)
        {
            // xs[index] works on anything with Count/Length and an int indexer; xs[range] slices a string, array or List.
            if (operation.Argument.Type?.ToDisplayString() == "System.Range" && !SliceableType(operation.Instance.Type))
                Refuse("CSX1002", operation, "ranges are supported only as a slice of a string, an array or a List");
            base.VisitImplicitIndexerReference(operation);
        }

        public override void VisitInterpolatedStringHandlerCreation(IInterpolatedStringHandlerCreationOperation operation)
        {
            // sb.Append($"...")/AppendLine($"..."): lowered as the string; the handler's calls are not the program's.
            if (operation.Content is not IInterpolatedStringOperation content
                || operation.Parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Append" or "AppendLine", ContainingType: { Name: "StringBuilder" } } } })
            {
                Refuse("CSX1002", operation, "interpolated string handlers are supported only in StringBuilder.Append/AppendLine");
                return;
            }
            foreach (var part in content.Parts)
            {
                if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call })
                    foreach (var a in call.Arguments) { if (a.ArgumentKind == ArgumentKind.Explicit) Visit(a.Value); }
                else Visit(part);
            }
        }

        public override void VisitListPattern(IListPatternOperation operation)
        {
            // Lowered with the input's length and indexer: arrays, strings, List<T>, IList/IReadOnlyList and source types.
            if (!ListPatternInput(operation.InputType))
                Refuse("CSX1002", operation, $"list patterns on '{operation.InputType.ToDisplayString()}' are not supported (arrays, strings, lists and source types are)");
            base.VisitListPattern(operation);
        }

        public override void VisitSlicePattern(ISlicePatternOperation operation)
        {
            if (operation.Pattern != null && operation.Parent is IListPatternOperation lp && !SliceableType(lp.InputType))
                Refuse("CSX1002", operation, "a slice pattern with a subpattern needs a string, an array or a List");
            base.VisitSlicePattern(operation);
        }

        internal static bool ListPatternInput(ITypeSymbol? t) => SliceableType(t) || t is INamedTypeSymbol nt && (Reach.Reachability.IsSource(nt)
            || nt.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IReadOnlyList<T>");

        /// <summary>s[a..b], arr[a..b] or list[a..b]: a slice the emitter copies with $slice.</summary>
        internal static bool IsSlice(IOperation indexer) => indexer switch
        {
            IImplicitIndexerReferenceOperation ii => ii.Argument is IRangeOperation && SliceableType(ii.Instance.Type),
            IArrayElementReferenceOperation ae => ae.Indices.Length == 1 && ae.Indices[0] is IRangeOperation,
            _ => false,
        };

        static bool SliceableType(ITypeSymbol? t) => t is IArrayTypeSymbol || t?.SpecialType == SpecialType.System_String
            || t?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

        public override void VisitRangeOperation(IRangeOperation operation)
        {
            if (operation.LeftOperand != null) Visit(operation.LeftOperand);
            if (operation.RightOperand != null) Visit(operation.RightOperand);
        }

        public override void VisitLocalReference(ILocalReferenceOperation operation)
        {
            if (operation.Local.IsRef) Refuse("CSX2009", operation, "ref locals are not supported");
            base.VisitLocalReference(operation);
        }

        public override void VisitVariableDeclarator(IVariableDeclaratorOperation operation)
        {
            if (operation.Symbol.IsRef) Refuse("CSX2009", operation, "ref locals are not supported");
            base.VisitVariableDeclarator(operation);
        }

        public override void VisitSimpleAssignment(ISimpleAssignmentOperation operation)
        {
            if (operation.IsRef) Refuse("CSX2009", operation, "ref assignment is not supported");
            if (operation.Target is IPropertyReferenceOperation p && !IsInitializerOfObjectLiteral(operation)) PropertyAccess(p, write: true, read: false);
            base.VisitSimpleAssignment(operation);
        }

        static bool IsInitializerOfObjectLiteral(IOperation op) =>
            op.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation oc } && Mapping.IsObjectLiteral(oc.Type);

        public override void VisitCompoundAssignment(ICompoundAssignmentOperation operation)
        {
            if (operation.Target is IPropertyReferenceOperation p) PropertyAccess(p, write: true, read: true);
            Operator(operation.OperatorKind, operation.OperatorMethod, operation.Type, operation.Target.Type, operation);
            if (GenericMath.Reached(operation.OperatorMethod, operation) && !GenericMath.Applies(operation.OperatorMethod, operation))
                Refuse("CSX1001", operation, Mapping.UnmappedMessage(operation.OperatorMethod!, Mapping.DocId(operation.OperatorMethod!)));
            base.VisitCompoundAssignment(operation);
        }

        public override void VisitIncrementOrDecrement(IIncrementOrDecrementOperation operation)
        {
            if (operation.OperatorMethod != null && !Mapping.IsNumberObject(operation.Target.Type)) Refuse("CSX1002", operation, "user-defined ++/-- is not supported");
            if (operation.Target is IPropertyReferenceOperation p) PropertyAccess(p, write: true, read: true);
            base.VisitIncrementOrDecrement(operation);
        }

        public override void VisitDeconstructionAssignment(IDeconstructionAssignmentOperation operation)
        {
            var value = operation.Value;
            if (value.Type?.IsTupleType != true && value is not ITupleOperation)
            {
                var target = operation.Target is IDeclarationExpressionOperation d0 ? d0.Expression : operation.Target;
                int n = target is ITupleOperation tt ? tt.Elements.Length : 0;
                if (value.Type?.GetMembers("Deconstruct").OfType<IMethodSymbol>().Any(x => x.Parameters.Length == n) != true)
                    Refuse("CSX1002", operation, "deconstruction needs a tuple or a Deconstruct method");
            }
            if (operation.Target is ITupleOperation tup)
                foreach (var p in tup.Elements.OfType<IPropertyReferenceOperation>()) PropertyAccess(p, write: true, read: false);
            base.VisitDeconstructionAssignment(operation);
        }

        public override void VisitDefaultValue(IDefaultValueOperation operation)
        {
            base.VisitDefaultValue(operation);
        }

        // ------------------------------------------------------------------ calls and members

        public override void VisitInvocation(IInvocationOperation inv)
        {
            var template = Invocation(inv);
            if (template == null) { base.VisitInvocation(inv); return; }
            // A template lowers only the receiver and arguments it mentions: only those are checked.
            VisitUsedParts(template, inv.TargetMethod.Parameters, inv.Instance, inv.Arguments);
        }

        void VisitUsedParts(string template, System.Collections.Immutable.ImmutableArray<IParameterSymbol> ps, IOperation? instance, IEnumerable<IArgumentOperation> args)
        {
            var names = ps.Select(p => p.Name).ToList();
            var holes = Lower.Templates.Placeholders(template, n => n is "this" or "value" || n.All(char.IsDigit) || names.Contains(n)).Select(h => h.Name).ToHashSet();
            if (instance != null && holes.Contains("this")) Visit(instance);
            foreach (var a in args)
                if (a.Parameter is { } p && (holes.Contains(p.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)) || holes.Contains(p.Name))) Visit(a);
        }

        /// <summary>Checks a call; returns the BCL template it lowers through, if any.</summary>
        string? Invocation(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (m.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke || IsSource(m)) return null;
            if (m.ContainingType.ToDisplayString() == "Js.Script" && m.Name == "Write") { ScriptWrite(inv); return null; }
            if (Naming.IsExternal(m)) return null;
            if (m.Name == "ToString" && m.Parameters.Length == 0 && inv.Instance != null)
            {
                var recv = Mapping.StripImplicit(inv.Instance);
                if (recv is IConversionOperation box && box.GetConversion().IsBoxing) recv = box.Operand;
                if (recv.Type is { } et && Mapping.Underlying(et)?.TypeKind == TypeKind.Enum) return null;
            }
            if (inv.Instance?.Type is INamedTypeSymbol it && IsSource(it) && !m.IsStatic
                && (m.Name == "ToString" && m.Parameters.Length == 0 || m.Name == "Equals" && m.Parameters.Length == 1)) return null;
            var id = Mapping.DocId(m);
            if (BclMap.TryGetCustom(id, out var custom))
            {
                var template = Mapping.Custom(custom, inv, out var refusal);
                if (template == null) Refuse("CSX1001", inv, refusal!);
                else TemplateTypeArguments(template, m, inv);
                return template;
            }
            if (Mapping.TryTemplate(m, out var tpl)) { TemplateTypeArguments(tpl, m, inv); return tpl; }
            if (GenericMath.Applies(m, inv)) return null;
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null
                && (m.Name == "CompareTo" && m.Parameters.Length == 1 || m.ContainingType.ContainingNamespace?.ToDisplayString() == "System")) return null;
            if (m.Name == "GetType" && m.Parameters.Length == 0) return null;
            Refuse("CSX1001", Mapping.MemberNameLocation(inv.Syntax), Mapping.UnmappedMessage(m, id));
            return null;
        }

        /// <summary>{T} in a template is the JS constructor of a type argument: it must have one.</summary>
        void TemplateTypeArguments(string template, IMethodSymbol m, IOperation at)
        {
            // {T:ty} is a run-time type, which every type has; only a bare {T} names a JS constructor.
            if (!System.Text.RegularExpressions.Regex.IsMatch(template, @"\{T\d*\}")) return;
            var targs = m.TypeArguments.Length > 0 ? m.TypeArguments : m.ContainingType.TypeArguments;
            foreach (var t in targs) TypeReference(t, at);
        }

        void ScriptWrite(IInvocationOperation inv)
        {
            if (inv.Arguments[0].Value.ConstantValue.Value is not string code) { Refuse("CSX2022", inv, "Script.Write needs a constant string"); return; }
            try { Tree.JsParser.ParseExpression(Lower.Templates.Prepare(code, n => int.TryParse(n, out _)), Lower.Templates.HolePrefix); }
            catch (Tree.JsParseException e) { Refuse("CSX2022", inv, "Script.Write code is not a JavaScript expression cs2js can read: " + e.Message); }
        }

        public override void VisitFieldReference(IFieldReferenceOperation operation)
        {
            var f = operation.Field;
            if (!f.ContainingType.IsTupleType && !f.HasConstantValue && !IsSource(f) && !Naming.IsExternal(f) && !Mapping.TryTemplate(f, out _))
                Refuse("CSX1001", Mapping.MemberNameLocation(operation.Syntax), Mapping.UnmappedMessage(f, Mapping.DocId(f)));
            base.VisitFieldReference(operation);
        }

        public override void VisitPropertyReference(IPropertyReferenceOperation operation)
        {
            // Writes are checked by their assignment; everything else reads.
            bool written = operation.Parent is ISimpleAssignmentOperation sa && sa.Target == operation
                || operation.Parent is ICompoundAssignmentOperation ca && ca.Target == operation
                || operation.Parent is IIncrementOrDecrementOperation
                || operation.Parent is ITupleOperation { Parent: IDeconstructionAssignmentOperation };
            if (!written && operation.Parent is not IPropertySubpatternOperation) PropertyAccess(operation, write: false, read: true);
            base.VisitPropertyReference(operation);
        }

        public override void VisitPropertySubpattern(IPropertySubpatternOperation operation)
        {
            if (operation.Member is IPropertyReferenceOperation pr) PropertyAccess(pr, write: false, read: true);
            else if (operation.Member is not IFieldReferenceOperation) Refuse("CSX1002", operation, "unsupported property pattern");
            base.VisitPropertySubpattern(operation);
        }

        void PropertyAccess(IPropertyReferenceOperation p, bool write, bool read)
        {
            var prop = p.Property;
            if (IsSource(prop) || Naming.IsExternal(prop)) return;
            if (read && prop.Name is "Name" or "FullName" && prop.ContainingType.ToDisplayString() is "System.Type" or "System.Reflection.MemberInfo"
                && p.Instance is IInvocationOperation { TargetMethod.Name: "GetType" }) return;
            if (read && !write && GenericMath.Applies(prop, p)) return;
            if (read && !Mapping.TryTemplate(prop, out _))
                Refuse("CSX1001", Mapping.MemberNameLocation(p.Syntax), Mapping.UnmappedMessage(prop, Mapping.DocId(prop)));
            if (write && !BclMap.TryGetTemplate(Mapping.DocId(prop) + "|set", out _))
                Refuse("CSX1001", Mapping.MemberNameLocation(p.Syntax), Mapping.UnmappedMessage(prop, Mapping.DocId(prop) + "|set"));
        }

        public override void VisitEventReference(IEventReferenceOperation operation)
        {
            var ev = operation.Event;
            if (!IsSource(ev) && !Naming.IsExternal(ev) && !Mapping.TryTemplate(ev, out _))
                Refuse("CSX1001", Mapping.MemberNameLocation(operation.Syntax), Mapping.UnmappedMessage(ev, Mapping.DocId(ev)));
            base.VisitEventReference(operation);
        }

        public override void VisitEventAssignment(IEventAssignmentOperation operation)
        {
            if ((operation.EventReference as IEventReferenceOperation)?.Event is { } ev && Naming.IsExternal(ev))
                Refuse("CSX1001", operation, "external events: use AddListener/RemoveListener methods");
            base.VisitEventAssignment(operation);
        }

        public override void VisitMethodReference(IMethodReferenceOperation operation)
        {
            var m = operation.Method;
            if (m.MethodKind != MethodKind.LocalFunction && !IsSource(m) && !(Naming.IsExternal(m) && Attr.String(m, "Js.TemplateAttribute") == null)
                && !BclMap.TryGetTemplate(Mapping.DocId(m), out _))
                Refuse("CSX1001", Mapping.MemberNameLocation(operation.Syntax), Mapping.UnmappedMessage(m, Mapping.DocId(m)));
            base.VisitMethodReference(operation);
        }

        public override void VisitObjectCreation(IObjectCreationOperation oc)
        {
            var t = oc.Type as INamedTypeSymbol;
            var ctor = oc.Constructor;
            if (t != null && Mapping.IsObjectLiteral(t)) ObjectLiteral(oc);
            else if (t != null && t.TypeKind != TypeKind.Delegate && !IsSource(t) && !Naming.IsExternal(t) && !IsCollectionLiteral(t, oc))
            {
                var id = ctor == null ? "" : Mapping.DocId(ctor);
                if (ctor != null && BclMap.TryGetCustom(id, out var custom))
                {
                    var template = Mapping.CustomCtor(custom, oc, out var refusal);
                    if (template == null) Refuse("CSX1001", Mapping.MemberNameLocation(oc.Syntax), refusal!);
                    else VisitUsedParts(template, ctor.Parameters, null, oc.Arguments);
                    if (oc.Initializer != null) Visit(oc.Initializer);
                    return;
                }
                if (ctor != null && BclMap.TryGetTemplate(id, out var tpl))
                {
                    VisitUsedParts(tpl, ctor.Parameters, null, oc.Arguments);
                    if (oc.Initializer != null) Visit(oc.Initializer);
                    return;
                }
                if (ctor != null && !(t.IsValueType && oc.Arguments.Length == 0))
                    Refuse("CSX1001", Mapping.MemberNameLocation(oc.Syntax), Mapping.UnmappedMessage(ctor, id));
            }
            base.VisitObjectCreation(oc);
        }

        /// <summary>new List&lt;T&gt; { a, b } and friends become literals ([a, b], new Set, new Map).</summary>
        static bool IsCollectionLiteral(INamedTypeSymbol t, IObjectCreationOperation oc)
        {
            if (oc.Initializer == null || oc.Arguments.Length > 0 || !oc.Initializer.Initializers.All(i => i is IInvocationOperation { TargetMethod.Name: "Add" })) return false;
            return t.OriginalDefinition.ToDisplayString() switch
            {
                "System.Collections.Generic.List<T>" or "System.Collections.Generic.HashSet<T>" => true,
                "System.Collections.Generic.Dictionary<TKey, TValue>" => oc.Initializer.Initializers.All(i => i is IInvocationOperation { Arguments.Length: 2 }),
                _ => false,
            };
        }

        void ObjectLiteral(IObjectCreationOperation oc)
        {
            if (oc.Arguments.Length > 0) Refuse("CSX2018", oc, "[ObjectLiteral] types are created with an object initialiser only");
            if (oc.Initializer == null) return;
            foreach (var init in oc.Initializer.Initializers)
            {
                if (init is not ISimpleAssignmentOperation sa) { Refuse("CSX2018", init, "object literals take member assignments only"); continue; }
                if (sa.Target is not (IPropertyReferenceOperation or IFieldReferenceOperation)) Refuse("CSX2018", init, "unsupported object literal member");
                else if (sa.Value is IObjectOrCollectionInitializerOperation) Refuse("CSX2018", init, "nested initialisers in an object literal: create the inner object explicitly");
            }
        }

        // ------------------------------------------------------------------ operators and conversions

        public override void VisitBinaryOperator(IBinaryOperation b)
        {
            var m = b.OperatorMethod;
            bool stringConcat = b.OperatorKind == BinaryOperatorKind.Add && (b.Type?.SpecialType == SpecialType.System_String
                || b.LeftOperand.Type?.SpecialType == SpecialType.System_String && b.RightOperand.Type?.SpecialType == SpecialType.System_String);
            if (m != null && !IsSource(m) && !(m.ContainingType.IsRecord && m.IsImplicitlyDeclared) && !stringConcat && b.Type?.TypeKind != TypeKind.Delegate
                && b.LeftOperand.Type?.SpecialType != SpecialType.System_String && b.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                && !Mapping.IsNumberObject(b.LeftOperand.Type) && !Mapping.IsNumberObject(b.RightOperand.Type)
                && !BclMap.TryGetTemplate(Mapping.DocId(m), out _) && !GenericMath.Applies(m, b)
                || GenericMath.Reached(m, b) && !GenericMath.Applies(m, b))
                Refuse("CSX1001", Mapping.MemberNameLocation(b.Syntax), Mapping.UnmappedMessage(m!, Mapping.DocId(m!)));
            if (m == null) Operator(b.OperatorKind, null, b.Type, b.LeftOperand.Type, b);
            base.VisitBinaryOperator(b);
        }

        /// <summary>Built-in operators: no bitwise operators on string enums.</summary>
        void Operator(BinaryOperatorKind kind, IMethodSymbol? method, ITypeSymbol? resultType, ITypeSymbol? operandType, IOperation at)
        {
            if (method != null && IsSource(method)) return;
            var ut = Mapping.Underlying(resultType);
            if (kind is BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr
                && ut is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && Attr.Has(e, "Js.EnumAttribute"))
                Refuse("CSX1002", at, "bitwise operators on string enums");
        }

        public override void VisitUnaryOperator(IUnaryOperation u)
        {
            if (GenericMath.Reached(u.OperatorMethod, u) && !GenericMath.Applies(u.OperatorMethod, u))
                Refuse("CSX1001", u, Mapping.UnmappedMessage(u.OperatorMethod!, Mapping.DocId(u.OperatorMethod!)));
            if (u.OperatorMethod == null || !IsSource(u.OperatorMethod))
            {
                var t = Mapping.Underlying(u.Type);
                if (u.OperatorKind is not (UnaryOperatorKind.Not or UnaryOperatorKind.Minus or UnaryOperatorKind.Plus or UnaryOperatorKind.BitwiseNegation or UnaryOperatorKind.Hat))
                    Refuse("CSX1002", u, $"unary operator {u.OperatorKind} is not supported");

            }
            base.VisitUnaryOperator(u);
        }

        public override void VisitConversion(IConversionOperation c)
        {
            var to = c.Type;
            var from = c.Operand.Type;
            if (c.OperatorMethod == null && to != null && from != null)
            {
                var conv = c.GetConversion();
                if (c.IsTryCast && !conv.IsIdentity && !(conv.IsReference && conv.IsImplicit) && !conv.IsNullLiteral) TypeTest(to, c);
            }
            base.VisitConversion(c);
        }

        // ------------------------------------------------------------------ type tests

        public override void VisitIsType(IIsTypeOperation operation)
        {
            TypeTest(operation.TypeOperand, operation);
            base.VisitIsType(operation);
        }

        public override void VisitTypePattern(ITypePatternOperation operation)
        {
            TypeTest(operation.MatchedType, operation);
            base.VisitTypePattern(operation);
        }

        public override void VisitDeclarationPattern(IDeclarationPatternOperation d)
        {
            var matched = d.MatchedType ?? d.InputType;
            if (!d.MatchesNull && matched != null && !SymbolEqualityComparer.Default.Equals(Mapping.Underlying(matched), Mapping.Underlying(d.InputType)))
                TypeTest(matched, d);
            base.VisitDeclarationPattern(d);
        }

        public override void VisitRecursivePattern(IRecursivePatternOperation rp)
        {
            var matched = rp.MatchedType;
            if (matched != null && !SymbolEqualityComparer.Default.Equals(Mapping.Underlying(matched), Mapping.Underlying(rp.InputType)) && matched.SpecialType != SpecialType.System_Object)
                TypeTest(matched, rp);
            base.VisitRecursivePattern(rp);
        }

        public override void VisitCatchClause(ICatchClauseOperation operation)
        {
            var t = operation.ExceptionType;
            if (t != null && t.ToDisplayString() is not ("System.Exception" or "object")) TypeReference(t, operation);
            base.VisitCatchClause(operation);
        }

        static Location? TypeSyntaxOf(IOperation at) => at.Syntax switch
        {
            BinaryExpressionSyntax b => b.Right.GetLocation(),
            IsPatternExpressionSyntax ip => ip.Pattern.GetLocation(),
            _ => null,
        };

        /// <summary>`x is T` must be decidable in JavaScript: classes (instanceof), strings, booleans, our
        /// interfaces (a brand), arrays, delegates; not numbers (never boxed), enums, library structs or interfaces.</summary>
        void TypeTest(ITypeSymbol t, IOperation at)
        {
            // Value types are boxed with their type, type parameters are reified and library interfaces
            // branded where a program tests them (Reach.Reified), so every test is decidable but these.
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) { TypeTest(Mapping.Underlying(t)!, at); return; }
            if (ErasedCollectionClassTest(t, at))
                Refuse("CSX2005", TypeSyntaxOf(at) ?? at.Syntax.GetLocation(), $"'is {t.ToDisplayString()}' cannot be decided at run time: a value of a type parameter, or a tested type naming one, has no collection tag to tell element types apart; keep the value typed (an overload or a generic parameter)");
            if (t is INamedTypeSymbol nt)
            {
                if (Mapping.IsObjectLiteral(nt)) { Refuse("CSX2018", at, "[ObjectLiteral] types have no run-time type; 'is'/'as' on them cannot work"); return; }
                if (Naming.IsExternal(nt) && nt.TypeKind == TypeKind.Interface) Refuse("CSX2005", at, $"'is {t.ToDisplayString()}': binding interfaces have no run-time type");
                if (ErasedCollectionTest(nt, at))
                    Refuse("CSX2005", TypeSyntaxOf(at) ?? at.Syntax.GetLocation(), $"'is {t.ToDisplayString()}' cannot be decided at run time: arrays, lists, dictionaries and sets do not keep their element type; keep the value typed (an overload or a generic parameter)");
                if (nt.TypeKind == TypeKind.Class && !IsSource(nt) && nt.SpecialType is not (SpecialType.System_ValueType or SpecialType.System_Enum)) TypeReference(nt, at);
            }
        }

        static readonly HashSet<string> CollectionInterfaces = new()
        {
            "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
            "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IDictionary`2",
            "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1", "System.Collections.Generic.IReadOnlySet`1",
        };

        /// <summary>A test against a generic interface that library collections implement, of a value that may
        /// be one (typed object, an interface or a type parameter): arrays, lists, Maps and Sets do not keep
        /// their element type, so `o is IEnumerable&lt;int&gt;` on a List&lt;int&gt; would silently say false.</summary>
        static bool ErasedCollectionTest(INamedTypeSymbol iface, IOperation at)
        {
            if (iface.TypeKind != TypeKind.Interface || !iface.IsGenericType) return false;
            var def = iface.OriginalDefinition;
            if (!CollectionInterfaces.Contains(def.ContainingNamespace.ToDisplayString() + "." + def.MetadataName)) return false;
            var input = at switch { IIsTypeOperation it => it.ValueOperand.Type, IPatternOperation p => p.InputType, IConversionOperation c => c.Operand.Type, _ => null };
            // On object or an interface a collection answers through the tag it got where it was converted
            // from its closed type (Reach/CollectionTags); a type parameter's value, or an interface naming
            // a type parameter, has no closed type to compare with.
            return input == null || input is ITypeParameterSymbol || !Closed(iface);
        }

        /// <summary>`x is int[]` / `x is List&lt;T&gt;`: arrays and collection classes answer by the tag they got where
        /// they were converted from their closed type; a type parameter's value, or a tested type naming a type
        /// parameter, has none (a List&lt;string&gt; would pass for an int[]).</summary>
        static bool ErasedCollectionClassTest(ITypeSymbol t, IOperation at)
        {
            if (t.TypeKind == TypeKind.Interface || !Reach.CollectionTags.IsCollection(t)) return false;
            var input = at switch { IIsTypeOperation it => it.ValueOperand.Type, IPatternOperation p => p.InputType, IConversionOperation c => c.Operand.Type, _ => null };
            return input is ITypeParameterSymbol || !Closed(t);
        }

        static bool Closed(ITypeSymbol t) => t switch
        {
            ITypeParameterSymbol => false,
            IArrayTypeSymbol a => Closed(a.ElementType),
            INamedTypeSymbol n => n.TypeArguments.All(Closed),
            _ => true,
        };

        /// <summary>A type named in JavaScript (instanceof, catch, a template's {T}): ours, an external one,
        /// or a BCL type with a `T:` mapping.</summary>
        void TypeReference(ITypeSymbol t, IOperation at)
        {
            switch (t)
            {
                case INamedTypeSymbol nt when IsSource(nt) || Naming.IsExternal(nt) || nt.SpecialType is SpecialType.System_Object or SpecialType.System_String:
                    return;
                case INamedTypeSymbol nt when !BclMap.TryGetTemplate(Mapping.DocId(nt), out _):
                    Refuse("CSX1001", at, $"type '{t.ToDisplayString()}' is not available in cs2js");
                    return;
                case ITypeParameterSymbol:
                    Refuse("CSX2001", at, "a type parameter is erased at run time; pass a value or factory instead");
                    return;
            }
        }
    }
}
