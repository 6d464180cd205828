using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Node
{
    public string Name; public List<Node> Children = new List<Node>();
    public Node(string n, params Node[] kids) { Name = n; Children.AddRange(kids); }
}

public static class Program
{
    static async Task<int> CountAsync(Node n)
    {
        await Task.Delay(1);
        int total = 1;
        foreach (var c in n.Children) total += await CountAsync(c);
        return total;
    }

    static async Task<List<string>> NamesAsync(Node n, string prefix)
    {
        var names = new List<string> { prefix + n.Name };
        var results = await Task.WhenAll(n.Children.Select(c => NamesAsync(c, prefix + n.Name + "/")));
        foreach (var r in results) names.AddRange(r);
        return names;
    }

    public static async Task Main()
    {
        var tree = new Node("root", new Node("a", new Node("a1"), new Node("a2")), new Node("b"), new Node("c", new Node("c1", new Node("deep"))));
        Console.WriteLine(await CountAsync(tree));
        foreach (var n in await NamesAsync(tree, "")) Console.WriteLine(n);
    }
}
