using System;
using System.Collections.Generic;
using System.Linq;

record Contact(string Name, string Phone);

sealed class PhoneComparer : IEqualityComparer<string>
{
    static string Digits(string s) => new string(s.Where(char.IsDigit).ToArray());
    public bool Equals(string? x, string? y) => x == null ? y == null : y != null && Digits(x) == Digits(y);
    public int GetHashCode(string obj) => Digits(obj).GetHashCode();
}

sealed class ContactByPhone : IEqualityComparer<Contact>
{
    readonly PhoneComparer phones = new();
    public bool Equals(Contact? x, Contact? y) => ReferenceEquals(x, y) || x != null && y != null && phones.Equals(x.Phone, y.Phone);
    public int GetHashCode(Contact c) => phones.GetHashCode(c.Phone);
}

public static class Program
{
    public static void Main()
    {
        var book = new List<Contact>
        {
            new("Ana", "+1 (555) 010-2000"),
            new("Bo", "555-0101"),
            new("Ana B.", "15550102000"),
            new("Cy", "555 0101"),
            new("Di", "555-0199"),
        };

        var unique = book.Distinct(new ContactByPhone()).ToList();
        Console.WriteLine(string.Join("; ", unique.Select(c => c.Name)));

        var byPhone = new Dictionary<string, List<string>>(new PhoneComparer());
        foreach (var c in book)
        {
            if (!byPhone.TryGetValue(c.Phone, out var names)) byPhone[c.Phone] = names = new List<string>();
            names.Add(c.Name);
        }
        foreach (var (phone, names) in byPhone) Console.WriteLine($"{phone}: {string.Join(", ", names)}");
        Console.WriteLine(byPhone.ContainsKey("5550199") + " " + byPhone.ContainsKey("555-0200"));

        var lookup = book.ToLookup(c => c.Phone, c => c.Name, new PhoneComparer());
        Console.WriteLine(lookup.Count + " " + string.Join("|", lookup["(555) 0101"]));

        var blocked = new[] { new Contact("?", "555.0101") };
        var allowed = book.Except(blocked, new ContactByPhone()).Select(c => c.Name);
        Console.WriteLine(string.Join(", ", allowed));

        var merged = book.Take(2).Union(new[] { new Contact("Eve", "555 0101"), new Contact("Fay", "555-0300") }, new ContactByPhone());
        Console.WriteLine(string.Join(", ", merged.Select(c => c.Name)));

        var shared = book.Intersect(new[] { new Contact("x", "5550199"), new Contact("y", "000") }, new ContactByPhone());
        Console.WriteLine(string.Join(", ", shared));

        var set = new HashSet<Contact>(book, new ContactByPhone());
        Console.WriteLine(set.Count + " " + set.Contains(new Contact("z", "1-555-010-2000")));
        Console.WriteLine(new HashSet<Contact>(book).Count + " " + book.Contains(new Contact("Bo", "555-0101")));
        var groups = book.GroupBy(c => c.Phone, new PhoneComparer()).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(" ", groups));
    }
}
