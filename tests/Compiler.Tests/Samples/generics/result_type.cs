using System;
using System.Collections.Generic;
using System.Linq;

public enum ErrorCode { None, NotFound, Invalid, Timeout }

public readonly struct Result<T>
{
    public T Value { get; }
    public ErrorCode Error { get; }
    public bool IsOk => Error == ErrorCode.None;

    private Result(T value, ErrorCode error) { Value = value; Error = error; }

    public static Result<T> Ok(T value) => new Result<T>(value, ErrorCode.None);
    public static Result<T> Fail(ErrorCode error) => new Result<T>(default!, error);

    public Result<TOut> Map<TOut>(Func<T, TOut> f) => IsOk ? Result<TOut>.Ok(f(Value)) : Result<TOut>.Fail(Error);
    public T ValueOr(T fallback) => IsOk ? Value : fallback;
    public override string ToString() => IsOk ? $"Ok({Value})" : $"Fail({Error})";
}

public enum Priority { Low, Normal, High }

public static class Program
{
    static Result<int> ParsePort(string s) =>
        int.TryParse(s, out var p) ? (p is > 0 and < 65536 ? Result<int>.Ok(p) : Result<int>.Fail(ErrorCode.Invalid)) : Result<int>.Fail(ErrorCode.NotFound);

    static Result<Priority> ParsePriority(string s) =>
        Enum.TryParse<Priority>(s, true, out var p) ? Result<Priority>.Ok(p) : Result<Priority>.Fail(ErrorCode.Invalid);

    public static void Main()
    {
        foreach (var s in new[] { "9091", "0", "abc", "443" })
        {
            var r = ParsePort(s);
            Console.WriteLine($"{s,-5} -> {r} value={r.Value} or={r.ValueOr(-1)}");
        }
        Console.WriteLine(ParsePriority("high"));
        Console.WriteLine(ParsePriority("urgent"));
        Console.WriteLine(ParsePriority("urgent").Value);
        Console.WriteLine(ParsePriority("low").Map(p => p == Priority.Low ? 'L' : 'H'));
        Console.WriteLine(ParsePort("8080").Map(p => p / 1000.0));
        Console.WriteLine(ParsePort("x").Map(p => p.ToString()).ValueOr("none"));
        var all = new[] { "1", "2", "z" }.Select(ParsePort).ToList();
        Console.WriteLine(string.Join(", ", all));
        Console.WriteLine(all.Count(r => r.IsOk) + " ok, first error " + all.First(r => !r.IsOk).Error);
        var fails = Result<DateTime>.Fail(ErrorCode.Timeout);
        Console.WriteLine(fails + " " + fails.Value.Year);
    }
}
