using System.Collections.Generic;

namespace Cs2Js.Tree
{
    // The JavaScript syntax tree that Lower builds, Bundle assembles and Print alone turns into text.
    // It is deliberately small: exactly the ES2020 the compiler emits and the runtime helpers use.
    // Nodes are plain mutable objects; shared trees (parsed runtime helpers and templates) are never
    // mutated after parsing: substitution copies, and the release printer renames through a table.

    /// <summary>Where a node came from in C# (0-based lines and columns, as source maps count them).</summary>
    public readonly record struct Span(string File, int Line, int Col, int EndLine, int EndCol);

    public abstract class Node
    {
        /// <summary>The C# source span, when the node stands for a C# statement, member or lambda body.</summary>
        public Span? Pos;
    }

    // ------------------------------------------------------------------ expressions

    public abstract class Expr : Node
    {
        /// <summary>Binding power of the outermost operator; Print parenthesises a child that binds looser
        /// than its position needs.</summary>
        public abstract int Prec { get; }
    }

    /// <summary>Operator precedence levels (higher binds tighter).</summary>
    public static class Prec
    {
        public const int Comma = 1, Assign = 3, Cond = 4, Coalesce = 5, Or = 6, And = 7, BitOr = 8, BitXor = 9,
            BitAnd = 10, Equality = 11, Relational = 12, Shift = 13, Additive = 14, Multiplicative = 15,
            Exponent = 16, Unary = 17, Postfix = 18, Call = 19, Primary = 20;

        public static int OfBinary(string op) => op switch
        {
            "??" => Coalesce,
            "||" => Or,
            "&&" => And,
            "|" => BitOr,
            "^" => BitXor,
            "&" => BitAnd,
            "==" or "!=" or "===" or "!==" => Equality,
            "<" or ">" or "<=" or ">=" or "instanceof" or "in" => Relational,
            "<<" or ">>" or ">>>" => Shift,
            "+" or "-" => Additive,
            "*" or "/" or "%" => Multiplicative,
            "**" => Exponent,
            _ => throw new System.ArgumentException("not a binary operator: " + op),
        };
    }

