namespace Js
{
    /// <summary>The <c>JSON</c> object.</summary>
    [Name("JSON")]
    public static class Json
    {
        public static extern string Stringify(object? value);
        public static extern string Stringify(object? value, object? replacer, int space);
        public static extern object? Parse(string text);
        public static extern T Parse<T>(string text);
    }
}
