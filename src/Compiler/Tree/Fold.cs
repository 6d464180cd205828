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

        static string? Constant(Expr v) =>
            v is Num n && int.TryParse(n.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code <= 0xFFFF
                ? ((char)code).ToString() : null;
    }
}
