using System.Threading.Tasks;

namespace Js
{
    /// <summary>The option bag of <c>fetch(url, init)</c>.</summary>
    [ObjectLiteral]
    public class RequestInit
    {
        public string? Method;
        /// <summary>A <see cref="Headers"/> or a plain <see cref="JsObject"/>.</summary>
        public object? Headers;
        /// <summary>A string, <see cref="Uint8Array"/>, <see cref="Blob"/> or <see cref="ArrayBuffer"/>.</summary>
        public object? Body;
        public AbortSignal? Signal;
        public string? Cache;
        public string? Credentials;
        public string? Mode;
        public string? Redirect;
        public bool? Keepalive;
    }

    [Name("Request")]
    public class Request
    {
        public extern Request(string url);
        public extern Request(string url, RequestInit init);
        public extern string Url { get; }
        public extern string Method { get; }
        public extern Headers Headers { get; }
    }

    [Name("Response")]
    public class Response
    {
        public extern Response(object body);
        public extern bool Ok { get; }
        public extern int Status { get; }
        public extern string StatusText { get; }
        public extern string Type { get; }
        public extern Headers Headers { get; }
        public extern Task<string> Text();
        public extern Task<ArrayBuffer> ArrayBuffer();
        public extern Task<object?> Json();
    }

    [Name("Headers")]
    public class Headers
    {
        public extern Headers();
        public extern string? Get(string name);
        public extern void Set(string name, string value);
        public extern void Append(string name, string value);
        public extern bool Has(string name);
    }

    [Name("AbortController")]
    public class AbortController
    {
        public extern AbortController();
        public extern AbortSignal Signal { get; }
        public extern void Abort();
    }

    [Name("AbortSignal")]
    public class AbortSignal : EventTarget
    {
        public extern bool Aborted { get; }
        public extern object? Reason { get; }
        /// <summary><c>AbortSignal.timeout(ms)</c>: aborts with a "TimeoutError" DOMException.</summary>
        public static extern AbortSignal Timeout(double ms);
    }

    /// <summary>A DOMException or any Error as thrown by the platform (read its name and message).</summary>
    [Name("Error")]
    public class JsError
    {
        public extern string Name { get; }
        public extern string Message { get; }

        /// <summary>What JavaScript threw before a catch block made it the .NET exception <paramref name="e"/>
        /// (fetch's TypeError, a DOMException named "AbortError"…), with its own name and message; null
        /// when C# code threw <paramref name="e"/>. (The catch block's exception has .NET's class and
        /// message: a TypeError is a NullReferenceException there.)</summary>
        [Template("({e}.$js ?? null)")]
        public static extern JsError? Thrown(System.Exception e);
    }
}
