using System;

interface IAnimal { string Sound(); }
interface IPet : IAnimal { string Owner { get; } }

abstract class Animal : IAnimal
{
    public abstract string Sound();
    public string Speak() => GetType().Name + " says " + Sound();
}

class Dog : Animal, IPet
{
    public string Owner => "Bob";
    public override string Sound() => "woof";
}

class Wolf : Animal
{
    public override string Sound() => "howl";
}

public static class Program
{
    static string Check(object o) =>
        (o is IPet p ? "pet of " + p.Owner : "wild") + "/" + (o is IAnimal a ? a.Sound() : "?");

    public static void Main()
    {
        Animal[] xs = { new Dog(), new Wolf() };
        foreach (var x in xs)
        {
            Console.WriteLine(x.Speak());
            Console.WriteLine(Check(x));
        }
        Console.WriteLine(Check("string"));
        IAnimal ia = new Dog();
        Console.WriteLine(ia is IPet);
    }
}
