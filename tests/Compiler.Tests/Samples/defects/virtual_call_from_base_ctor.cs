using System;

abstract class Repository
{
    protected Repository() { Console.WriteLine("registering " + TableName + " with " + Columns.Length + " columns"); }
    protected abstract string TableName { get; }
    protected abstract string[] Columns { get; }
}

sealed class Users : Repository
{
    private readonly string prefix = "app_";
    private readonly string[] cols = { "id", "name" };
    protected override string TableName => prefix + "users";
    protected override string[] Columns => cols ?? new string[0];
}

public static class Program
{
    public static void Main()
    {
        new Users();
    }
}
