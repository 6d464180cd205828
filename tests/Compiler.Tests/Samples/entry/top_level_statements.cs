using System;
using System.Collections.Generic;
using System.Linq;

var scores = new Dictionary<string, int> { ["ana"] = 91, ["bo"] = 78, ["cy"] = 85 };
Console.WriteLine($"{scores.Count} players");
foreach (var (name, score) in scores.OrderByDescending(kv => kv.Value))
    Console.WriteLine($"{name,-4}{score,4} {Grade(score)}");
Console.WriteLine("average " + scores.Values.Average().ToString("F1"));
Console.WriteLine("args " + args.Length);

static string Grade(int s) => s switch { >= 90 => "A", >= 80 => "B", _ => "C" };

record Player(string Name);
