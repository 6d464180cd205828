using System;

class Address { public string City = ""; public string Zip = ""; }
class Customer { public string Name = ""; public Address? Home; public int Orders; }

public static class Program
{
    static string Check(Customer c) => c switch
    {
        { Home: null } => c.Name + ": no address",
        { Home.City: "Oslo", Orders: > 10 } => c.Name + ": VIP in Oslo",
        { Home: { City: "Oslo" } } => c.Name + ": Oslo",
        { Home: { Zip: var z } } when z.StartsWith("9") => c.Name + ": north " + z,
        var other => other.Name + ": elsewhere",
    };

    public static void Main()
    {
        Console.WriteLine(Check(new Customer { Name = "a" }));
        Console.WriteLine(Check(new Customer { Name = "b", Home = new Address { City = "Oslo" }, Orders = 20 }));
        Console.WriteLine(Check(new Customer { Name = "c", Home = new Address { City = "Oslo" } }));
        Console.WriteLine(Check(new Customer { Name = "d", Home = new Address { City = "Tromso", Zip = "9010" } }));
        Console.WriteLine(Check(new Customer { Name = "e", Home = new Address { City = "Rome", Zip = "00100" } }));
        var v = 3 * 7;
        if (v is var copy && copy > 20) Console.WriteLine("var pattern " + copy);
    }
}
