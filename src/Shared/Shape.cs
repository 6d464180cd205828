using System;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Run-time shape checks for objects that arrive from another world (JSON, ports,
    /// storage). Natively the C# type system already guarantees most of this; in JavaScript these
    /// become typeof checks, so every validator goes through here (one file to adjust).</summary>
    public static class Shape
    {
        public static bool IsString(object? v) => v is string;

        public static bool IsBool(object? v) => v is bool;

#if CS2JS
        // In JavaScript numbers are not boxed: `typeof` is the honest test.
        public static bool IsFiniteNumber(object? v) => Js.Script.Write<bool>("typeof {0} === \"number\" && isFinite({0})", v);

        public static bool IsIntIn(object? v, int min, int max) =>
            Js.Script.Write<bool>("typeof {0} === \"number\" && Math.floor({0}) === {0} && {0} >= {1} && {0} <= {2}", v, min, max);

        public static bool IsNumber(object? v) => Js.Script.Write<bool>("typeof {0} === \"number\"", v);
#else
        /// <summary>Any number, NaN and ±Infinity included.</summary>
        public static bool IsNumber(object? v) => v is int || v is double;

        /// <summary>A finite number (NaN and ±Infinity are refused).</summary>
        public static bool IsFiniteNumber(object? v)
        {
            if (v is int) return true;
            if (v is double d) return !double.IsNaN(d) && !double.IsInfinity(d);
            return false;
        }

        /// <summary>A finite whole number within [min, max].</summary>
        public static bool IsIntIn(object? v, int min, int max)
        {
            if (v is int i) return i >= min && i <= max;
            if (v is double d) return !double.IsNaN(d) && Math.Floor(d) == d && d >= min && d <= max;
            return false;
        }
#endif

        /// <summary>A short string that contains no control characters.</summary>
        public static bool IsShortText(object? v, int maxLength)
        {
            if (!(v is string s)) return false;
            if (s.Length > maxLength) return false;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] < ' ' || s[i] == '\u007f') return false;
            }
            return true;
        }
    }
}
