using System;
using System.Collections.Generic;

public enum Level { Low, Medium, High }

public sealed class Slot<T>
{
    private T value = default!;
    private bool has;

    public T GetOrDefault() => has ? value : default!;
    public void Set(T v) { value = v; has = true; }
    public void Clear() { value = default!; has = false; }
    public override string ToString() => has ? $"Slot({value})" : "Slot(empty)";
}

public static class Program
{
    static T FirstOrFallback<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        foreach (var item in items)
            if (predicate(item)) return item;
        return default!;
    }

    static T? Find<T>(List<T> list, int index) => index >= 0 && index < list.Count ? list[index] : default;

    static string Describe<T>() => default(T) is null ? "null" : default(T)!.ToString()!;

    public static void Main()
    {
        Console.WriteLine(FirstOrFallback(new[] { 1, 3, 5 }, x => x > 10));
        Console.WriteLine(FirstOrFallback(new[] { "a", "bb" }, s => s.Length > 5) ?? "(null)");
        Console.WriteLine(FirstOrFallback(new[] { 1.5, 2.5 }, x => x > 2));
        Console.WriteLine(FirstOrFallback(new[] { true }, x => !x));
        Console.WriteLine(Find(new List<int> { 4, 5 }, 9));
        Console.WriteLine(Find(new List<Level> { Level.High }, 0));
        Console.WriteLine(Find(new List<Level> { Level.High }, 3));
        Console.WriteLine(Describe<int>() + " " + Describe<string>() + " " + Describe<bool>() + " " + Describe<double>() + " " + Describe<Level>() + " " + Describe<char>().Length);
        Console.WriteLine(Describe<long>() + " " + Describe<int?>() + " " + Describe<DateTime>());

        var s = new Slot<int>();
        Console.WriteLine(s + " " + s.GetOrDefault());
        s.Set(42);
        Console.WriteLine(s + " " + s.GetOrDefault());
        s.Clear();
        Console.WriteLine(s.GetOrDefault());
        var names = new Slot<string>();
        Console.WriteLine(names.GetOrDefault() == null);
    }
}
