using System;

class QuotaExceededException : Exception
{
    public QuotaExceededException(string m) : base(m) { }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("before");
        try { throw new QuotaExceededException("caught one"); }
        catch (QuotaExceededException e) { Console.WriteLine(e.Message); }
        finally { Console.WriteLine("cleanup"); }
        throw new QuotaExceededException("storage quota exceeded");
    }
}