    /// <summary>An identifier: a local, a parameter, a runtime helper, a class or a global.</summary>
    public sealed class Id : Expr
    {
        public string Name;
        public Id(string name) { Name = name; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    /// <summary>A keyword value: this, super, null, true, false.</summary>
    public sealed class Kw : Expr
    {
        public readonly string Word;
        public Kw(string word) { Word = word; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
        public static Kw This => new("this");
        public static Kw Super => new("super");
        public static Kw Null => new("null");
        public static Kw True => new("true");
        public static Kw False => new("false");
        public static Kw Bool(bool b) => b ? True : False;
    }

    /// <summary>A number literal, kept as its JavaScript source text (so 6e4 stays 6e4).</summary>
    public sealed class Num : Expr
    {
        public readonly string Raw;
        public Num(string raw) { Raw = raw; }
        public Num(int value) { Raw = value.ToString(System.Globalization.CultureInfo.InvariantCulture); }
        public override int Prec => Raw.StartsWith("-", System.StringComparison.Ordinal) ? Cs2Js.Tree.Prec.Unary : Cs2Js.Tree.Prec.Primary;
    }

    public sealed class Str : Expr
    {
        public readonly string Value;
        public Str(string value) { Value = value; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    /// <summary>A regular expression literal, as written (/.../flags).</summary>
    public sealed class RegexLit : Expr
    {
        public readonly string Raw;
        public RegexLit(string raw) { Raw = raw; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    /// <summary>obj.name (a C# private member's name carries <see cref="Name.Naming.PrivateMark"/>).</summary>
    public sealed class Member : Expr
    {
        public Expr Obj;
        public string Name;
        /// <summary>obj?.name</summary>
        public bool Optional;
        public Member(Expr obj, string name, bool optional = false) { Obj = obj; Name = name; Optional = optional; }
        public override int Prec => Cs2Js.Tree.Prec.Call;
    }

    public sealed class Subscript : Expr
    {
        public Expr Obj, Key;
        public Subscript(Expr obj, Expr key) { Obj = obj; Key = key; }
        public override int Prec => Cs2Js.Tree.Prec.Call;
    }

    public sealed class Call : Expr
    {
        public Expr Callee;
        public List<Expr> Args;
        public Call(Expr callee, IEnumerable<Expr> args) { Callee = callee; Args = new List<Expr>(args); }
        public Call(Expr callee, params Expr[] args) : this(callee, (IEnumerable<Expr>)args) { }
        public override int Prec => Cs2Js.Tree.Prec.Call;
    }

    public sealed class New : Expr
    {
        public Expr Callee;
        public List<Expr> Args;
        public New(Expr callee, IEnumerable<Expr> args) { Callee = callee; Args = new List<Expr>(args); }
        public New(Expr callee, params Expr[] args) : this(callee, (IEnumerable<Expr>)args) { }
        public override int Prec => Cs2Js.Tree.Prec.Call;
    }

    /// <summary>A prefix operator: ! - + ~ typeof void delete await.</summary>
    public sealed class Unary : Expr
    {
        public readonly string Op;
        public Expr Operand;
        public Unary(string op, Expr operand) { Op = op; Operand = operand; }
        public override int Prec => Cs2Js.Tree.Prec.Unary;
    }

    /// <summary>++x, --x, x++, x--.</summary>
    public sealed class Update : Expr
    {
        public readonly string Op;
        public readonly bool Prefix;
        public Expr Target;
        public Update(string op, bool prefix, Expr target) { Op = op; Prefix = prefix; Target = target; }
        public override int Prec => Prefix ? Cs2Js.Tree.Prec.Unary : Cs2Js.Tree.Prec.Postfix;
    }

    public sealed class Binary : Expr
    {
        public readonly string Op;
        public Expr Left, Right;
        public Binary(string op, Expr left, Expr right) { Op = op; Left = left; Right = right; }
        public override int Prec => Cs2Js.Tree.Prec.OfBinary(Op);
    }

    /// <summary>target = value, and the compound forms (+=, ??=, ...).</summary>
    public sealed class Assign : Expr
    {
        public readonly string Op;
        public Expr Target, Value;
        public Assign(Expr target, Expr value, string op = "=") { Target = target; Value = value; Op = op; }
        public override int Prec => Cs2Js.Tree.Prec.Assign;
    }

    public sealed class Cond : Expr
    {
        public Expr Test, Then, Else;
        public Cond(Expr test, Expr then, Expr @else) { Test = test; Then = then; Else = @else; }
        public override int Prec => Cs2Js.Tree.Prec.Cond;
    }

    /// <summary>a, b, c</summary>
    public sealed class Seq : Expr
    {
        public List<Expr> Items;
        public Seq(IEnumerable<Expr> items) { Items = new List<Expr>(items); }
        public Seq(params Expr[] items) : this((IEnumerable<Expr>)items) { }
        public override int Prec => Cs2Js.Tree.Prec.Comma;
    }

    /// <summary>(params) => body, where body is an expression or a <see cref="Block"/>.</summary>
    public sealed class Arrow : Expr
    {
        public List<Expr> Params;
        public Node Body;
        public bool Async;
        public Arrow(IEnumerable<Expr> ps, Node body, bool isAsync = false) { Params = new List<Expr>(ps); Body = body; Async = isAsync; }
        public override int Prec => Cs2Js.Tree.Prec.Assign;
    }

    /// <summary>function name(params) { body }: an expression, or (wrapped in <see cref="FuncDecl"/>) a declaration.</summary>
    public sealed class Func : Expr
    {
        public string? Name;
        public List<Expr> Params;
        public Block Body;
        public bool Async, Generator;
        public Func(string? name, IEnumerable<Expr> ps, Block body, bool isAsync = false, bool generator = false)
        { Name = name; Params = new List<Expr>(ps); Body = body; Async = isAsync; Generator = generator; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    /// <summary>An array literal, or an array destructuring pattern; a null item is a hole.</summary>
    public sealed class ArrayLit : Expr
    {
        public List<Expr?> Items;
        public ArrayLit(IEnumerable<Expr?> items) { Items = new List<Expr?>(items); }
        public ArrayLit(params Expr[] items) : this((IEnumerable<Expr?>)items) { }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    public enum PropKind { Init, Shorthand, Get, Set, Method, Spread }

    /// <summary>One property of an object literal: key: value, a shorthand, an accessor, a method or ...spread.</summary>
    public sealed class Prop : Node
    {
        public PropKind Kind;
        /// <summary>The key when it is a name or a string (printed bare when it is an identifier).</summary>
        public string? Key;
        /// <summary>[key]: a computed key.</summary>
        public Expr? Computed;
        /// <summary>The value; a <see cref="Func"/> for accessors and methods; the operand for a spread.</summary>
        public Expr Value;
        public Prop(PropKind kind, string? key, Expr? computed, Expr value) { Kind = kind; Key = key; Computed = computed; Value = value; }
        public static Prop Init(string key, Expr value) => new(PropKind.Init, key, null, value);
    }

    /// <summary>An object literal, or an object destructuring pattern.</summary>
    public sealed class ObjectLit : Expr
    {
        public List<Prop> Props;
        public ObjectLit(IEnumerable<Prop> props) { Props = new List<Prop>(props); }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    public sealed class Spread : Expr
    {
        public Expr Arg;
        public Spread(Expr arg) { Arg = arg; }
        public override int Prec => Cs2Js.Tree.Prec.Assign;
    }

    public sealed class Yield : Expr
    {
        public Expr? Arg;
        public bool Delegate;
        public Yield(Expr? arg, bool isDelegate = false) { Arg = arg; Delegate = isDelegate; }
        public override int Prec => Cs2Js.Tree.Prec.Assign;
    }

    /// <summary>A placeholder of a template ({this}, {0}, {name:str}...), replaced when the template is expanded.
    /// Never reaches Print.</summary>
    public sealed class Hole : Expr
    {
        public readonly int Index;
        public Hole(int index) { Index = index; }
        public override int Prec => Cs2Js.Tree.Prec.Primary;
    }

    // ------------------------------------------------------------------ statements

    public abstract class Stmt : Node { }

    public sealed class ExprStmt : Stmt
    {
        public Expr E;
        public ExprStmt(Expr e) { E = e; }
    }

    public sealed class Declarator : Node
    {
        /// <summary>An <see cref="Id"/> or a destructuring pattern.</summary>
        public Expr Target;
        public Expr? Init;
        public Declarator(Expr target, Expr? init = null) { Target = target; Init = init; }
    }

    /// <summary>let/const/var declarations.</summary>
    public sealed class VarDecl : Stmt
    {
        public string Kind;
        public List<Declarator> Decls;
        public VarDecl(string kind, IEnumerable<Declarator> decls) { Kind = kind; Decls = new List<Declarator>(decls); }
        public VarDecl(string kind, Expr target, Expr? init = null) : this(kind, new[] { new Declarator(target, init) }) { }
        public static VarDecl Let(string name, Expr? init = null) => new("let", new Id(name), init);
        public static VarDecl Const(string name, Expr init) => new("const", new Id(name), init);
    }

    public sealed class Return : Stmt
    {
        public Expr? Value;
        public Return(Expr? value = null) { Value = value; }
    }

    public sealed class If : Stmt
    {
        public Expr Test;
        public Stmt Then;
        public Stmt? Else;
        public If(Expr test, Stmt then, Stmt? @else = null) { Test = test; Then = then; Else = @else; }
    }

    public sealed class While : Stmt
    {
        public Expr Test;
        public Stmt Body;
        public While(Expr test, Stmt body) { Test = test; Body = body; }
    }

    public sealed class DoWhile : Stmt
    {
        public Stmt Body;
        public Expr Test;
        public DoWhile(Stmt body, Expr test) { Body = body; Test = test; }
    }

    /// <summary>for (init; test; update) body; init is a <see cref="VarDecl"/>, an <see cref="ExprStmt"/> or null.</summary>
    public sealed class For : Stmt
    {
        public Stmt? Init;
        public Expr? Test, Update;
        public Stmt Body;
        public For(Stmt? init, Expr? test, Expr? update, Stmt body) { Init = init; Test = test; Update = update; Body = body; }
    }

    /// <summary>for (kind target of/in source) body; kind is let/const/var or null (an existing target).</summary>
    public sealed class ForOf : Stmt
    {
        public string? Kind;
        public Expr Target, Source;
        public Stmt Body;
        public bool In;
        public ForOf(string? kind, Expr target, Expr source, Stmt body, bool isIn = false) { Kind = kind; Target = target; Source = source; Body = body; In = isIn; }
    }

    public sealed class Case : Node
    {
        /// <summary>null for default.</summary>
        public Expr? Test;
        public List<Stmt> Body;
        public Case(Expr? test, IEnumerable<Stmt> body) { Test = test; Body = new List<Stmt>(body); }
    }

    public sealed class Switch : Stmt
    {
        public Expr Disc;
        public List<Case> Cases;
        public Switch(Expr disc, IEnumerable<Case> cases) { Disc = disc; Cases = new List<Case>(cases); }
    }

    public sealed class Try : Stmt
    {
        public Block Body;
        /// <summary>The catch binding (an <see cref="Id"/>), null for `catch {`.</summary>
        public Expr? Param;
        public Block? Handler, Finally;
        public Try(Block body, Expr? param, Block? handler, Block? @finally) { Body = body; Param = param; Handler = handler; Finally = @finally; }
    }

    public sealed class Throw : Stmt
    {
        public Expr Value;
        public Throw(Expr value) { Value = value; }
    }

    public sealed class Break : Stmt
    {
        public string? Label;
        public Break(string? label = null) { Label = label; }
    }

    public sealed class Continue : Stmt
    {
        public string? Label;
        public Continue(string? label = null) { Label = label; }
    }

    public sealed class Block : Stmt
    {
        public List<Stmt> Body;
        public Block(IEnumerable<Stmt> body) { Body = new List<Stmt>(body); }
        public Block(params Stmt[] body) : this((IEnumerable<Stmt>)body) { }
    }

    public sealed class Labeled : Stmt
    {
        public string Label;
        public Stmt Body;
        public Labeled(string label, Stmt body) { Label = label; Body = body; }
    }

    public sealed class Empty : Stmt { }

    public sealed class FuncDecl : Stmt
    {
        public Func F;
        public FuncDecl(Func f) { F = f; }
    }

    public enum MemberKind { Method, Get, Set, Constructor }

    /// <summary>A method, accessor or the constructor of a class.</summary>
    public sealed class ClassMember : Node
    {
        public MemberKind Kind;
        public bool Static;
        public string? Name;
        public Expr? Computed;
        public Func Fn;
        public ClassMember(MemberKind kind, bool isStatic, string? name, Expr? computed, Func fn)
        { Kind = kind; Static = isStatic; Name = name; Computed = computed; Fn = fn; }
    }

    public sealed class ClassDecl : Stmt
    {
        public string Name;
        public Expr? Super;
        public List<ClassMember> Members;
        public ClassDecl(string name, Expr? super, IEnumerable<ClassMember> members) { Name = name; Super = super; Members = new List<ClassMember>(members); }
    }
}
