using System;
using System.Collections.Generic;

public static class Program
{
    static void Show(Exception e) => Console.WriteLine(e.GetType().Name + ": " + e.Message);

    public static void Main()
    {
        Show(new Exception());
        Show(new InvalidOperationException());
        Show(new ArgumentException());
        Show(new ArgumentNullException());
        Show(new ArgumentNullException("name"));
        Show(new ArgumentOutOfRangeException());
        Show(new ArgumentOutOfRangeException("index"));
        Show(new ArgumentException("bad value", "arg"));
        Show(new NotSupportedException());
        Show(new NotImplementedException());
        Show(new FormatException());
        Show(new KeyNotFoundException());
        Show(new NullReferenceException());
        Show(new DivideByZeroException());
        Show(new OverflowException());
        Show(new InvalidCastException());
        Show(new OperationCanceledException());
        Show(new TimeoutException());
        Show(new IndexOutOfRangeException());
        Show(new Exception("custom text"));
        Show(new Exception(null));
    }
}
