using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Jint.Native;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>How the fake network answers one request.</summary>
    public sealed class FetchReply
    {
        public int Status = 200;
        public string StatusText = "OK";
        public string Body = "";
        public bool NetworkError;
        /// <summary>With <see cref="NetworkError"/>: fetch rejects with a DOMException of this name and
        /// message (null: Chrome's TypeError "Failed to fetch").</summary>
        public string? ErrorName, ErrorMessage;
        /// <summary>Kept pending until the test calls <see cref="FetchRequest.Respond"/>/<see cref="FetchRequest.FailNetwork"/>.</summary>
        public bool Hold;
        public double LatencyMs;

        public static FetchReply Ok(string body = "") => new() { Status = 200, StatusText = "OK", Body = body };
        public static FetchReply Accepted() => new() { Status = 202, StatusText = "Accepted" };
        public static FetchReply Http(int status, string text = "", string body = "") => new() { Status = status, StatusText = text, Body = body };
        public static FetchReply Network() => new() { NetworkError = true };
        public static FetchReply Rejected(string name, string message) => new() { NetworkError = true, ErrorName = name, ErrorMessage = message };
        public static FetchReply Held() => new() { Hold = true };
    }

    public enum FetchState { Pending, Answered, Failed, Aborted }

    /// <summary>One fetch() call as the network saw it.</summary>
    public sealed class FetchRequest
    {
        public int Id;
        public Realm Realm = null!;
        public string Method = "";
        public string Url = "";
        public List<(string Name, string Value)> Headers = new();
        public string? BodyText;
        public byte[]? BodyBytes;
        public string Cache = "", Credentials = "", Redirect = "";
        public bool HasSignal;
        public double At;
        public double? EndedAt;
        public FetchState State = FetchState.Pending;
        /// <summary>HTTP status answered (0 until answered).</summary>
        public int Status;
        internal JsValue Resolve = JsValue.Undefined, Reject = JsValue.Undefined;

        public string? Header(string name) => Headers.FirstOrDefault(h => h.Name == name.ToLowerInvariant()).Value;

        /// <summary>The body as text, gunzipped when it was sent with Content-Encoding: gzip.</summary>
        public string? Body
        {
            get
            {
                if (BodyText != null) return BodyText;
                if (BodyBytes == null) return null;
                if (Header("content-encoding") == "gzip") return Encoding.UTF8.GetString(Gunzip(BodyBytes));
                return Encoding.UTF8.GetString(BodyBytes);
            }
        }

        public static byte[] Gunzip(byte[] data)
        {
            using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }

        public void Respond(int status, string body = "", string statusText = "")
        {
            if (State != FetchState.Pending) return;
            State = FetchState.Answered;
            Status = status;
            EndedAt = Realm.Browser.Clock.Now;
            if (!Realm.Alive) return;
            JsValue res = Realm.InvokeW("mkResponse", status, statusText, body);
            Realm.Invoke(Resolve, res);
        }

        /// <summary>fetch rejects: Chrome's TypeError "Failed to fetch", or a DOMException named <paramref name="name"/>.</summary>
        public void FailNetwork(string? name = null, string? message = null)
        {
            if (State != FetchState.Pending) return;
            State = FetchState.Failed;
            EndedAt = Realm.Browser.Clock.Now;
            if (!Realm.Alive) return;
            JsValue err = name == null ? Realm.InvokeW("networkError") : Realm.InvokeW("networkError", name, message ?? "");
            Realm.Invoke(Reject, err);
        }

        public override string ToString() => $"{Method} {Url} [{State}]";
    }

    /// <summary>Every request, and the handler that answers them (default: 200 after 0 ms).</summary>
    public sealed class FetchLog
    {
        public readonly List<FetchRequest> Requests = new();
        public Func<FetchRequest, FetchReply> Handler = _ => FetchReply.Ok();
        /// <summary>Highest number of requests pending at the same time, per URL.</summary>
        public readonly Dictionary<string, int> MaxInFlightPerUrl = new();

        public IEnumerable<FetchRequest> Pending => Requests.Where(r => r.State == FetchState.Pending);

        internal void Started(FetchRequest r)
        {
            Requests.Add(r);
            int n = Requests.Count(x => x.State == FetchState.Pending && x.Url == r.Url);
            MaxInFlightPerUrl[r.Url] = Math.Max(n, MaxInFlightPerUrl.GetValueOrDefault(r.Url));
        }
    }
}
