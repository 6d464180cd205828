using System;

class AppException : Exception
{
    public int Code { get; }
    public AppException(string message, int code) : base(message) { Code = code; }
}

class NotFound : AppException
{
    public NotFound(string what) : base(what + " not found", 404) { }
}

public static class Program
{
    static void Fail(int kind)
    {
        switch (kind)
        {
            case 0: throw new NotFound("user");
            case 1: throw new AppException("generic", 500);
            case 2: throw new InvalidOperationException("bad state");
            case 3: throw new ArgumentNullException("param");
            default: Console.WriteLine("no throw"); break;
        }
    }

    public static void Main()
    {
        for (int k = 0; k <= 4; k++)
        {
            try { Fail(k); }
            catch (NotFound e) { Console.WriteLine("NotFound: " + e.Message + " " + e.Code); }
            catch (AppException e) { Console.WriteLine("App: " + e.Message + " " + e.Code); }
            catch (ArgumentException e) { Console.WriteLine("Arg: " + e.GetType().Name + " | " + e.Message); }
            catch (Exception e) { Console.WriteLine("Other: " + e.GetType().Name + " " + e.Message); }
        }
        try { throw new NotFound("x"); }
        catch (Exception e) when (e is AppException { Code: 404 }) { Console.WriteLine("filtered 404"); }
        Exception ex = new NotFound("y");
        Console.WriteLine(ex is AppException);
        Console.WriteLine(ex.Message);
    }
}
