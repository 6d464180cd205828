using System;
using System.Collections;
using System.Collections.Generic;

struct Range3 : IEnumerable<int>
{
    private readonly int start, count;
    public Range3(int start, int count) { this.start = start; this.count = count; }
    public Enumerator GetEnumerator() => new Enumerator(start, count);
    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<int>
    {
        private readonly int end;
        private int current;
        public Enumerator(int start, int count) { current = start - 1; end = start + count; }
        public int Current => current;
        object IEnumerator.Current => current;
        public bool MoveNext() => ++current < end;
        public void Reset() => throw new NotSupportedException();
        public void Dispose() { }
    }
}

public static class Program
{
    public static void Main()
    {
        foreach (var x in new Range3(3, 4)) Console.Write(x + " ");
        Console.WriteLine();
        var e = new Range3(0, 2).GetEnumerator();
        var copy = e;
        e.MoveNext();
        copy.MoveNext(); copy.MoveNext();
        Console.WriteLine(e.Current + " " + copy.Current);
        int sum = 0;
        foreach (var x in (IEnumerable<int>)new Range3(1, 10)) sum += x;
        Console.WriteLine(sum);
        var list = new List<int>(new Range3(5, 3));
        Console.WriteLine(string.Join(",", list));
    }
}
