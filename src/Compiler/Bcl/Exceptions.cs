namespace Cs2Js.Bcl
{
    // Exception types map to runtime classes extending $Exception. Constructor templates must stay
    // exactly `new $Type(ARGS)`: a user subclass's super(...) call reuses ARGS. JS constructors take
    // (message, inner) except where noted: ArgumentException (message, paramName, inner),
    // ArgumentNullException (paramName, message, inner), ArgumentOutOfRangeException
    // (paramName, message, inner, actualValue), ObjectDisposedException (objectName, message, inner),
    // AggregateException (message, innerExceptions).
    static partial class BclMap
    {
        static void RegisterExceptions()
        {
            const string s = "System.String", e = "System.Exception", o = "System.Object";
            string[] plain =
            {
                "System.Exception", "System.InvalidOperationException", "System.NotSupportedException",
                "System.NotImplementedException", "System.FormatException", "System.Collections.Generic.KeyNotFoundException",
                "System.NullReferenceException", "System.DivideByZeroException", "System.OverflowException",
                "System.ArithmeticException", "System.InvalidCastException", "System.IndexOutOfRangeException",
                "System.OperationCanceledException", "System.Threading.Tasks.TaskCanceledException", "System.TimeoutException",
                "System.ArrayTypeMismatchException",
            };
            foreach (var T in plain)
            {
                string js = "$" + T.Substring(T.LastIndexOf('.') + 1);
                Add($"T:{T}", js);
                Add($"M:{T}.#ctor", $"new {js}()");
                Add($"M:{T}.#ctor({s})", $"new {js}({{0}})");
                Add($"M:{T}.#ctor({s},{e})", $"new {js}({{0}}, {{1}})");
            }

            const string A = "System.ArgumentException";
            Add($"T:{A}", "$ArgumentException");
            Add($"M:{A}.#ctor", "new $ArgumentException()");
            Add($"M:{A}.#ctor({s})", "new $ArgumentException({0})");
            Add($"M:{A}.#ctor({s},{s})", "new $ArgumentException({0}, {1})");
            Add($"M:{A}.#ctor({s},{e})", "new $ArgumentException({0}, null, {1})");
            Add($"M:{A}.#ctor({s},{s},{e})", "new $ArgumentException({0}, {1}, {2})");
            Add($"P:{A}.ParamName", "{this}.ParamName");

            const string AN = "System.ArgumentNullException";
            Add($"T:{AN}", "$ArgumentNullException");
            Add($"M:{AN}.#ctor", "new $ArgumentNullException()");
            Add($"M:{AN}.#ctor({s})", "new $ArgumentNullException({0})");
            Add($"M:{AN}.#ctor({s},{s})", "new $ArgumentNullException({0}, {1})");
            Add($"M:{AN}.#ctor({s},{e})", "new $ArgumentNullException(null, {0}, {1})");

            const string AO = "System.ArgumentOutOfRangeException";
            Add($"T:{AO}", "$ArgumentOutOfRangeException");
            Add($"M:{AO}.#ctor", "new $ArgumentOutOfRangeException()");
            Add($"M:{AO}.#ctor({s})", "new $ArgumentOutOfRangeException({0})");
            Add($"M:{AO}.#ctor({s},{s})", "new $ArgumentOutOfRangeException({0}, {1})");
            Add($"M:{AO}.#ctor({s},{e})", "new $ArgumentOutOfRangeException(null, {0}, {1})");
            Add($"M:{AO}.#ctor({s},{o},{s})", "new $ArgumentOutOfRangeException({0}, {2}, null, {1})");
            Add($"P:{AO}.ActualValue", "{this}.ActualValue");

            const string TI = "System.TypeInitializationException";
            Add($"T:{TI}", "$TypeInitializationException");
            Add($"M:{TI}.#ctor({s},{e})", "new $TypeInitializationException({0}, {1})");
            Add($"P:{TI}.TypeName", "{this}.TypeName");

            const string OD = "System.ObjectDisposedException";
            Add($"T:{OD}", "$ObjectDisposedException");
            Add($"M:{OD}.#ctor({s})", "new $ObjectDisposedException({0})");
            Add($"M:{OD}.#ctor({s},{s})", "new $ObjectDisposedException({0}, {1})");
            Add($"M:{OD}.#ctor({s},{e})", "new $ObjectDisposedException(null, {0}, {1})");
            Add($"P:{OD}.ObjectName", "{this}.ObjectName");

            const string AG = "System.AggregateException", el = "System.Collections.Generic.IEnumerable{System.Exception}";
            Add($"T:{AG}", "$AggregateException");
            Add($"M:{AG}.#ctor", "new $AggregateException()");
            Add($"M:{AG}.#ctor({s})", "new $AggregateException({0})");
            Add($"M:{AG}.#ctor({s},{e})", "new $AggregateException({0}, [{1}])");
            Add($"M:{AG}.#ctor({e}[])", "new $AggregateException(null, {0})");
            Add($"M:{AG}.#ctor({el})", "new $AggregateException(null, {0})");
            Add($"M:{AG}.#ctor({s},{e}[])", "new $AggregateException({0}, {1})");
            Add($"M:{AG}.#ctor({s},{el})", "new $AggregateException({0}, {1})");
            Add($"P:{AG}.InnerExceptions", "{this}.InnerExceptions");
            // InnerExceptions' ReadOnlyCollection is an Array.
            Add("P:System.Collections.ObjectModel.ReadOnlyCollection`1.Count", "{this}.length");
            Add("P:System.Collections.ObjectModel.ReadOnlyCollection`1.Item(System.Int32)", "$ati({this}, {0})");

            Add($"P:{e}.Message", "{this}.Message");
            Add($"P:{e}.InnerException", "{this}.InnerException");
            Add($"P:{e}.StackTrace", "{this}.StackTrace");
            Add($"M:{e}.ToString", "{this}.ToString()");
            Add($"M:{e}.GetBaseException", "{this}.GetBaseException()");
        }
    }
}
