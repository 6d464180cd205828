// The interop vocabulary, after H5/Bridge.NET. The compiler reads these attributes by full name;
// none of them reaches the JavaScript output. See docs/compiler.md for an example of each.
using System;

[assembly: Js.External]

namespace Js
{
    /// <summary>The type or member already exists in JavaScript: emit nothing, call it by its JS name.
    /// On an assembly it makes every type in it external (this bindings assembly is).</summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = false)]
    public sealed class ExternalAttribute : Attribute { }

    /// <summary>The JavaScript name of a type, member or enum member. On an external type the value may
    /// be a dotted path (<c>[Name("chrome.storage.local")]</c>).</summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = false)]
    public sealed class NameAttribute : Attribute
    {
        public NameAttribute(string value) { Value = value; }
        public string Value { get; }
    }

    /// <summary>Replaces every call site with a JavaScript expression at compile time.
    /// Placeholders: <c>{this}</c> the receiver, <c>{0}</c>.. or <c>{name}</c> an argument,
    /// <c>{*name}</c> a params array spread as separate arguments, <c>{name:raw}</c> a string constant
    /// spliced in unquoted. Nothing is evaluated at run time, so templates stay CSP-safe.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public sealed class TemplateAttribute : Attribute
    {
        public TemplateAttribute(string format) { Format = format; }
        public string Format { get; }
    }

    /// <summary>The class is a plain JavaScript object <c>{ }</c> holding only the members that were set
    /// in its object initialiser. It has no runtime type: <c>is</c>/<c>as</c> on it are refused.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
    public sealed class ObjectLiteralAttribute : Attribute { }

    /// <summary>The static class's members are JavaScript globals: <c>G.alert(m)</c> becomes <c>alert(m)</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class GlobalMethodsAttribute : Attribute { }

    /// <summary>How an enum's members are represented at run time.</summary>
    public enum Emit
    {
        /// <summary>The number (the default).</summary>
        Value,
        /// <summary>The member's name as written.</summary>
        StringNamePreserveCase,
        /// <summary>The member's name in lower case.</summary>
        StringNameLowerCase,
        /// <summary>The member's name with its first letter lowered.</summary>
        StringNameCamelCase,
        /// <summary>The member's name in upper case.</summary>
        StringNameUpperCase,
    }

    /// <summary>A string-valued enum: each member is a string at run time (for JS APIs that take string
    /// unions). <c>[Name]</c> on a member overrides its string.</summary>
    [AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
    public sealed class EnumAttribute : Attribute
    {
        public EnumAttribute(Emit emit) { Emit = emit; }
        public Emit Emit { get; }
    }

    public enum Notation { None, CamelCase, LowerCase }

    /// <summary>Renames the members of a type (or of every type in an assembly) by a rule, so a binding
    /// can be written in C# style (<c>AddListener</c>) and called in JS style (<c>addListener</c>).</summary>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct, AllowMultiple = false)]
    public sealed class ConventionAttribute : Attribute
    {
        public ConventionAttribute(Notation notation) { Notation = notation; }
        public Notation Notation { get; }
    }

    /// <summary>A <c>params</c> array is spread into separate JavaScript arguments.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = false)]
    public sealed class ExpandParamsAttribute : Attribute { }

    /// <summary>Escape hatches: compile-time splices of JavaScript text, and free casts.</summary>
    public static class Script
    {
        /// <summary>Splices a JavaScript expression (cs2js parses it at compile time); the code must be a
        /// string constant.</summary>
        public static extern T Write<T>(string code);

        public static extern void Write(string code);

        /// <summary>Splices a JavaScript expression with arguments: <c>Script.Write&lt;int&gt;("{0} + {1}", a, b)</c>.</summary>
        public static extern T Write<T>(string code, params object?[] args);

        /// <summary>JavaScript's <c>undefined</c>.</summary>
        [Template("undefined")]
        public static extern object? Undefined { get; }

        [Template("({value} === undefined)")]
        public static extern bool IsUndefined(object? value);

        /// <summary>Deletes a property of a plain object.</summary>
        [Template("delete {target}[{key}]")]
        public static extern void Delete(object target, string key);
    }

    public static class ScriptExtensions
    {
        /// <summary>A free cast: no runtime check, no code.</summary>
        [Template("{value}")]
        public static extern T As<T>(this object? value);
    }
}
