using System;

class Animal { public virtual string Sound => "..."; public override string ToString() => GetType().Name; }
class Dog : Animal { public override string Sound => "woof"; }
class Cat : Animal { public override string Sound => "meow"; }

public static class Program
{
    static void FillWith(Animal[] slots, Animal a)
    {
        for (int i = 0; i < slots.Length; i++) slots[i] = a;
    }

    public static void Main()
    {
        Dog[] dogs = { new Dog(), new Dog() };
        Animal[] animals = dogs;
        Console.WriteLine(animals[0].Sound + " " + animals.Length);
        FillWith(animals, new Dog());
        Console.WriteLine(string.Join(",", (object[])dogs));
        try
        {
            FillWith(animals, new Cat());
            Console.WriteLine("no exception");
        }
        catch (ArrayTypeMismatchException e)
        {
            Console.WriteLine("ArrayTypeMismatchException: " + e.Message);
        }
        object[] objs = new string[] { "a", "b" };
        try { objs[0] = 1; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("cannot store int in string[]"); }
        objs[1] = "ok";
        Console.WriteLine(string.Join(",", objs));
        Animal[] mixed = new Animal[2];
        mixed[0] = new Cat();
        mixed[1] = new Dog();
        Console.WriteLine(string.Join(",", (object[])mixed));
    }
}
