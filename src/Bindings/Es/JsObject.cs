namespace Js
{
    /// <summary>A plain string-keyed JavaScript object (also the static <c>Object</c> functions).</summary>
    [Name("Object")]
    public class JsObject
    {
        /// <summary><c>new Object()</c>: an empty plain object.</summary>
        public extern JsObject();

        [Template("{this}[{key}]")]
        public extern object? this[string key] { get; set; }

        /// <summary>Reads a property as T (no runtime check).</summary>
        [Template("{this}[{key}]")]
        public extern T Get<T>(string key);

        [Template("Object.hasOwn({this}, {key})")]
        public extern bool Has(string key);

        public static extern string[] Keys(object obj);
        public static extern object[] Values(object obj);
        public static extern T Assign<T>(T target, object source);
        public static extern T Freeze<T>(T obj);
        public static extern bool HasOwn(object obj, string key);
        public static extern object? GetPrototypeOf(object obj);
        public static extern PropertyDescriptor? GetOwnPropertyDescriptor(object obj, object key);
        public static extern object DefineProperty(object obj, object key, PropertyDescriptor descriptor);
    }

    /// <summary>The argument and result of <c>Object.defineProperty</c>/<c>getOwnPropertyDescriptor</c>.</summary>
    [ObjectLiteral]
    public class PropertyDescriptor
    {
        public object? Value;
        public bool? Writable;
        public bool? Enumerable;
        public bool? Configurable;
        public object? Get;
        public object? Set;
    }
}
