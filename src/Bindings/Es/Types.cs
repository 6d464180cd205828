namespace Js
{
    /// <summary>Runtime type tests on values that come from outside C# (messages, storage, pages).</summary>
    public static class JsType
    {
        /// <summary><c>a === b</c> (for values typed <c>object</c>, where C# == would not say what JS does).</summary>
        [Template("({a} === {b})")]
        public static extern bool Same(object? a, object? b);

        [Template("typeof {x}")]
        public static extern string Of(object? x);

        [Template("(typeof {x} === \"string\")")]
        public static extern bool IsString(object? x);

        [Template("(typeof {x} === \"number\")")]
        public static extern bool IsNumber(object? x);

        [Template("(typeof {x} === \"boolean\")")]
        public static extern bool IsBoolean(object? x);

        [Template("(typeof {x} === \"function\")")]
        public static extern bool IsFunction(object? x);

        /// <summary>A non-null object that is not an array.</summary>
        [Template("({x} !== null && typeof {x} === \"object\" && !Array.isArray({x}))")]
        public static extern bool IsPlainObject(object? x);

        [Template("Array.isArray({x})")]
        public static extern bool IsArray(object? x);

        [Template("({x} == null)")]
        public static extern bool IsNullish(object? x);

        [Template("Number.isFinite({x})")]
        public static extern bool IsFiniteNumber(object? x);

        [Template("Number.isInteger({x})")]
        public static extern bool IsInteger(object? x);
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
