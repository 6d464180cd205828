using System;
using System.Linq;

public interface INamed { string Name { get; } }
public class Device : INamed { public string Name { get; } public Device(string n) => Name = n; public override string ToString() => "Device " + Name; }
public sealed class Phone : Device { public Phone(string n) : base(n) { } public override string ToString() => "Phone " + Name; }
public sealed class Headset : Device { public Headset(string n) : base(n) { } public override string ToString() => "Headset " + Name; }

public static class Program
{
    static int Replace(object[] slots, object with)
    {
        int done = 0;
        for (int i = 0; i < slots.Length; i++)
        {
            try { slots[i] = with; done++; }
            catch (ArrayTypeMismatchException) { Console.WriteLine($"slot {i}: {with.GetType().Name} does not fit"); break; }
        }
        return done;
    }

    public static void Main()
    {
        Phone[] phones = { new Phone("p1"), new Phone("p2") };
        Device[] devices = phones;
        INamed[] named = phones;
        object[] objects = phones;
        Console.WriteLine(devices.Length + " " + named[1].Name + " " + (objects[0] is Phone));
        devices[0] = new Phone("p3");
        Console.WriteLine(string.Join(", ", phones.Select(p => p.Name)));
        try { devices[1] = new Headset("h1"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { objects[1] = "text"; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("a string is not a Phone"); }
        objects[1] = null!;
        Console.WriteLine(phones[1] == null);
        Console.WriteLine(Replace(objects, new Phone("p4")) + " " + Replace(objects, new Device("d")));
        var mixed = new Device[] { new Phone("a"), new Headset("b") };
        mixed[0] = new Headset("c");
        object[] view = mixed;
        view[1] = new Phone("e");
        Console.WriteLine(string.Join(", ", mixed.Select(d => d.ToString())));
        string[] words = { "x", "y" };
        object[] boxed = words;
        try { boxed[0] = 42; } catch (ArrayTypeMismatchException) { Console.WriteLine("42 is not a string"); }
        try { boxed[5] = "z"; } catch (IndexOutOfRangeException) { Console.WriteLine("index checked first"); }
        Console.WriteLine(string.Join("", words));
    }
}
