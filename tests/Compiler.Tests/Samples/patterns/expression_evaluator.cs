using System;
using System.Collections.Generic;
using System.Linq;

public abstract record Expr;
public sealed record Num(double Value) : Expr;
public sealed record Var(string Name) : Expr;
public sealed record Bin(char Op, Expr Left, Expr Right) : Expr;
public sealed record Neg(Expr Inner) : Expr;
public sealed record Call(string Fn, IReadOnlyList<Expr> Args) : Expr;

public static class Evaluator
{
    public static double Eval(Expr e, IReadOnlyDictionary<string, double> env) => e switch
    {
        Num n => n.Value,
        Var v when env.TryGetValue(v.Name, out var x) => x,
        Var v => throw new KeyNotFoundException($"unbound variable '{v.Name}'"),
        Neg { Inner: var i } => -Eval(i, env),
        Bin { Op: '+' } b => Eval(b.Left, env) + Eval(b.Right, env),
        Bin { Op: '-' } b => Eval(b.Left, env) - Eval(b.Right, env),
        Bin { Op: '*' } b => Eval(b.Left, env) * Eval(b.Right, env),
        Bin { Op: '/' } b => Eval(b.Right, env) is 0 ? throw new DivideByZeroException() : Eval(b.Left, env) / Eval(b.Right, env),
        Call { Fn: "max", Args.Count: > 0 } c => c.Args.Max(a => Eval(a, env)),
        Call { Fn: "sqrt", Args: [var only] } => Math.Sqrt(Eval(only, env)),
        Call c => throw new NotSupportedException($"{c.Fn}/{c.Args.Count}"),
        _ => throw new ArgumentException("unknown node"),
    };

    public static Expr Simplify(Expr e) => e switch
    {
        Bin(var op, var l, var r) => (op, Simplify(l), Simplify(r)) switch
        {
            ('+', Num { Value: 0 }, var x) => x,
            ('+', var x, Num { Value: 0 }) => x,
            ('*', Num { Value: 1 }, var x) => x,
            ('*', var x, Num { Value: 1 }) => x,
            ('*', Num { Value: 0 }, _) or ('*', _, Num { Value: 0 }) => new Num(0),
            (var o, Num a, Num b) => new Num(Eval(new Bin(o, a, b), new Dictionary<string, double>())),
            var (o, a, b) => new Bin(o, a, b),
        },
        Neg(Neg(var inner)) => Simplify(inner),
        Neg(Num n) => new Num(-n.Value),
        _ => e,
    };

    public static string Show(Expr e) => e switch
    {
        Num n => n.Value.ToString(),
        Var v => v.Name,
        Neg n => $"-{Show(n.Inner)}",
        Bin b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})",
        Call c => $"{c.Fn}({string.Join(", ", c.Args.Select(Show))})",
        _ => "?",
    };
}

public static class Program
{
    public static void Main()
    {
        var env = new Dictionary<string, double> { ["x"] = 3, ["y"] = 0.5 };
        var exprs = new Expr[]
        {
            new Bin('+', new Num(1), new Bin('*', new Var("x"), new Num(2))),
            new Bin('*', new Num(1), new Bin('+', new Var("y"), new Num(0))),
            new Neg(new Neg(new Bin('/', new Var("x"), new Num(4)))),
            new Call("max", new Expr[] { new Num(2), new Var("x"), new Num(-7) }),
            new Call("sqrt", new Expr[] { new Bin('*', new Num(8), new Num(2)) }),
            new Bin('*', new Var("z"), new Num(0)),
            new Bin('/', new Num(1), new Bin('-', new Var("x"), new Num(3))),
            new Var("z"),
            new Call("min", new Expr[0]),
        };
        foreach (var e in exprs)
        {
            var s = Evaluator.Simplify(e);
            string result;
            try { result = Evaluator.Eval(s, env).ToString("0.###"); }
            catch (Exception ex) { result = ex.GetType().Name + ": " + ex.Message; }
            Console.WriteLine($"{Evaluator.Show(e),-28} => {Evaluator.Show(s),-18} = {result}");
        }
        Console.WriteLine(new Bin('+', new Num(1), new Var("q")));
        Console.WriteLine(new Num(2) == new Num(2.0));
        Console.WriteLine(new Var("a") with { Name = "b" });
        var set = new HashSet<Expr> { new Num(1), new Num(1), new Var("x"), new Neg(new Num(1)), new Neg(new Num(1)) };
        Console.WriteLine(set.Count);
    }
}
