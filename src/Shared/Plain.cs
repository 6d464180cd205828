using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>JSON-like values that arrive from storage and policy: plain objects, arrays, strings,
    /// numbers, booleans. In the bundles they are JavaScript values; natively (tests, tools) a plain
    /// object is a <c>Dictionary&lt;string, object?&gt;</c> and an array any <c>IList</c>. The settings
    /// table reads and writes stored values only through here, by key.</summary>
    public static class Plain
    {
#if CS2JS
        public static object NewObject() => Js.Script.Write<object>("({})");

        public static bool IsObject(object? v) => Js.Script.Write<bool>("({0} !== null && typeof {0} === \"object\" && !Array.isArray({0}))", v);

        public static bool IsArray(object? v) => Js.Script.Write<bool>("Array.isArray({0})", v);

        /// <summary>The value of an own property, or null when <paramref name="o"/> is not a plain
        /// object or lacks it.</summary>
        public static object? Get(object? o, string key)
            => Js.Script.Write<object?>("(({0} !== null && typeof {0} === \"object\" && !Array.isArray({0}) && Object.hasOwn({0}, {1})) ? {0}[{1}] : null)", o, key);

        public static void Set(object o, string key, object? value) => Js.Script.Write<object>("({0}[{1}] = {2})", o, key, value);

        public static string[] Keys(object? o) => IsObject(o) ? Js.Script.Write<string[]>("Object.keys({0})", o) : new string[0];

        public static object?[] Items(object? v) => IsArray(v) ? Js.Script.Write<object?[]>("{0}", v) : new object?[0];

        /// <summary>A number already known to be a whole number (see <see cref="Shape.IsIntIn"/>).</summary>
        public static int ToInt(object? v) => Js.Script.Write<int>("{0}", v);

        public static bool ToBool(object? v) => Js.Script.Write<bool>("({0} === true)", v);
#else
        public static object NewObject() => new Dictionary<string, object?>();

        public static bool IsObject(object? v) => v is Dictionary<string, object?>;

        public static bool IsArray(object? v) => v is System.Collections.IList && !(v is string);

        public static object? Get(object? o, string key)
            => o is Dictionary<string, object?> d && d.TryGetValue(key, out object? v) ? v : null;

        public static void Set(object o, string key, object? value) => ((Dictionary<string, object?>)o)[key] = value;

        public static string[] Keys(object? o)
            => o is Dictionary<string, object?> d ? new List<string>(d.Keys).ToArray() : new string[0];

        public static object?[] Items(object? v)
        {
            if (!(v is System.Collections.IList list) || v is string) return new object?[0];
            var items = new object?[list.Count];
            for (int i = 0; i < list.Count; i++) items[i] = list[i];
            return items;
        }

        public static int ToInt(object? v) => v is int i ? i : (int)(double)v!;

        public static bool ToBool(object? v) => v is bool b && b;
#endif

        public static bool Has(object? o, string key) => Get(o, key) != null;
    }
}
