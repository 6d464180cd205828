using System;
using Js;

namespace WebRtcStatsExporter.Override
{
    /// <summary>Wraps the page's RTCPeerConnection constructor in a Proxy whose construct trap reports
    /// each new connection. A Proxy keeps <c>instanceof</c>, <c>prototype</c>, static members,
    /// <c>name</c>/<c>length</c> and subclassing (<c>newTarget</c> is passed through); the get trap
    /// answers <c>toString</c> as the native constructor would and answers the guard symbol so a
    /// second copy of this script in the same document does not wrap twice. Nothing is added to
    /// <c>window</c>. The traps call only <see cref="Natives"/> and their handlers have no prototype.</summary>
    internal static class Hook
    {
        /// <summary>Answered by our proxy's get trap only (with the document it was made for); no
        /// property is ever defined.</summary>
        private static readonly object Guard = Symbol.For("wse-hook-v2");

        private static object? lastNative;
        private static object? lastProxy;

        /// <summary>True when another copy of this script already wrapped <c>window[name]</c> for this
        /// document (a window reused by a same-origin navigation gets wrapped again).</summary>
        public static bool IsHooked(string name)
        {
            object? current = Dom.Window.Get<object?>(name);
            return JsType.IsFunction(current) && JsType.Same(Reflect.Get(current!, Guard, current!), Dom.Document);
        }

        /// <summary>Wraps <c>window[name]</c>; false when it is absent or already ours.</summary>
        public static bool Wrap(string name, Action<object> onCreate)
        {
            Window w = Dom.Window;
            object doc = Dom.Document;
            object? native = w.Get<object?>(name);
            if (!JsType.IsFunction(native)) return false;
            if (JsType.Same(native, lastNative)) { w.Set(name, lastProxy); return true; }
            if (JsType.Same(Reflect.Get(native!, Guard, native!), doc)) return false;

            object proxy = null!;
            object? toStringProxy = null;
            JsFunction toStringNative = Natives.FunctionToString;
            ProxyHandler handler = Natives.Bare(new ProxyHandler
            {
                Construct = (target, args, newTarget) =>
                {
                    object pc = Natives.Construct.Invoke(target, args, newTarget)!;
                    try { onCreate(pc); } catch { }
                    return pc;
                },
                Get = (target, key, receiver) =>
                {
                    if (JsType.Same(key, Guard)) return doc;
                    object? value = Natives.Get.Invoke(target, key, receiver);
                    if (JsType.Same(key, "toString") && JsType.Same(value, toStringNative))
                    {
                        if (toStringProxy == null)
                            toStringProxy = Natives.Proxy.New(value, Natives.Bare(new ProxyHandler
                            {
                                Apply = (t, self, a) => Natives.Call(t.As<JsFunction>(), JsType.Same(self, proxy) ? native : self, a),
                            }));
                        return toStringProxy;
                    }
                    return value;
                },
            });
            proxy = Natives.Proxy.New(native, handler);

            // new pc.constructor() and pc.constructor === RTCPeerConnection keep working.
            JsObject proto = native.As<JsFunction>().Prototype.As<JsObject>();
            JsObject.DefineProperty(proto, "constructor", new PropertyDescriptor
            {
                Value = proxy, Writable = true, Enumerable = false, Configurable = true,
            });
            w.Set(name, proxy);
            lastNative = native;
            lastProxy = proxy;
            return true;
        }

        /// <summary>Replaces <c>prototype[method]</c> by a Proxy that calls <paramref name="before"/> with
        /// the receiver first (errors swallowed), then the original.</summary>
        public static void Before(object prototype, string method, Action<object?> before)
        {
            JsObject proto = prototype.As<JsObject>();
            object? original = proto[method];
            if (!JsType.IsFunction(original)) return;
            proto[method] = Natives.Proxy.New(original, Natives.Bare(new ProxyHandler
            {
                Apply = (t, self, a) =>
                {
                    try { before(self); } catch { }
                    return Natives.Call(t.As<JsFunction>(), self, a);
                },
            }));
        }
    }
}
