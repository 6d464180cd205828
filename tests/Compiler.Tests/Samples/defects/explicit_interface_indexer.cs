using System;
using System.Collections;
using System.Collections.Generic;

sealed class Labels : IReadOnlyList<string>
{
    private readonly string[] items;
    public Labels(params string[] items) { this.items = items; }
    public int Count => items.Length;
    string IReadOnlyList<string>.this[int index] => items[index].ToUpperInvariant();
    public string this[int index] => items[index];
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

sealed class Matrix : IReadOnlyList<int>
{
    private readonly int[] cells = { 1, 2, 3, 4 };
    int IReadOnlyList<int>.this[int i] => cells[i] * 10;
    int IReadOnlyCollection<int>.Count => cells.Length;
    IEnumerator<int> IEnumerable<int>.GetEnumerator() { foreach (var c in cells) yield return c; }
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();
}

public static class Program
{
    static string Describe(IReadOnlyList<string> list) => list.Count + ":" + list[0] + "," + list[list.Count - 1];

    public static void Main()
    {
        var labels = new Labels("alpha", "beta");
        Console.WriteLine(labels[0] + " " + Describe(labels));
        IReadOnlyList<int> m = new Matrix();
        Console.WriteLine(m[2] + " " + m.Count + " " + string.Join(",", m));
    }
}
