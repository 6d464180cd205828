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

        /// <summary><c>f(a)</c>: a plain call of a function value (no <c>.call</c> lookup a page could patch).</summary>
        [Template("{this}({a})")]
        public extern object? Invoke(object? a);

        /// <summary><c>f(a, b)</c>.</summary>
        [Template("{this}({a}, {b})")]
        public extern object? Invoke(object? a, object? b);

        /// <summary><c>f(a, b, c)</c>.</summary>
        [Template("{this}({a}, {b}, {c})")]
        public extern object? Invoke(object? a, object? b, object? c);

        /// <summary><c>new f(a, b)</c>.</summary>
        [Template("new {this}({a}, {b})")]
        public extern object New(object? a, object? b);

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

    /// <summary>The native functions a MAIN-world script snapshots before any page script runs, so that
    /// a page patching a prototype or a global later cannot reach or fake what it calls.</summary>
    public static class Natives
    {
        [Template("Reflect.apply")] public static extern JsFunction ReflectApply { get; }
        [Template("Reflect.construct")] public static extern JsFunction ReflectConstruct { get; }
        [Template("Reflect.get")] public static extern JsFunction ReflectGet { get; }
        [Template("Object.setPrototypeOf")] public static extern JsFunction SetPrototypeOf { get; }
        [Template("Object.defineProperty")] public static extern JsFunction DefineProperty { get; }
        [Template("Proxy")] public static extern JsFunction Proxy { get; }
        [Template("Event")] public static extern JsFunction Event { get; }
        [Template("FocusEvent")] public static extern JsFunction FocusEvent { get; }
        [Template("EventTarget.prototype.addEventListener")] public static extern JsFunction AddEventListener { get; }
        [Template("EventTarget.prototype.removeEventListener")] public static extern JsFunction RemoveEventListener { get; }
        [Template("EventTarget.prototype.dispatchEvent")] public static extern JsFunction DispatchEvent { get; }
        [Template("Event.prototype.stopImmediatePropagation")] public static extern JsFunction StopImmediatePropagation { get; }
        [Template("Object.getOwnPropertyDescriptor(FocusEvent.prototype, \"relatedTarget\").get")] public static extern JsFunction RelatedTargetGetter { get; }
        [Template("Function.prototype.toString")] public static extern JsFunction FunctionToString { get; }
    }
}
