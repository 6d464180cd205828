using System;
using System.Collections.Generic;
using System.Linq;

struct Slot
{
    public string Name;
    public int Hits;
    public void Hit() => Hits++;
    public override string ToString() => $"{Name}={Hits}";
}

public static class Program
{
    static string Show(IEnumerable<Slot> slots) => string.Join(",", slots);

    public static void Main()
    {
        var slots = new Slot[3];
        for (int i = 0; i < slots.Length; i++) slots[i].Name = "s" + i;
        slots[0].Hit();

        var cloned = (Slot[])slots.Clone();
        cloned[0].Hit();
        cloned[1].Name = "renamed";
        Console.WriteLine(Show(slots) + " | " + Show(cloned));

        var array = slots.ToArray();
        array[2].Hits = 40;
        Console.WriteLine(Show(slots) + " | " + Show(array));

        var list = slots.ToList();
        slots[0].Hit();
        Console.WriteLine(Show(slots) + " | " + Show(list));

        var fromArray = new List<Slot>(slots);
        slots[1].Hits = 7;
        Console.WriteLine(Show(slots) + " | " + Show(fromArray));

        var dest = new Slot[4];
        slots.CopyTo(dest, 1);
        dest[1].Hits = 100;
        Console.WriteLine(Show(slots) + " | " + Show(dest.Skip(1)));

        var part = new Slot[2];
        Array.Copy(slots, 1, part, 0, 2);
        part[0].Hit();
        Console.WriteLine(Show(slots) + " | " + Show(part));

        var appended = new List<Slot>();
        appended.AddRange(slots);
        slots[2].Hit();
        Console.WriteLine(Show(slots) + " | " + Show(appended));

        var back = appended.ToArray();
        back[0].Name = "back";
        Console.WriteLine(Show(appended) + " | " + Show(back));

        var range = appended.GetRange(0, 2).ToArray();
        range[1].Hit();
        Console.WriteLine(Show(appended) + " | " + Show(range));

        var busy = slots.Where(s => s.Hits > 0).ToArray();
        busy[0].Hits = -1;
        Console.WriteLine(Show(slots) + " | " + Show(busy));

        var self = (Slot[])slots.Clone();
        Array.Copy(self, 0, self, 1, 2);
        self[1].Hit();
        Console.WriteLine(Show(self));
    }
}
