namespace Cs2Js.Lower
{
    /// <summary>A lowered JavaScript expression: its text and the precedence of its outermost operator,
    /// so that combining expressions adds parentheses only where JavaScript needs them.</summary>
    public readonly record struct Js(string Text, int Prec)
    {
        public const int Comma = 1, Assign = 3, Cond = 4, Coalesce = 5, Or = 6, And = 7, BitOr = 8, BitXor = 9,
            BitAnd = 10, Equality = 11, Relational = 12, Shift = 13, Additive = 14, Multiplicative = 15, Unary = 17,
            Postfix = 18, Call = 19, Primary = 20;

        public static Js P(string text) => new(text, Primary);

        /// <summary>The text, parenthesised when this expression binds looser than <paramref name="min"/>.</summary>
        public string At(int min) => Prec < min ? "(" + Text + ")" : Text;

        public override string ToString() => Text;
    }
}
