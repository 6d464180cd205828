using System;
using System.Collections.Generic;
using System.Linq;

abstract class Animal
{
    public string Name { get; }
    protected Animal(string name) => Name = name;
    public abstract string Sound { get; }
    public override string ToString() => $"{GetType().Name}({Name})";
}
class Dog : Animal { public Dog(string n) : base(n) { } public override string Sound => "woof"; }
class Cat : Animal { public Cat(string n) : base(n) { } public override string Sound => "meow"; }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }
class DogShelter : IProducer<Dog> { int n; public Dog Produce() => new Dog("rex" + ++n); }
class AnimalLogger : IConsumer<Animal> { public void Consume(Animal a) => Console.WriteLine("log " + a + " says " + a.Sound); }

public static class Program
{
    static void Chorus(IEnumerable<Animal> animals)
    {
        foreach (var a in animals) Console.Write(a.Sound + " ");
        Console.WriteLine();
    }

    static string Describe(object o) => o switch
    {
        IEnumerable<string> s => "strings: " + string.Join(",", s),
        IEnumerable<Animal> a => "animals: " + a.Count(),
        IEnumerable<object> e => "objects: " + e.Count(),
        _ => "other",
    };

    static void PrintAll(IReadOnlyList<Animal> xs)
    {
        for (int i = 0; i < xs.Count; i++) Console.WriteLine(i + ": " + xs[i].Name);
    }

    public static void Main()
    {
        IEnumerable<object> e = new List<string> { "a", "b" };
        Console.WriteLine(e is IEnumerable<string>);
        Console.WriteLine(e is List<string>);
        Console.WriteLine(e is IEnumerable<int>);
        Console.WriteLine(e is IList<object>);
        var dogs = new List<Dog> { new("rex"), new("fido") };
        Chorus(dogs);
        Chorus(new Cat[] { new("tom") });
        IReadOnlyList<Animal> ro = dogs;
        PrintAll(ro);
        PrintAll(new Cat[] { new("kitty"), new("felix") });
        Console.WriteLine(ro is IReadOnlyList<Dog>);
        Console.WriteLine(ro is List<Dog>);
        Console.WriteLine(ro is IReadOnlyList<Cat>);
        Console.WriteLine(Describe(new List<string> { "x", "y" }));
        Console.WriteLine(Describe(dogs));
        Console.WriteLine(Describe(new List<Uri>()));
        Console.WriteLine(Describe(new[] { 1, 2 }));
        IProducer<Animal> p = new DogShelter();
        Console.WriteLine(p.Produce() + " " + p.Produce());
        Console.WriteLine(p is IProducer<Dog>);
        Console.WriteLine(p is IProducer<Cat>);
        IConsumer<Dog> c = new AnimalLogger();
        c.Consume(new Dog("max"));
        Console.WriteLine(c is IConsumer<Cat>);
        IEnumerable<Animal> mixed = dogs.Cast<Animal>().Concat(new Cat[] { new("tom") });
        Console.WriteLine(string.Join(", ", mixed.OfType<Cat>()));
        Func<Dog> makeDog = () => new Dog("d");
        Func<Animal> makeAnimal = makeDog;
        Console.WriteLine(makeAnimal());
        Action<Animal> pet = a => Console.WriteLine("pet " + a.Name);
        Action<Cat> petCat = pet;
        petCat(new Cat("c"));
        object[] arr = new string[] { "s1", "s2" };
        Console.WriteLine(arr is string[]);
        Console.WriteLine(arr.GetType().Name);
        try { arr[0] = 5; } catch (ArrayTypeMismatchException) { Console.WriteLine("mismatch"); }
    }
}
