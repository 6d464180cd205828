using System;

namespace Js
{
    /// <summary><c>new Proxy(target, handler)</c>: typed as the target so it can stand in for it.</summary>
    [Name("Proxy")]
    public static class JsProxy
    {
        [Template("new Proxy({target}, {handler})")]
        public static extern T Create<T>(T target, ProxyHandler handler);
    }

    /// <summary>The traps we use. Only the traps that are set appear in the handler object.</summary>
    [ObjectLiteral]
    public class ProxyHandler
    {
        /// <summary>(target, args, newTarget) → the new object.</summary>
        public Func<object, object[], object, object>? Construct;
        /// <summary>(target, thisArg, args) → the call's result.</summary>
        public Func<object, object?, object[], object?>? Apply;
        /// <summary>(target, key, receiver) → the property's value.</summary>
        public Func<object, object, object, object?>? Get;
    }

    [Name("Reflect")]
    public static class Reflect
    {
        public static extern object Construct(object target, object[] args, object newTarget);
        public static extern object? Apply(object target, object? thisArg, object[] args);
        public static extern object? Get(object target, object key, object receiver);
    }

    /// <summary>A JavaScript function seen as an object (constructors, prototypes' methods).</summary>
    [Name("Function")]
    public class JsFunction
    {
        public extern string Name { get; }
        public extern int Length { get; }
        public extern object Prototype { get; }

        /// <summary><c>Function.prototype.toString</c>.</summary>
        [Template("Function.prototype.toString")]
        public static extern JsFunction PrototypeToString { get; }

        /// <summary><c>f.call(thisArg)</c>.</summary>
        [Template("{this}.call({thisArg})")]
        public extern object? Call(object? thisArg);

        /// <summary><c>f.call(thisArg, ...args)</c>.</summary>
        [Template("{this}.call({thisArg}, {*args})")]
        public extern object? Call(object? thisArg, params object?[] args);
    }

    [Name("Symbol")]
    public class Symbol
    {
        /// <summary><c>Symbol.for(key)</c>: the registry symbol for a key.</summary>
        public static extern Symbol For(string key);
    }
}
