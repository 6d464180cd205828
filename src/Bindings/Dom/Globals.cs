using System;
using System.Threading.Tasks;

namespace Js
{
    /// <summary>Browser globals: <c>Dom.Window</c> is <c>window</c>, <c>Dom.SetTimeout(f, ms)</c> is <c>setTimeout(f, ms)</c>.</summary>
    [GlobalMethods]
    public static class Dom
    {
        public static extern Window Window { get; }
        public static extern Window Self { get; }
        public static extern JsObject GlobalThis { get; }
        public static extern Document Document { get; }
        public static extern Location Location { get; }
        public static extern Console Console { get; }
        public static extern Performance Performance { get; }
        public static extern Crypto Crypto { get; }

        public static extern int SetTimeout(Action handler, double ms);
        public static extern void ClearTimeout(int id);
        public static extern int SetInterval(Action handler, double ms);
        public static extern void ClearInterval(int id);
        public static extern void QueueMicrotask(Action callback);

        public static extern Task<Response> Fetch(string url);
        public static extern Task<Response> Fetch(string url, RequestInit init);
    }

    /// <summary>The <c>window</c> object.</summary>
    [Name("Window")]
    public class Window : EventTarget
    {
        public extern Document Document { get; }
        public extern Location Location { get; }
        /// <summary><c>self.origin</c>: the document's origin (inherited by about:blank/srcdoc frames, unlike <c>location.origin</c>).</summary>
        public extern string Origin { get; }
        public extern Window Top { get; }
        public extern Window Parent { get; }
        public extern void PostMessage(object? message, string targetOrigin);
        public extern void PostMessage(object? message, string targetOrigin, object[] transfer);

        /// <summary>Reads a global (for example <c>RTCPeerConnection</c>) as T.</summary>
        [Template("{this}[{name}]")]
        public extern T Get<T>(string name);

        /// <summary>Assigns a global.</summary>
        [Template("{this}[{name}] = {x}")]
        public extern void Set(string name, object? x);
    }

    [Name("Location")]
    public class Location
    {
        public extern string Href { get; }
        public extern string Origin { get; }
        public extern string Protocol { get; }
        public extern string Host { get; }
        public extern string Hostname { get; }
        public extern string Port { get; }
        public extern string Pathname { get; }
    }

    [Name("Performance")]
    public class Performance
    {
        /// <summary>Milliseconds since the time origin, sub-millisecond precision.</summary>
        public extern double Now();
    }

    [Name("Crypto")]
    public class Crypto
    {
        [Name("randomUUID")]
        public extern string RandomUuid();
    }

    [Name("Console")]
    public class Console
    {
        [ExpandParams] public extern void Log(params object?[] args);
        [ExpandParams] public extern void Info(params object?[] args);
        [ExpandParams] public extern void Warn(params object?[] args);
        [ExpandParams] public extern void Error(params object?[] args);
        [ExpandParams] public extern void Debug(params object?[] args);
    }
}
