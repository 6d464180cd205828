using Js;

namespace WebRtcStatsExporter.Override
{
    /// <summary>Every native the hook calls after its first turn, taken at document_start before any
    /// page script has run (docs/protocol.md, "Threat model"). Later calls go through these values with
    /// plain calls (<c>apply(f, self, args)</c>), never through a global or a prototype the page can
    /// replace, nor through <c>.call</c>.</summary>
    internal static class Natives
    {
        public static JsFunction Apply = null!;
        public static JsFunction Construct = null!;
        public static JsFunction Get = null!;
        public static JsFunction SetPrototypeOf = null!;
        public static JsFunction DefineProperty = null!;
        public static JsFunction Proxy = null!;
        public static JsFunction Event = null!;
        public static JsFunction FocusEvent = null!;
        public static JsFunction AddEventListener = null!;
        public static JsFunction RemoveEventListener = null!;
        public static JsFunction DispatchEvent = null!;
        public static JsFunction StopImmediatePropagation = null!;
        public static JsFunction RelatedTarget = null!;
        public static JsFunction FunctionToString = null!;
        public static object Window = null!;

        public static void Take()
        {
            Apply = Js.Natives.ReflectApply;
            Construct = Js.Natives.ReflectConstruct;
            Get = Js.Natives.ReflectGet;
            SetPrototypeOf = Js.Natives.SetPrototypeOf;
            DefineProperty = Js.Natives.DefineProperty;
            Proxy = Js.Natives.Proxy;
            Event = Js.Natives.Event;
            FocusEvent = Js.Natives.FocusEvent;
            AddEventListener = Js.Natives.AddEventListener;
            RemoveEventListener = Js.Natives.RemoveEventListener;
            DispatchEvent = Js.Natives.DispatchEvent;
            StopImmediatePropagation = Js.Natives.StopImmediatePropagation;
            RelatedTarget = Js.Natives.RelatedTargetGetter;
            FunctionToString = Js.Natives.FunctionToString;
            Window = Dom.Window;
        }

        /// <summary><c>Reflect.apply(method, self, args)</c> through the snapshot.</summary>
        public static object? Call(JsFunction method, object? self, object[] args) => Apply.Invoke(method, self, args);

        /// <summary>An object without a prototype, so a page adding properties or getters to
        /// <c>Object.prototype</c> later is never consulted (proxy traps, event init dictionaries).</summary>
        public static T Bare<T>(T o)
        {
            SetPrototypeOf.Invoke(o, null);
            return o;
        }
    }
}
