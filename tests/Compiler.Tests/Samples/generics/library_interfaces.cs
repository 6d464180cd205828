using System;
using System.Collections;
using System.Collections.Generic;

sealed class User : IComparable<User>, IEquatable<User>
{
    public string Name { get; }
    public int Age { get; }
    public User(string name, int age) { Name = name; Age = age; }
    public int CompareTo(User? other) => other == null ? 1 : string.CompareOrdinal(Name, other.Name);
    public bool Equals(User? other) => other != null && other.Name == Name && other.Age == Age;
    public override bool Equals(object? obj) => obj is User u && Equals(u);
    public override int GetHashCode() => HashCode.Combine(Name, Age);
    public override string ToString() => $"{Name}({Age})";
}

sealed class Team : IEnumerable<User>
{
    private readonly List<User> members = new List<User>();
    public void Add(User u) => members.Add(u);
    public IEnumerator<User> GetEnumerator() => members.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Program
{
    static string Kinds(object o)
    {
        var parts = new List<string>();
        if (o is IComparable<User>) parts.Add("IComparable<User>");
        if (o is IEquatable<User>) parts.Add("IEquatable<User>");
        if (o is IEnumerable) parts.Add("IEnumerable");
        if (o is IEnumerable<User>) parts.Add("IEnumerable<User>");
        if (o is IDisposable) parts.Add("IDisposable");
        if (o is IComparable) parts.Add("IComparable");
        return parts.Count == 0 ? "none" : string.Join(" ", parts);
    }

    static T Smallest<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        T? best = default;
        bool any = false;
        foreach (var x in xs) if (!any || x.CompareTo(best!) < 0) { best = x; any = true; }
        return best!;
    }

    public static void Main()
    {
        var team = new Team { new User("mia", 31), new User("ada", 36), new User("lin", 28) };
        Console.WriteLine(Kinds(new User("x", 1)));
        Console.WriteLine(Kinds(team));
        Console.WriteLine(Kinds("text"));
        Console.WriteLine(Kinds(new List<User>()));
        Console.WriteLine(Kinds(12));
        Console.WriteLine(Smallest(team));
        Console.WriteLine(Smallest(new[] { 5, 2, 8 }));
        var sorted = new List<User>(team);
        sorted.Sort();
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(new User("a", 1).Equals((object)new User("a", 1)));
        IEquatable<User> e = new User("b", 2);
        Console.WriteLine(e.Equals(new User("b", 2)) + " " + e.Equals(new User("b", 3)));
    }
}
