using System;
using System.Collections.Generic;
using System.Linq;

sealed class Result<T>
{
    public bool Ok { get; }
    public T Value { get; }
    public string? Error { get; }
    private Result(bool ok, T value, string? error) { Ok = ok; Value = value; Error = error; }
    public static Result<T> Success(T v) => new Result<T>(true, v, null);
    public static Result<T> Failure(string e) => new Result<T>(false, default!, e);
    public Result<U> Map<U>(Func<T, U> f) => Ok ? Result<U>.Success(f(Value)) : Result<U>.Failure(Error!);
    public Result<U> Bind<U>(Func<T, Result<U>> f) => Ok ? f(Value) : Result<U>.Failure(Error!);
    public override string ToString() => Ok ? $"Ok({Value})" : $"Err({Error})";
}

sealed class Pair<A, B>
{
    public A First { get; }
    public B Second { get; }
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() => new Pair<B, A>(Second, First);
    public override string ToString() => $"<{First}, {Second}>";
}

static class Parse
{
    public static Result<int> Int(string s) => int.TryParse(s, out var n) ? Result<int>.Success(n) : Result<int>.Failure($"'{s}' is not a number");
    public static Result<int> Positive(int n) => n > 0 ? Result<int>.Success(n) : Result<int>.Failure($"{n} is not positive");
}

public static class Program
{
    public static void Main()
    {
        foreach (var s in new[] { "12", "-3", "x1" })
            Console.WriteLine(Parse.Int(s).Bind(Parse.Positive).Map(n => n * 2.5));
        var nested = new Dictionary<string, List<Pair<int, string>>>
        {
            ["a"] = new List<Pair<int, string>> { new Pair<int, string>(1, "one"), new Pair<int, string>(2, "two") },
            ["b"] = new List<Pair<int, string>>(),
        };
        foreach (var kv in nested)
            Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value.Select(p => p.Swap())));
        var deep = new List<List<Result<Pair<string, int?>>>>
        {
            new List<Result<Pair<string, int?>>> { Result<Pair<string, int?>>.Success(new Pair<string, int?>("k", null)) },
            new List<Result<Pair<string, int?>>> { Result<Pair<string, int?>>.Failure("boom") },
        };
        Console.WriteLine(string.Join(" | ", deep.SelectMany(x => x)));
        Console.WriteLine(Result<int>.Failure("e").Map(x => x.ToString()).Value ?? "null value");
        Console.WriteLine(Result<double>.Failure("e").Value);
    }
}
