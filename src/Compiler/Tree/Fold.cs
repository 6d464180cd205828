using System.Globalization;

namespace Cs2Js.Tree
{
    /// <summary>Constant folds that make the tree smaller without changing any value.</summary>
    public static class Fold
    {
        /// <summary>`String.fromCharCode(v)`: a char used as a string. Of a char constant (an integer literal
        /// 0..65535) it is that one-unit string literal (`" "`, not `String.fromCharCode(32)`); lone surrogates,
        /// quotes and line separators are the printer's escapes to write.</summary>
        public static Expr CharString(Expr v) =>
            Constant(v) is { } s ? new Str(s) : new Call(new Member(new Id("String"), "fromCharCode"), v);

        /// <summary>A template's `String.fromCharCode(literal)` after its holes are filled, folded the same way.</summary>
        public static Expr Call(Call c)
        {
            if (c.Args.Count == 1 && c.Callee is Member { Obj: Id { Name: "String" }, Name: "fromCharCode", Optional: false }
                && Constant(c.Args[0]) is { } s)
                return new Str(s) { Pos = c.Pos };
            return c;
        }

        /// <summary>A lowered JavaScript expression that cannot be null or undefined: a literal, an arithmetic or
        /// comparison result (`+` gives a string or a number), a conditional whose arms both are, `a ?? b` with such
        /// a `b`, a sequence ending in one, an assignment of one.</summary>
        public static bool NonNull(Expr e) => e switch
        {
            Str or Num or RegexLit or ArrayLit or ObjectLit or Arrow or Func or New => true,
            Kw { Word: "true" or "false" } => true,
            Tree.Binary { Op: "??" } b => NonNull(b.Right),
            Tree.Binary { Op: "&&" or "||" } => false,
            Tree.Binary => true,
            Unary { Op: "void" or "await" } => false,
            Unary => true,
            Update => true,
            Cond c => NonNull(c.Then) && NonNull(c.Else),
            Seq s => s.Items.Count > 0 && NonNull(s.Items[^1]),
            Assign { Op: "=" } a => NonNull(a.Value),
            Assign { Op: "??=" or "&&=" or "||=" } => false,
            Assign => true,
            _ => false,
        };

        /// <summary>`a ?? b` where `a` can never be null is `a` (a template's `{1} ?? ""` given a literal).</summary>
        public static Expr Binary(Tree.Binary b) => b.Op == "??" && NonNull(b.Left) ? b.Left : b;

        static string? Constant(Expr v) =>
            v is Num n && int.TryParse(n.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code <= 0xFFFF
                ? ((char)code).ToString() : null;
    }
}
