using System;
using System.Collections.Generic;
using System.Linq;

class Person
{
    public string Name; public int Age; public string City;
    public Person(string n, int a, string c) { Name = n; Age = a; City = c; }
}

public static class Program
{
    public static void Main()
    {
        var people = new List<Person>
        {
            new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Rome"),
            new Person("Dee", 19, "Oslo"), new Person("Eve", 25, "Lima"),
        };
        foreach (var p in people.OrderBy(p => p.Age).ThenBy(p => p.Name))
            Console.WriteLine(p.Age + " " + p.Name);
        foreach (var p in people.OrderByDescending(p => p.Age).ThenByDescending(p => p.Name))
            Console.Write(p.Name + " ");
        Console.WriteLine();
        foreach (var g in people.GroupBy(p => p.City))
            Console.WriteLine(g.Key + ": " + g.Count() + " avg " + g.Average(p => p.Age));
        var byName = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(byName["Cid"]);
        var cities = people.Select(p => p.City).ToHashSet();
        Console.WriteLine(cities.Count);
        Console.WriteLine(people.Max(p => p.Age) + " " + people.Min(p => p.Name) + " " + people.Sum(p => p.Age));
        var names = people.Where(p => p.City == "Rome").Select(p => p.Name).ToArray();
        Console.WriteLine(string.Join("+", names));
        var q = from p in people where p.Age > 20 orderby p.Name descending select p.Name.ToUpperInvariant();
        Console.WriteLine(string.Join(" ", q));
    }
}
