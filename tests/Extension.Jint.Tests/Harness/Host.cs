using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Runtime;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>The C# side of the fakes: the `H` object prelude.js/chrome.js/page.js call.</summary>
    internal static class Host
    {
        private static JsValue Arg(JsValue[] a, int i) => i < a.Length ? a[i] : JsValue.Undefined;
        private static string Str(JsValue[] a, int i) => TypeConverter.ToString(Arg(a, i));

        private static byte[] Bytes(JsValue v)
        {
            if (v.IsNull() || v.IsUndefined()) return Array.Empty<byte>();
            if (v is JsTypedArray ta)
            {
                var b = new byte[(int)ta.Length];
                for (int i = 0; i < b.Length; i++) b[i] = (byte)TypeConverter.ToNumber(ta[i]);
                return b;
            }
            throw new InvalidOperationException("expected a Uint8Array");
        }

        private static JsValue ByteArray(Engine e, byte[] bytes) => new JsArray(e, bytes.Select(b => (JsValue)(int)b).ToArray());

        public static void Install(Realm realm, JsObject h)
        {
            Engine e = realm.Engine;
            Browser b = realm.Browser;
            void F(string name, Func<JsValue[], JsValue> body) => h.Set(name, realm.Fn(name, (t, a) => body(a)));

            h.Set("kind", realm.Kind);
            h.Set("hasFetch", true);
            h.Set("extensionId", Browser.ExtensionId);

            F("console", a => { realm.Console.Add($"{Str(a, 0)}: {Str(a, 1)}"); return JsValue.Undefined; });
            F("uncaught", a => { realm.Errors.Add($"[{realm.Name}] {Str(a, 0)}"); return JsValue.Undefined; });
            F("utf8", a => ByteArray(e, Encoding.UTF8.GetBytes(Str(a, 0))));
            F("utf8decode", a => Encoding.UTF8.GetString(Bytes(Arg(a, 0))));
            F("compress", a =>
            {
                string format = Str(a, 0);
                byte[] input = Bytes(Arg(a, 1));
                using var ms = new MemoryStream();
                using (Stream z = format == "gzip" ? new GZipStream(ms, CompressionLevel.Optimal, true)
                                 : format == "deflate" ? new ZLibStream(ms, CompressionLevel.Optimal, true)
                                 : new DeflateStream(ms, CompressionLevel.Optimal, true))
                    z.Write(input, 0, input.Length);
                b.CompressionCalls++;
                return ByteArray(e, ms.ToArray());
            });
            F("perfNow", a => b.Clock.Now - 1_727_000_000_000 + 12.5);
            F("perfOrigin", a => 1_727_000_000_000 - 12.5);
            F("listening", a => { realm.Listening[Str(a, 0)] = (int)TypeConverter.ToNumber(Arg(a, 1)); return JsValue.Undefined; });
            F("invalidated", a => b.ContextInvalidated && realm.Kind != "worker");
            F("manifest", a => "{\"manifest_version\":3,\"name\":\"WebRTC Stats Exporter\",\"version\":\"0.1.0\"}");

            // ---- fetch ----
            F("fetch", a =>
            {
                var r = new FetchRequest
                {
                    Id = b.Fetch.Requests.Count + 1, Realm = realm, Url = Str(a, 0), Method = Str(a, 1), At = b.Clock.Now,
                    BodyText = Arg(a, 3).IsString() ? Arg(a, 3).AsString() : null,
                    BodyBytes = Arg(a, 4).IsNull() ? null : Bytes(Arg(a, 4)),
                    Cache = Str(a, 5), Credentials = Str(a, 6), Redirect = Str(a, 7), HasSignal = TypeConverter.ToBoolean(Arg(a, 8)),
                    Resolve = Arg(a, 9), Reject = Arg(a, 10),
                };
                foreach (JsValue pair in Arg(a, 2).AsArray())
                {
                    var p = pair.AsArray();
                    r.Headers.Add((TypeConverter.ToString(p[0]), TypeConverter.ToString(p[1])));
                }
                string own = $"chrome-extension://{Browser.ExtensionId}/";
                if (r.Url.StartsWith(own))
                {
                    // the package's own file: not the network (never in b.Fetch)
                    string name = r.Url.Substring(own.Length);
                    b.PackageFilesRead.Add(name);
                    string? text = b.PackageFile(name);
                    b.Clock.Schedule(null, 0, () => { if (text == null) r.Respond(404, "", "Not Found"); else r.Respond(200, text, "OK"); });
                    return 0;
                }
                b.Fetch.Started(r);
                FetchReply reply = b.Fetch.Handler(r);
                if (!reply.Hold)
                {
                    b.Clock.Schedule(null, reply.LatencyMs, () =>
                    {
                        if (reply.NetworkError) r.FailNetwork(reply.ErrorName, reply.ErrorMessage);
                        else r.Respond(reply.Status, reply.Body, reply.StatusText);
                    });
                }
                return r.Id;
            });
            F("fetchAbort", a =>
            {
                int id = (int)TypeConverter.ToNumber(Arg(a, 0));
                FetchRequest r = b.Fetch.Requests[id - 1];
                if (r.State != FetchState.Pending) return false;
                r.State = FetchState.Aborted;
                r.EndedAt = b.Clock.Now;
                return true;
            });

            // ---- chrome.* operations: { error, json } ----
            F("op", a =>
            {
                string name = Str(a, 0);
                JsonArray args = JsonNode.Parse(Str(a, 1))!.AsArray();
                string? error = null, json = null;
                try { json = Op(realm, name, args, out error); }
                catch (Exception ex) when (ex is not JavaScriptException) { error = ex.Message; }
                var res = new JsObject(e);
                res.Set("error", error == null ? JsValue.Null : error);
                res.Set("json", json == null ? JsValue.Null : json);
                return res;
            });
            F("sendMessage", a => { b.SendMessage(realm, Str(a, 0), Arg(a, 1)); return JsValue.Undefined; });

            // ---- frames ----
            if (realm.Frame != null)
            {
                Frame f = realm.Frame;
                F("location", a =>
                {
                    var u = new Uri(f.Url);
                    return new JsonObject
                    {
                        ["href"] = f.Url, ["origin"] = f.Origin, ["protocol"] = u.Scheme + ":", ["host"] = u.IsDefaultPort ? u.Host : u.Host + ":" + u.Port,
                        ["hostname"] = u.Host, ["port"] = u.IsDefaultPort ? "" : u.Port.ToString(), ["pathname"] = u.AbsolutePath, ["search"] = u.Query, ["hash"] = u.Fragment,
                    }.ToJsonString();
                });
                F("addListener", a => { f.AddListener(realm, Str(a, 0), Arg(a, 1), TypeConverter.ToBoolean(Arg(a, 2)), TypeConverter.ToBoolean(Arg(a, 3))); return JsValue.Undefined; });
                F("removeListener", a => { f.RemoveListener(realm, Str(a, 0), Arg(a, 1), TypeConverter.ToBoolean(Arg(a, 2))); return JsValue.Undefined; });
                F("postWindowMessage", a =>
                {
                    int[] ids = Arg(a, 2).AsArray().Select(x => (int)TypeConverter.ToNumber(x)).ToArray();
                    f.PostWindowMessage(realm, Str(a, 0), Str(a, 1), ids);
                    return JsValue.Undefined;
                });
                F("dispatchWindow", a => { f.Dispatch(Str(a, 0), null, f.Origin, Array.Empty<int>(), false, null, (int)TypeConverter.ToNumber(Arg(a, 1))); return JsValue.Undefined; });
                F("newShared", a => f.NewShared(realm, Str(a, 0)));
                F("sharedKind", a => f.SharedKind((int)TypeConverter.ToNumber(Arg(a, 0))));
                F("sharedAdd", a => { f.SharedAddListener(realm, (int)TypeConverter.ToNumber(Arg(a, 0)), Str(a, 1), Arg(a, 2)); return JsValue.Undefined; });
                F("sharedRemove", a => { f.SharedRemoveListener(realm, (int)TypeConverter.ToNumber(Arg(a, 0)), Str(a, 1), Arg(a, 2)); return JsValue.Undefined; });
                F("sharedDispatch", a => { f.SharedDispatch((int)TypeConverter.ToNumber(Arg(a, 0)), Str(a, 1), (int)TypeConverter.ToNumber(Arg(a, 2))); return JsValue.Undefined; });
                // Another world's view of a connection: properties read from, and getStats run in, the world that owns it.
                F("pcProp", a =>
                {
                    Realm? owner = f.SharedOwner((int)TypeConverter.ToNumber(Arg(a, 0)));
                    if (owner == null || !owner.Alive) return JsValue.Undefined;
                    JsValue v = owner.InvokeW("pcProp", Arg(a, 0), Str(a, 1));
                    return v.IsString() ? (JsValue)v.AsString() : JsValue.Undefined;
                });
                F("pcGetStats", a =>
                {
                    Realm? owner = f.SharedOwner((int)TypeConverter.ToNumber(Arg(a, 0)));
                    JsValue resolve = Arg(a, 1), reject = Arg(a, 2);
                    if (owner == null || !owner.Alive) { realm.Invoke(reject, "The RTCPeerConnection is gone.", "InvalidStateError"); return JsValue.Undefined; }
                    owner.InvokeW("pcGetStats", Arg(a, 0), owner.Fn("statsDone", (t, r) =>
                    {
                        bool ok = TypeConverter.ToBoolean(Arg(r, 0));
                        string text = Str(r, 1), name = Str(r, 2);
                        b.Clock.Schedule(realm, 0, () =>
                        {
                            if (ok) realm.Invoke(resolve, text);
                            else realm.Invoke(reject, text, name);
                        });
                        return JsValue.Undefined;
                    }));
                    return JsValue.Undefined;
                });
                F("newChannel", a => new JsArray(e, b.Ports.NewChannel(f).Select(x => (JsValue)x).ToArray()));
                F("portStart", a => { b.Ports.Start((int)TypeConverter.ToNumber(Arg(a, 0))); return JsValue.Undefined; });
                F("portClose", a => { b.Ports.Close((int)TypeConverter.ToNumber(Arg(a, 0))); return JsValue.Undefined; });
                F("portPost", a => { b.Ports.Post(realm, (int)TypeConverter.ToNumber(Arg(a, 0)), Str(a, 1)); return JsValue.Undefined; });
            }
        }

        private static IEnumerable<string> KeyList(JsonNode? n)
            => n is JsonArray arr ? arr.Select(x => x?.ToString() ?? "null") : new[] { n?.ToString() ?? "null" };

        private static string? Op(Realm realm, string name, JsonArray args, out string? error)
        {
            Browser b = realm.Browser;
            error = null;
            if (b.ContextInvalidated && realm.Kind != "worker") { error = "Extension context invalidated."; return null; }
            if (name.StartsWith("storage."))
            {
                string area = args[0]!.ToString();
                if (area == "session" && realm.Kind != "worker") { error = "Access to storage is not allowed from this context."; return null; }
                if (area == "managed" && name != "storage.get" && name != "storage.bytes") { error = "This is a read-only store."; return null; }
                switch (name)
                {
                    case "storage.get": return b.StorageGet(area, args[1]);
                    case "storage.set":
                        if (area == "sync")
                            foreach (var kv in args[1]!.AsObject())
                                if (kv.Key.Length + (kv.Value?.ToJsonString().Length ?? 4) > 8192) { error = "QUOTA_BYTES_PER_ITEM quota exceeded"; return null; }
                        if (area == "session" && b.SessionQuotaExceeded) { error = "Session storage quota bytes exceeded. Values were not stored."; return null; }
                        b.StorageSet(area, args[1]!.AsObject()); return null;
                    case "storage.remove": b.StorageRemove(area, KeyList(args[1])); return null;
                    case "storage.clear": b.StorageRemove(area, b.Storage[area].Keys.ToList()); return null;
                    case "storage.bytes": return b.Storage[area].Sum(kv => kv.Key.Length + kv.Value.Length).ToString();
                    case "storage.access": return null;
                }
            }
            switch (name)
            {
                case "tabs.get":
                {
                    int id = args[0]!.GetValue<int>();
                    if (!b.Tabs.TryGetValue(id, out TabInfo? t)) { error = $"No tab with id: {id}."; return null; }
                    return t.ToJson().ToJsonString();
                }
                case "tabs.query":
                {
                    JsonObject q = args[0]!.AsObject();
                    var list = b.Tabs.Values.Where(t => q["active"] == null || t.Active == q["active"]!.GetValue<bool>())
                                            .Where(t => q["url"] == null || t.Url == q["url"]!.ToString());
                    return new JsonArray(list.Select(t => (JsonNode)t.ToJson()).ToArray()).ToJsonString();
                }
                case "alarms.create": b.AlarmCreate(args[0]!.ToString(), args[1]!.AsObject()); return null;
                case "alarms.get": return b.Alarms.TryGetValue(args[0]!.ToString(), out AlarmInfo? al) ? al.ToJson().ToJsonString() : null;
                case "alarms.getAll": return new JsonArray(b.Alarms.Values.Select(x => (JsonNode)x.ToJson()).ToArray()).ToJsonString();
                case "alarms.clear": return b.AlarmClear(args[0]!.ToString()) ? "true" : "false";
                case "alarms.clearAll": foreach (string n in b.Alarms.Keys.ToList()) b.AlarmClear(n); return "true";
                case "action.setBadgeText":
                case "action.setBadgeBackgroundColor":
                case "action.setBadgeTextColor":
                case "action.setTitle":
                    error = b.Action(name.Substring(7), args[0]!.AsObject()); return null;
                case "action.getBadgeText":
                    return JsonValue.Create(b.Badge(args[0]!["tabId"]?.GetValue<int>() ?? -1))!.ToJsonString();
                case "permissions.contains":
                {
                    var origins = args[0]!["origins"]?.AsArray().Select(x => x!.ToString()) ?? Array.Empty<string>();
                    var perms = args[0]!["permissions"]?.AsArray().Select(x => x!.ToString()) ?? Array.Empty<string>();
                    bool ok = origins.All(o => b.GrantedOrigins.Any(g => g == o || Browser.Matches(g, o.TrimEnd('*').TrimEnd('/'))))
                              && perms.All(p => b.Permissions.Contains(p));
                    return ok ? "true" : "false";
                }
                case "permissions.getAll":
                    return new JsonObject { ["permissions"] = new JsonArray(b.Permissions.Select(p => (JsonNode)p!).ToArray()), ["origins"] = new JsonArray(b.GrantedOrigins.Select(p => (JsonNode)p!).ToArray()) }.ToJsonString();
                case "permissions.request":
                    if (!b.UserGesture) { error = "This function must be called during a user gesture"; return null; }
                    foreach (var o in args[0]!["origins"]?.AsArray() ?? new JsonArray()) if (!b.GrantedOrigins.Contains(o!.ToString())) b.GrantedOrigins.Add(o!.ToString());
                    return "true";
                case "permissions.remove":
                    foreach (var o in args[0]!["origins"]?.AsArray() ?? new JsonArray()) b.GrantedOrigins.Remove(o!.ToString());
                    return "true";
                case "scripting.register":
                    foreach (var s in args[0]!.AsArray())
                    {
                        string id = s!["id"]!.ToString();
                        if (b.RegisteredScripts.Any(x => x["id"]!.ToString() == id)) { error = $"Duplicate script ID '{id}'"; return null; }
                        b.RegisteredScripts.Add(s.DeepClone());
                    }
                    return null;
                case "scripting.getRegistered": return new JsonArray(b.RegisteredScripts.Select(x => x.DeepClone()).ToArray()).ToJsonString();
                case "scripting.unregister": b.RegisteredScripts.Clear(); return null;
                case "scripting.executeScript": error = "Cannot access contents of the page. Extension manifest must request permission to access the respective host."; return null;
            }
            error = "fake chrome: unsupported operation " + name;
            return null;
        }
    }
}
