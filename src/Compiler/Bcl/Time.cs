namespace Cs2Js.Bcl
{
    // TimeSpan is a number of ticks (100 ns), so its operators are plain arithmetic.
    // DateTime is the runtime class $DateTime (wall-clock ms + Kind, 1 ms resolution).
    // DateTimeOffset is a number of milliseconds since the Unix epoch (UTC); only the members an
    // extension needs for timestamps are mapped.
    static partial class BclMap
    {
        static void RegisterTime()
        {
            const string S = "System.TimeSpan";
            const string TS = "System.TimeSpan";
            Add($"F:{S}.Zero", "0");
            Add($"F:{S}.TicksPerMillisecond", "10000");
            Add($"F:{S}.TicksPerSecond", "10000000");
            Add($"F:{S}.TicksPerMinute", "600000000");
            Add($"F:{S}.TicksPerHour", "36000000000");
            Add($"F:{S}.TicksPerDay", "864000000000");
            Add($"M:{S}.#ctor", "0");
            Add($"M:{S}.#ctor(System.Int64)", "{0}");
            Add($"M:{S}.#ctor(System.Int32,System.Int32,System.Int32)", "((({0}) * 3600 + ({1}) * 60 + ({2})) * 1e7)");
            Add($"M:{S}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32)", "((({0}) * 86400 + ({1}) * 3600 + ({2}) * 60 + ({3})) * 1e7)");
            Add($"M:{S}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32)", "((({0}) * 86400 + ({1}) * 3600 + ({2}) * 60 + ({3})) * 1e7 + ({4}) * 1e4)");
            // The double overloads truncate toward zero like .NET's (long) cast of the tick count.
            foreach (var (unit, ticks) in new[] { ("Milliseconds", "1e4"), ("Seconds", "1e7"), ("Minutes", "6e8"), ("Hours", "36e9"), ("Days", "864e9") })
            {
                Add($"M:{S}.From{unit}(System.Double)", $"Math.trunc(({{0}}) * {ticks})");
                Add($"P:{S}.Total{unit}", $"({{this}} / {ticks})");
            }
            Add($"M:{S}.FromMilliseconds(System.Int64)", "(({0}) * 1e4)");
            Add($"M:{S}.FromMilliseconds(System.Int64,System.Int64)", "(({0}) * 1e4 + ({1}) * 10)");
            Add($"M:{S}.FromSeconds(System.Int64)", "(({0}) * 1e7)");
            Add($"M:{S}.FromMinutes(System.Int64)", "(({0}) * 6e8)");
            Add($"M:{S}.FromHours(System.Int32)", "(({0}) * 36e9)");
            Add($"M:{S}.FromDays(System.Int32)", "(({0}) * 864e9)");
            Add($"M:{S}.FromTicks(System.Int64)", "Number({0})");
            Add($"P:{S}.Ticks", "$tk({this})");
            // Components truncate toward zero and keep the sign, like .NET's long division.
            Add($"P:{S}.Milliseconds", "(Math.trunc({this} / 1e4) % 1000)");
            Add($"P:{S}.Seconds", "(Math.trunc({this} / 1e7) % 60)");
            Add($"P:{S}.Minutes", "(Math.trunc({this} / 6e8) % 60)");
            Add($"P:{S}.Hours", "(Math.trunc({this} / 36e9) % 24)");
            Add($"P:{S}.Days", "Math.trunc({this} / 864e9)");
            Add($"M:{S}.Add({TS})", "({this} + {0})");
            Add($"M:{S}.Subtract({TS})", "({this} - {0})");
            Add($"M:{S}.Negate", "(-{this})");
            Add($"M:{S}.Duration", "Math.abs({this})");
            Add($"M:{S}.op_Addition({TS},{TS})", "({0} + {1})");
            Add($"M:{S}.op_Subtraction({TS},{TS})", "({0} - {1})");
            Add($"M:{S}.op_UnaryNegation({TS})", "(-{0})");
            Add($"M:{S}.op_UnaryPlus({TS})", "{0}");
            Add($"M:{S}.op_Multiply({TS},System.Double)", "Math.round({0} * {1})");
            Add($"M:{S}.op_Multiply(System.Double,{TS})", "Math.round({0} * {1})");
            Add($"M:{S}.op_Division({TS},System.Double)", "Math.round({0} / {1})");
            Add($"M:{S}.op_Division({TS},{TS})", "({0} / {1})");
            foreach (var (op, js) in new[] { ("Equality", "==="), ("Inequality", "!=="), ("LessThan", "<"), ("LessThanOrEqual", "<="), ("GreaterThan", ">"), ("GreaterThanOrEqual", ">=") })
                Add($"M:{S}.op_{op}({TS},{TS})", $"({{0}} {js} {{1}})");
            Add($"M:{S}.Equals({TS})", "({this} === {0})");
            Add($"M:{S}.CompareTo({TS})", "$cmp({this}, {0})");
            Add($"M:{S}.Compare({TS},{TS})", "$cmp({0}, {1})");
            Add($"M:{S}.ToString", "$tsStr({this})");
            Add($"M:{S}.ToString(System.String)", "$tsFmt({this}, {0})");
            Add($"M:{S}.ToString(System.String,System.IFormatProvider)", "$tsFmt({this}, {0})");

            const string D = "System.DateTime";
            Add($"T:{D}", "$DateTime");
            Add($"P:{D}.UtcNow", "$DateTime.utcNow()");
            Add($"P:{D}.Now", "$DateTime.now()");
            Add($"P:{D}.Today", "$DateTime.now().Date");
            Add($"F:{D}.MinValue", "new $DateTime(-62135596800000, 0)");
            Add($"F:{D}.UnixEpoch", "new $DateTime(0, 1)");
            Add($"M:{D}.#ctor", "new $DateTime(-62135596800000, 0)");
            Add($"M:{D}.#ctor(System.Int32,System.Int32,System.Int32)", "$DateTime.of({0}, {1}, {2})");
            Add($"M:{D}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32)", "$DateTime.of({0}, {1}, {2}, {3}, {4}, {5})");
            Add($"M:{D}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.DateTimeKind)", "$DateTime.of({0}, {1}, {2}, {3}, {4}, {5}, 0, {6})");
            Add($"M:{D}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32)", "$DateTime.of({0}, {1}, {2}, {3}, {4}, {5}, {6})");
            Add($"M:{D}.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.DateTimeKind)", "$DateTime.of({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})");
            foreach (var p in new[] { "Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond", "DayOfWeek", "DayOfYear", "Date", "TimeOfDay", "Kind" })
                Add($"P:{D}.{p}", "{this}." + p);
            foreach (var m in new[] { "AddDays", "AddHours", "AddMinutes", "AddSeconds", "AddMilliseconds" })
                Add($"M:{D}.{m}(System.Double)", "{this}." + m + "({0})");
            Add($"M:{D}.AddTicks(System.Int64)", "{this}.AddTicks({0})");
            Add($"M:{D}.AddMonths(System.Int32)", "{this}.AddMonths({0})");
            Add($"M:{D}.AddYears(System.Int32)", "{this}.AddYears({0})");
            Add($"M:{D}.Add({TS})", "{this}.AddTicks({0})");
            Add($"M:{D}.Subtract({TS})", "{this}.AddTicks(-({0}))");
            Add($"M:{D}.Subtract({D})", "(({this}.ms - {0}.ms) * 1e4)");
            Add($"M:{D}.op_Addition({D},{TS})", "{0}.AddTicks({1})");
            Add($"M:{D}.op_Subtraction({D},{TS})", "{0}.AddTicks(-({1}))");
            Add($"M:{D}.op_Subtraction({D},{D})", "(({0}.ms - {1}.ms) * 1e4)");
            foreach (var (op, js) in new[] { ("Equality", "==="), ("Inequality", "!=="), ("LessThan", "<"), ("LessThanOrEqual", "<="), ("GreaterThan", ">"), ("GreaterThanOrEqual", ">=") })
                Add($"M:{D}.op_{op}({D},{D})", $"({{0}}.ms {js} {{1}}.ms)");
            Add($"M:{D}.Equals({D})", "({this}.ms === {0}.ms)");
            Add($"M:{D}.CompareTo({D})", "{this}.CompareTo({0})");
            Add($"M:{D}.Compare({D},{D})", "{0}.CompareTo({1})");
            Add($"M:{D}.DaysInMonth(System.Int32,System.Int32)", "$DateTime.daysInMonth({0}, {1})");
            Add($"M:{D}.IsLeapYear(System.Int32)", "$DateTime.isLeap({0})");
            Add($"M:{D}.ToUniversalTime", "{this}.ToUniversalTime()");
            Add($"M:{D}.ToLocalTime", "{this}.ToLocalTime()");
            Add($"M:{D}.ToString", "$dtFmt({this})");
            AddCustom($"M:{D}.ToString(System.String)", c =>
            {
                // A one-letter literal is a standard format: only the invariant ones $dtFmt knows.
                var f = c.Source(0);
                if (f.Length == 3 && f[0] == '"' && "oOsudtTgG".IndexOf(f[1]) < 0)
                {
                    c.RefusalReason = "supported standard DateTime formats are o, s, u, d, t, T, g, G (or a custom pattern)";
                    return null;
                }
                return $"$dtFmt({c.This}, {c.Args[0]})";
            });

            const string O = "System.DateTimeOffset";
            Add($"P:{O}.UtcNow", "Date.now()");
            Add($"P:{O}.Now", "Date.now()");
            Add($"M:{O}.ToUnixTimeMilliseconds", "{this}");
            Add($"M:{O}.ToUnixTimeSeconds", "Math.floor({this} / 1000)");
            // Every valid DateTimeOffset is within ±2^53 ms, so its long arguments are numbers.
            Add($"M:{O}.FromUnixTimeMilliseconds(System.Int64)", "{0}");
            Add($"M:{O}.FromUnixTimeSeconds(System.Int64)", "(({0}) * 1000)");
            Add($"P:{O}.UtcDateTime", "new $DateTime({this}, 1)");
        }
    
        static void RegisterDateTimeOffsetFromDateTime() => Add("M:System.DateTimeOffset.#ctor(System.DateTime)", "$dto({0})");
}
}
