using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

sealed class RingBuffer<T> : IEnumerable<T>
{
    private readonly T[] items;
    private int start;
    public int Count { get; private set; }
    public int Capacity => items.Length;
    public RingBuffer(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        items = new T[capacity];
    }
    public void Add(T item)
    {
        int end = (start + Count) % items.Length;
        items[end] = item;
        if (Count == items.Length) start = (start + 1) % items.Length;
        else Count++;
    }
    public T this[int i]
    {
        get
        {
            if (i < 0 || i >= Count) throw new IndexOutOfRangeException();
            return items[(start + i) % items.Length];
        }
    }
    public IEnumerator<T> GetEnumerator() { for (int i = 0; i < Count; i++) yield return this[i]; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Program
{
    public static void Main()
    {
        var rb = new RingBuffer<int>(3);
        for (int i = 1; i <= 5; i++)
        {
            rb.Add(i * 10);
            Console.WriteLine($"after {i}: [{string.Join(", ", rb)}] count={rb.Count}");
        }
        Console.WriteLine(rb[0] + " " + rb[2] + " avg " + rb.Average());
        try { Console.WriteLine(rb[3]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("index out of range"); }
        try { new RingBuffer<string>(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
        var names = new RingBuffer<string>(2);
        names.Add("a"); names.Add("b"); names.Add("c");
        Console.WriteLine(string.Join("", names) + " " + names.Capacity);
    }
}
