namespace Js
{
    /// <summary>Runtime type tests on values that come from outside C# (messages, storage, pages).</summary>
    public static class JsType
    {
        /// <summary><c>a === b</c> (for values typed <c>object</c>, where C# == would not say what JS does).</summary>
        [Template("({a} === {b})")]
        public static extern bool Same(object? a, object? b);

        [Template("typeof {value}")]
        public static extern string Of(object? value);

        [Template("(typeof {value} === \"string\")")]
        public static extern bool IsString(object? value);

        [Template("(typeof {value} === \"number\")")]
        public static extern bool IsNumber(object? value);

        [Template("(typeof {value} === \"boolean\")")]
        public static extern bool IsBoolean(object? value);

        [Template("(typeof {value} === \"function\")")]
        public static extern bool IsFunction(object? value);

        /// <summary>A non-null object that is not an array.</summary>
        [Template("({value} !== null && typeof {value} === \"object\" && !Array.isArray({value}))")]
        public static extern bool IsPlainObject(object? value);

        [Template("Array.isArray({value})")]
        public static extern bool IsArray(object? value);

        [Template("({value} == null)")]
        public static extern bool IsNullish(object? value);

        [Template("Number.isFinite({value})")]
        public static extern bool IsFiniteNumber(object? value);

        [Template("Number.isInteger({value})")]
        public static extern bool IsInteger(object? value);
    }

    /// <summary>The <c>Number</c> functions.</summary>
    [Name("Number")]
    public static class JsNumber
    {
        /// <summary><c>Number(text)</c>: NaN when the text is not a number, 0 for blank text.</summary>
        [Template("Number({text})")]
        public static extern double From(string text);

        public static extern double ParseFloat(string text);
        public static extern bool IsFinite(double value);
        public static extern bool IsInteger(double value);
        public static extern bool IsNaN(double value);
    }
}
