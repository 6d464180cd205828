namespace Cs2Js.Bcl
{
    // Lazy<T>: $Lazy runs its factory once, on the first Value; a factory exception is cached and rethrown
    // (.NET's default ExecutionAndPublication mode; the thread-safety arguments mean nothing in one thread).
    static partial class BclMap
    {
        static void RegisterLazy()
        {
            const string L = "System.Lazy`1";
            Add($"T:{L}", "$Lazy");
            Add($"M:{L}.#ctor(System.Func{{`0}})", "new $Lazy({0})");
            Add($"M:{L}.#ctor(System.Func{{`0}},System.Boolean)", "new $Lazy({0})");
            Add($"M:{L}.#ctor(System.Func{{`0}},System.Threading.LazyThreadSafetyMode)", "new $Lazy({0})");
            Add($"M:{L}.#ctor(`0)", "$Lazy.of({0})");
            Add($"P:{L}.Value", "{this}.Value");
            Add($"P:{L}.IsValueCreated", "{this}.IsValueCreated");
            Add($"M:{L}.ToString", "{this}.ToString()");
        }
    }
}
