using System;
using System.Collections.Generic;

abstract class Repository<T> where T : class
{
    protected readonly Dictionary<string, T> Items = new Dictionary<string, T>();
    protected abstract string KeyOf(T item);
    public virtual void Save(T item) { Items[KeyOf(item)] = item; Console.WriteLine("saved " + KeyOf(item)); }
    public T? Find(string key) => Items.TryGetValue(key, out var v) ? v : null;
    public int Count => Items.Count;
}

class User { public string Name = ""; public int Age; }

class UserRepo : Repository<User>
{
    protected override string KeyOf(User u) => u.Name.ToLowerInvariant();
    public override void Save(User item)
    {
        if (item.Age < 0) throw new ArgumentException("age");
        base.Save(item);
    }
}

public static class Program
{
    public static void Main()
    {
        var repo = new UserRepo();
        repo.Save(new User { Name = "Ann", Age = 3 });
        repo.Save(new User { Name = "ANN", Age = 4 });
        repo.Save(new User { Name = "Bo", Age = 5 });
        try { repo.Save(new User { Name = "X", Age = -1 }); } catch (ArgumentException e) { Console.WriteLine("invalid " + e.Message); }
        Console.WriteLine(repo.Count + " " + repo.Find("ann")?.Age + " " + (repo.Find("zz") == null));
    }
}
