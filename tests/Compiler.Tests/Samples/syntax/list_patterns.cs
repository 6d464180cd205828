using System;
using System.Collections.Generic;

public static class Program
{
    static string Describe(int[] xs) => xs switch
    {
        [] => "empty",
        [var only] => $"one: {only}",
        [0, ..] => "starts with zero",
        [var first, .., var last] when first == last => $"same ends {first}",
        [_, _] => "a pair",
        [var a, var b, .. var rest] => $"{a},{b} then {rest.Length} more",
    };

    static string Command(string[] args) => args switch
    {
        ["help"] => "usage",
        ["get", var key] => "get " + key,
        ["set", var key, var value] => $"set {key}={value}",
        ["rm", .. var keys] when keys.Length > 0 => "remove " + string.Join("+", keys),
        _ => "unknown",
    };

    public static void Main()
    {
        foreach (var xs in new[] { new int[0], new[] { 5 }, new[] { 0, 1, 2 }, new[] { 3, 9, 3 }, new[] { 1, 2 }, new[] { 1, 2, 3, 4, 5 } })
            Console.WriteLine(Describe(xs));
        foreach (var cmd in new[] { "help", "get port", "set port 80", "rm a b c", "rm", "set x" })
            Console.WriteLine(Command(cmd.Split(' ')));
        var list = new List<int> { 1, 2, 3 };
        if (list is [1, .. var middle, 3]) Console.WriteLine("middle count " + middle.Count);
        if (list is [_, > 1, ..]) Console.WriteLine("second > 1");
        Console.WriteLine("abc" is ['a', .., 'c'] ? "a..c" : "no");
    }
}
