namespace Cs2Js.Bcl
{
    // System.EventArgs: the runtime class $EventArgs (event handlers' second argument).
    static partial class BclMap
    {
        static void RegisterEventArgs()
        {
            Add("T:System.EventArgs", "$EventArgs");
            Add("M:System.EventArgs.#ctor", "new $EventArgs()");
            Add("F:System.EventArgs.Empty", "$EventArgs.Empty");
        }
    }
}
