using System;
using System.Collections.Generic;
using System.Linq;
using Jint;
using Jint.Native;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>One document in a tab: its main world (page scripts + override.js) and isolated
    /// world (content.js) share the window's event listeners and the message ports, as in Chrome.</summary>
    public sealed class Frame
    {
        public readonly Browser Browser;
        public readonly int TabId;
        public readonly int FrameId;
        public readonly string Url;
        public readonly string Origin;
        public Realm Main = null!;
        public Realm Isolated = null!;
        public bool Alive = true;

        private sealed class Listener
        {
            public Realm Realm = null!;
            public string Type = "";
            public JsValue Fn = JsValue.Undefined;
            public bool Capture;
            public bool Once;
            public bool Removed;
        }
        private readonly List<Listener> listeners = new();
        private int dispatchSeq;

        public Frame(Browser b, int tabId, int frameId, string url)
        {
            Browser = b;
            TabId = tabId;
            FrameId = frameId;
            Url = url;
            Origin = OriginOf(url);
        }

        public static string OriginOf(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? u) || (u.Scheme != "http" && u.Scheme != "https")) return "null";
            return u.GetLeftPart(UriPartial.Authority);
        }

        public IEnumerable<Realm> Realms => new[] { Main, Isolated }.Where(r => r != null && r.Alive);

        public int ListenerCount(string type) => listeners.Count(l => l.Type == type && !l.Removed);

        internal void AddListener(Realm r, string type, JsValue fn, bool capture, bool once)
        {
            if (listeners.Any(l => !l.Removed && l.Realm == r && l.Type == type && ReferenceEquals(l.Fn, fn) && l.Capture == capture)) return;
            listeners.Add(new Listener { Realm = r, Type = type, Fn = fn, Capture = capture, Once = once });
        }

        internal void RemoveListener(Realm r, string type, JsValue fn, bool capture)
        {
            foreach (Listener l in listeners)
                if (!l.Removed && l.Realm == r && l.Type == type && ReferenceEquals(l.Fn, fn) && l.Capture == capture) l.Removed = true;
            listeners.RemoveAll(l => l.Removed);
        }

        /// <summary>Dispatches an event on window now: capture listeners first, then the others, each in
        /// its own world, microtasks after each; stops at stopImmediatePropagation.</summary>
        internal void Dispatch(string type, string? dataSer, string origin, int[] portIds, bool fromWindow, string? extraJson, int relatedId = 0)
        {
            if (!Alive) return;
            int id = ++dispatchSeq;
            var order = listeners.Where(l => l.Type == type && l.Capture).Concat(listeners.Where(l => l.Type == type && !l.Capture)).ToList();
            foreach (Listener l in order)
            {
                if (l.Removed || !l.Realm.Alive) continue;
                if (l.Once) { l.Removed = true; }
                JsValue ports = new JsArray(l.Realm.Engine, portIds.Select(p => (JsValue)p).ToArray());
                JsValue stopped = l.Realm.InvokeW("windowEvent", id, l.Fn, type, dataSer == null ? JsValue.Null : dataSer, origin, ports, fromWindow, extraJson == null ? JsValue.Null : extraJson, relatedId);
                if (stopped.IsBoolean() && stopped.AsBoolean()) break;
            }
            listeners.RemoveAll(x => x.Removed);
        }

        // ---- platform objects both worlds see (EventTarget, RTCPeerConnection): one id, one wrapper per world ----

        private sealed class SharedObject
        {
            public string Kind = "";
            public Realm Owner = null!;
            public readonly List<Listener> Listeners = new();
        }
        private readonly Dictionary<int, SharedObject> shared = new();
        private static int sharedSeq;
        /// <summary>Events dispatched on shared targets (for tests).</summary>
        public int SharedDispatches;

        internal int NewShared(Realm owner, string kind)
        {
            int id = System.Threading.Interlocked.Increment(ref sharedSeq);
            shared[id] = new SharedObject { Kind = kind, Owner = owner };
            return id;
        }

        internal string SharedKind(int id) => shared.TryGetValue(id, out var o) ? o.Kind : "";

        internal Realm? SharedOwner(int id) => shared.TryGetValue(id, out var o) ? o.Owner : null;

        internal void SharedAddListener(Realm r, int id, string type, JsValue fn)
        {
            if (!shared.TryGetValue(id, out var o)) return;
            if (o.Listeners.Any(l => !l.Removed && l.Realm == r && l.Type == type && ReferenceEquals(l.Fn, fn))) return;
            o.Listeners.Add(new Listener { Realm = r, Type = type, Fn = fn });
        }

        internal void SharedRemoveListener(Realm r, int id, string type, JsValue fn)
        {
            if (!shared.TryGetValue(id, out var o)) return;
            foreach (Listener l in o.Listeners) if (l.Realm == r && l.Type == type && ReferenceEquals(l.Fn, fn)) l.Removed = true;
            o.Listeners.RemoveAll(l => l.Removed);
        }

        /// <summary>dispatchEvent on a shared target: synchronous, each listener in its own world.</summary>
        internal void SharedDispatch(int id, string type, int relatedId)
        {
            if (!Alive || !shared.TryGetValue(id, out var o)) return;
            SharedDispatches++;
            foreach (Listener l in o.Listeners.Where(l => l.Type == type).ToList())
            {
                if (l.Removed || !l.Realm.Alive) continue;
                JsValue stopped = l.Realm.InvokeW("sharedEvent", id, l.Fn, type, relatedId);
                if (stopped.IsBoolean() && stopped.AsBoolean()) break;
            }
        }

        /// <summary>window.postMessage from one of this frame's worlds: queued as a task.</summary>
        internal void PostWindowMessage(Realm from, string dataSer, string targetOrigin, int[] oldPortIds)
        {
            int[] newIds = oldPortIds.Select(Browser.Ports.Transfer).ToArray();
            if (targetOrigin != "*")
            {
                string want = targetOrigin == "/" ? Origin : OriginOf(targetOrigin);
                if (want != Origin) return; // silently dropped, as in browsers
            }
            Browser.Clock.Schedule(from, 0, () => Dispatch("message", dataSer, Origin, newIds, true, null));
        }

        /// <summary>The renderer crashed: no pagehide, nothing more from this frame.</summary>
        public void Crash()
        {
            Alive = false;
            foreach (Realm r in Realms.ToList()) r.Kill();
            Browser.Ports.CloseFrame(this);
        }

        /// <summary>Navigation away / tab close: pagehide, then both worlds die.</summary>
        public void Unload()
        {
            if (!Alive) return;
            Dispatch("pagehide", null, Origin, Array.Empty<int>(), false, "{\"persisted\":false}");
            Alive = false;
            foreach (Realm r in Realms.ToList()) r.Kill();
            Browser.Ports.CloseFrame(this);
        }
    }

    /// <summary>Entangled message ports. Each world of the frame has its own wrapper for a port id.</summary>
    public sealed class Ports
    {
        private sealed class Port
        {
            public int Id;
            public int Peer;
            public Frame Frame = null!;
            public bool Started;
            /// <summary>Closed on this side (close() here, or the peer closed): no new messages from it.</summary>
            public bool Closed;
            /// <summary>close() was called on this very port: it receives nothing more.</summary>
            public bool ClosedHere;
            public List<string> Queue = new();
        }
        private readonly Browser browser;
        private readonly Dictionary<int, Port> ports = new();
        private int seq;
        public int Delivered;

        public Ports(Browser b) { browser = b; }

        public int[] NewChannel(Frame f)
        {
            var a = new Port { Id = ++seq, Frame = f };
            var b = new Port { Id = ++seq, Frame = f };
            a.Peer = b.Id;
            b.Peer = a.Id;
            ports[a.Id] = a;
            ports[b.Id] = b;
            return new[] { a.Id, b.Id };
        }

        /// <summary>A transferred port becomes a new port (the old wrapper is neutered).</summary>
        public int Transfer(int oldId)
        {
            if (!ports.TryGetValue(oldId, out Port? old)) return -1;
            var p = new Port { Id = ++seq, Peer = old.Peer, Frame = old.Frame, Closed = old.Closed, Queue = old.Queue };
            ports.Remove(oldId);
            ports[p.Id] = p;
            if (ports.TryGetValue(p.Peer, out Port? peer)) peer.Peer = p.Id;
            return p.Id;
        }

        public void Start(int id)
        {
            if (!ports.TryGetValue(id, out Port? p) || p.Started) return;
            p.Started = true;
            var q = p.Queue.ToList();
            p.Queue.Clear();
            foreach (string m in q) browser.Clock.Schedule(null, 0, () => Deliver(p, m));
        }

        public void Close(int id)
        {
            if (!ports.TryGetValue(id, out Port? p)) return;
            p.Closed = true;
            p.ClosedHere = true;
            // the peer can no longer send, but messages already sent to it are still delivered (as in Chrome)
            if (ports.TryGetValue(p.Peer, out Port? peer)) peer.Closed = true;
        }

        public void Post(Realm from, int id, string data)
        {
            if (!ports.TryGetValue(id, out Port? p) || p.Closed) return;
            int peerId = p.Peer;
            browser.Clock.Schedule(null, 0, () =>
            {
                if (!ports.TryGetValue(peerId, out Port? peer) || peer.ClosedHere) return;
                if (!peer.Started) { peer.Queue.Add(data); return; }
                Deliver(peer, data);
            });
        }

        private void Deliver(Port p, string data)
        {
            if (p.ClosedHere || !p.Frame.Alive) return;
            Delivered++;
            foreach (Realm r in p.Frame.Realms.ToList()) r.InvokeW("portDeliver", p.Id, data);
        }

        public void CloseFrame(Frame f)
        {
            foreach (Port p in ports.Values) if (p.Frame == f) { p.Closed = true; p.ClosedHere = true; }
        }
    }
}
