using System;
using System.Collections.Generic;

// Each class's name is printed only after its values passed through an interface, object, a type
// parameter or a wider element type; none is printed where it is its own static type.
namespace Zoo
{
    interface IAnimal { string Sound(); }
    interface IPet : IAnimal { }
    interface IDescribe { string Describe() => "I am " + this; }
    interface IMachine : IDescribe { }
    interface IShow { void Show<T>(T value); }
    interface IClock { double Now(); }

    class Dog : IPet { public string Sound() => "woof"; }
    class Cat : IAnimal { public string Sound() => "meow"; }
    class Mouse : IAnimal { public string Sound() => "squeak"; }
    class Fish { }
    class Bird { }
    class Snake { }
    class Frog { }
    class Lizard { }
    class Hamster { }
    class Robot : IMachine { }
    class Toaster : IDescribe { }
    class Parrot { }
    struct Point { public int X; }
    class Shower : IShow { public void Show<T>(T value) => Console.WriteLine("shown " + value); }
    class Clock : IClock { public double Now() => 42; }

    class Maker { public virtual object Make() => "plain"; }
    class ParrotMaker : Maker { public override Parrot Make() => new Parrot(); }

    static class Program
    {
        static void Print(object o) => Console.WriteLine(o);
        static string Name<T>(T value) => value!.GetType().Name;
        static string Describe<T>(T value) where T : IDescribe => value.Describe();

        static void Main()
        {
            IPet pet = new Dog();
            IAnimal animal = pet;
            Print(animal);
            IAnimal cat = new Cat();
            Console.WriteLine(cat.GetType().FullName + " says " + cat.Sound());
            object fish = new Fish();
            Console.WriteLine($"fish: {fish}");
            var birds = new List<Bird> { new Bird() };
            foreach (object b in birds) Console.WriteLine(b);
            var snake = new Snake();
            if (snake is object seen) Console.WriteLine(seen.ToString());
            Func<Frog> makeFrog = () => new Frog();
            Func<object> makeAny = makeFrog;
            Console.WriteLine(makeAny());
            Console.WriteLine(Name(new Lizard()));
            object point = new Point { X = 1 };
            Console.WriteLine(point);
            IShow shower = new Shower();
            shower.Show(new Hamster());
            IMachine robot = new Robot();
            Console.WriteLine(robot.Describe());
            Console.WriteLine(Describe(new Toaster()));
            Maker maker = new ParrotMaker();
            Console.WriteLine(maker.Make());
            IAnimal[] animals = new Mouse[] { new Mouse() };
            Console.WriteLine(string.Join<IAnimal>(", ", animals));
            IClock clock = new Clock();
            if (clock != null) Console.WriteLine(clock.Now());
        }
    }
}
