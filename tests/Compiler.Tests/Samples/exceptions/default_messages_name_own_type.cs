using System;
using System.Collections.Generic;

// Default messages and the unhandled report name the exception's own class, read from its own
// name ($tn) and not inherited from a base: compiled classes, nested ones, subclasses of compiled
// and of runtime classes.
class QuotaException : Exception { }
class DiskException : InvalidOperationException { }
class FormatFault : FormatException { }
class LateFault : QuotaException { }

static class Outer
{
    public class Nested : Exception { }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new QuotaException().Message);
        Console.WriteLine(new LateFault().Message);
        Console.WriteLine(new DiskException().Message);
        Console.WriteLine(new FormatFault().Message);
        Console.WriteLine(new Outer.Nested().Message);
        Console.WriteLine(new NotSupportedException().Message);
        try { throw new DiskException(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        throw new LateFault();
    }
}
