using System;

public static class Program
{
    static void A(string s) => Console.WriteLine("A " + s);
    static void B(string s) => Console.WriteLine("B " + s);

    public static void Main()
    {
        Action<string>? chain = A;
        chain += B;
        chain += A;
        chain("1");
        chain -= A;
        chain("2");
        chain -= B;
        chain?.Invoke("3");
        chain -= A;
        Console.WriteLine(chain == null);
        chain?.Invoke("4");
        Func<int>? f = () => 1;
        f += () => 2;
        Console.WriteLine(f());
        Action<string> lambda = s => Console.WriteLine("L " + s);
        Action<string> combo = lambda + lambda;
        combo("5");
        combo -= lambda;
        combo("6");
    }
}
