// A frame's window as one world sees it (main world or isolated world). The event target itself
// (listener order across worlds, capture, stopImmediatePropagation) and the message ports live in
// C# (Frame.cs): both worlds of a frame share them, as they share the DOM in Chrome.
(function () {
  "use strict";
  const G = globalThis;
  const W = G.__wse;
  const H = W.H;
  G.window = G;
  G.self = G;
  G.top = G;
  G.parent = G;
  G.frames = G;

  const loc = JSON.parse(H.location());
  G.location = {
    href: loc.href, origin: loc.origin, protocol: loc.protocol, host: loc.host, hostname: loc.hostname,
    port: loc.port, pathname: loc.pathname, search: loc.search, hash: loc.hash,
    toString() { return this.href; },
  };
  Object.defineProperty(G, "origin", { value: loc.origin, enumerable: true, configurable: true, writable: false });
  G.isSecureContext = loc.protocol === "https:";
  G.document = {
    readyState: "loading",
    URL: loc.href,
    visibilityState: "visible",
    hidden: false,
    documentElement: { nodeName: "HTML" },
    head: null,
    body: null,
    addEventListener() {}, removeEventListener() {},
    createElement(n) { return { nodeName: String(n).toUpperCase(), style: {}, setAttribute() {}, appendChild() {} }; },
  };
  G.navigator = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", language: "en-US" };
  G.performance = { now() { return H.perfNow(); }, timeOrigin: H.perfOrigin() };

  // ---- Events, and EventTargets both worlds see ----
  // A platform object (window, an EventTarget, an RTCPeerConnection) has one id in C# (Frame.cs) and
  // one wrapper per world, as in Chrome: a listener added in one world hears a dispatch from the other,
  // and relatedTarget arrives as the receiving world's own wrapper.
  const wrappers = new Map();
  const ids = new WeakMap();
  class Event {
    constructor(type, init) {
      if (arguments.length < 1) throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      this.__type = String(type);
      this.__stop = false;
    }
    get type() { return this.__type; }
    get isTrusted() { return false; }
    stopImmediatePropagation() { this.__stop = true; }
    stopPropagation() {}
    preventDefault() {}
  }
  class FocusEvent extends Event {
    constructor(type, init) {
      super(type, init);
      const rt = init == null ? null : init.relatedTarget;
      if (rt != null && W.idFor(rt) < 0) throw new TypeError("Failed to construct 'FocusEvent': Failed to read the 'relatedTarget' property from 'FocusEventInit': Failed to convert value to 'EventTarget'.");
      this.__rt = rt == null ? null : rt;
    }
    get relatedTarget() { return this.__rt; }
  }
  G.Event = Event;
  G.FocusEvent = FocusEvent;

  W.wrapperFor = function (id) {
    if (!id) return null;
    let w = wrappers.get(id);
    if (!w) {
      w = Object.create(H.sharedKind(id) === "pc" && G.RTCPeerConnection ? G.RTCPeerConnection.prototype : EventTarget.prototype);
      wrappers.set(id, w);
      ids.set(w, id);
    }
    return w;
  };
  /** The shared id of a platform object this world holds (registering a connection of this world on
   *  first use); -1 for anything that is not one. */
  W.idFor = function (x) {
    if (x === null || (typeof x !== "object" && typeof x !== "function")) return -1;
    let id = ids.get(x);
    if (id) return id;
    if (x === G || (W.isLocalPc && W.isLocalPc(x))) {
      id = H.newShared(x === G ? "window" : "pc");
      wrappers.set(id, x);
      ids.set(x, id);
      return id;
    }
    return -1;
  };
  W.peekId = function (x) { return ids.get(x) || 0; };

  function capture(options) {
    if (typeof options === "boolean") return options;
    return !!(options && options.capture);
  }
  class EventTarget {
    constructor() {
      const id = H.newShared("target");
      wrappers.set(id, this);
      ids.set(this, id);
    }
    addEventListener(type, fn, options) {
      if (fn == null) return;
      if (typeof fn !== "function" && !(typeof fn === "object" && typeof fn.handleEvent === "function"))
        throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.");
      if (this === G) H.addListener(String(type), fn, capture(options), !!(options && typeof options === "object" && options.once));
      else if (ids.has(this)) H.sharedAdd(ids.get(this), String(type), fn);
      else throw new TypeError("Illegal invocation");
    }
    removeEventListener(type, fn, options) {
      if (fn == null) return;
      if (this === G) H.removeListener(String(type), fn, capture(options));
      else if (ids.has(this)) H.sharedRemove(ids.get(this), String(type), fn);
    }
    dispatchEvent(ev) {
      if (!(ev instanceof Event)) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      const rid = ev instanceof FocusEvent && ev.__rt != null ? W.idFor(ev.__rt) : 0;
      if (this === G) H.dispatchWindow(ev.type, rid);
      else if (ids.has(this)) H.sharedDispatch(ids.get(this), ev.type, rid);
      else throw new TypeError("Illegal invocation");
      return true;
    }
  }
  G.EventTarget = EventTarget;
  G.addEventListener = EventTarget.prototype.addEventListener;
  G.removeEventListener = EventTarget.prototype.removeEventListener;
  G.dispatchEvent = EventTarget.prototype.dispatchEvent;

  function makeEvent(type, relatedId) {
    const ev = Object.create(relatedId ? FocusEvent.prototype : Event.prototype);
    ev.__type = type;
    ev.__stop = false;
    ev.__rt = relatedId ? W.wrapperFor(relatedId) : null;
    return ev;
  }
  function callListener(fn, self, ev, what) {
    try {
      if (typeof fn === "function") fn.call(self, ev); else fn.handleEvent(ev);
    } catch (e) {
      H.uncaught(what + " listener threw: " + (e && e.stack ? e.stack : String(e)), e && e.name ? String(e.name) : "");
    }
  }
  /** C# → one listener of an event dispatched on a shared target; true when it stopped propagation. */
  W.sharedEvent = function (id, fn, type, relatedId) {
    const ev = makeEvent(type, relatedId);
    callListener(fn, W.wrapperFor(id), ev, type);
    return ev.__stop;
  };

  G.postMessage = function (message, targetOrigin, transfer) {
    if (targetOrigin !== null && typeof targetOrigin === "object") { transfer = targetOrigin.transfer; targetOrigin = targetOrigin.targetOrigin; }
    if (targetOrigin === undefined) targetOrigin = "/";
    const ports = [];
    if (transfer !== undefined) {
      for (const p of transfer) {
        if (!(p instanceof MessagePort)) throw new DOMException("Failed to execute 'postMessage' on 'Window': Value at index 0 does not have a transferable type.", "DataCloneError");
        if (p.__dead) throw new DOMException("Failed to execute 'postMessage' on 'Window': Port at index 0 is already neutered.", "DataCloneError");
        ports.push(p);
      }
    }
    const data = W.ser(message);
    const ids = ports.map(p => { p.__dead = true; ports2.delete(p.__id); return p.__id; });
    H.postWindowMessage(data, String(targetOrigin), ids);
  };

  let currentDispatch = -1, currentEvent = null;
  /** C# → one listener of a window event; returns true when it called stopImmediatePropagation. */
  W.windowEvent = function (dispatchId, fn, type, dataSer, origin, portIds, fromWindow, extraJson, relatedId) {
    if (dispatchId !== currentDispatch) {
      currentDispatch = dispatchId;
      const ev = makeEvent(type, relatedId);
      const fields = { type: type, bubbles: false, cancelable: false, defaultPrevented: false,
        target: G, currentTarget: G, srcElement: G, eventPhase: 2, timeStamp: H.perfNow() };
      if (type === "message") {
        fields.isTrusted = true;
        fields.data = W.de(dataSer);
        fields.origin = origin;
        fields.lastEventId = "";
        fields.source = fromWindow ? G : null;
        fields.ports = Object.freeze(portIds.map(portFor));
      }
      if (extraJson !== null) Object.assign(fields, JSON.parse(extraJson));
      for (const k of Object.keys(fields)) Object.defineProperty(ev, k, { value: fields[k], enumerable: true, writable: true, configurable: true });
      currentEvent = ev;
    }
    const ev = currentEvent;
    callListener(fn, G, ev, "window " + type);
    return ev.__stop;
  };

  if (H.kind === "isolated") {
    // This world's view of the page's connections: every read and getStats() happens in the main
    // world, which owns them; the report is rebuilt here, so its objects are this world's.
    class RTCStatsReport {
      constructor(key, entries) {
        if (key !== W) throw new TypeError("Illegal constructor");
        this.__m = new Map(entries);
      }
      get size() { return this.__m.size; }
      get(id) { return this.__m.get(id); }
      has(id) { return this.__m.has(id); }
      forEach(cb, thisArg) { this.__m.forEach((v, k) => cb.call(thisArg, v, k, this)); }
      [Symbol.iterator]() { return this.__m.entries(); }
    }
    class RTCPeerConnection extends EventTarget {
      constructor() { throw new TypeError("The fake isolated world does not construct connections."); }
      get connectionState() { return H.pcProp(ids.get(this), "connectionState"); }
      get iceConnectionState() { return H.pcProp(ids.get(this), "iceConnectionState"); }
      get signalingState() { return H.pcProp(ids.get(this), "signalingState"); }
      getStats() {
        const id = ids.get(this);
        return new Promise((resolve, reject) => H.pcGetStats(id,
          json => resolve(new RTCStatsReport(W, JSON.parse(json).map(s => [s.id, s]))),
          (message, name) => reject(new DOMException(message, name))));
      }
      close() { throw new Error("the bridge never closes a connection"); }
    }
    G.RTCStatsReport = RTCStatsReport;
    G.RTCPeerConnection = RTCPeerConnection;
  }

  // ---- MessageChannel / MessagePort ----
  const ports2 = new Map();
  class MessagePort {
    constructor(key, id) {
      if (key !== W) throw new TypeError("Illegal constructor");
      this.__id = id;
      this.__dead = false;
      this.__on = null;
      this.__ls = [];
      this.onmessageerror = null;
    }
    get onmessage() { return this.__on; }
    set onmessage(f) { this.__on = typeof f === "function" ? f : null; if (!this.__dead) H.portStart(this.__id); }
    addEventListener(type, fn) { if (type === "message" && typeof fn === "function" && !this.__ls.includes(fn)) this.__ls.push(fn); }
    removeEventListener(type, fn) { const i = this.__ls.indexOf(fn); if (i >= 0) this.__ls.splice(i, 1); }
    start() { if (!this.__dead) H.portStart(this.__id); }
    close() { if (!this.__dead) H.portClose(this.__id); }
    postMessage(message, transfer) {
      if (transfer !== undefined && transfer.length > 0) throw new DOMException("port transfer over ports is not supported by the fake", "DataCloneError");
      const data = W.ser(message); // DataCloneError is thrown synchronously, as in Chrome
      if (this.__dead) return;
      H.portPost(this.__id, data);
    }
  }
  function portFor(id) {
    let p = ports2.get(id);
    if (!p) { p = new MessagePort(W, id); ports2.set(id, p); }
    return p;
  }
  class MessageChannel {
    constructor() {
      const ids = H.newChannel();
      this.port1 = portFor(ids[0]);
      this.port2 = portFor(ids[1]);
    }
  }
  G.MessagePort = MessagePort;
  G.MessageChannel = MessageChannel;

  /** C# → a message arrived on a port this world has a wrapper for. */
  W.portDeliver = function (id, dataSer) {
    const p = ports2.get(id);
    if (!p || p.__dead) return false;
    const ev = { type: "message", data: W.de(dataSer), origin: "", lastEventId: "", source: null, ports: [], target: p, currentTarget: p, isTrusted: true };
    try {
      if (p.__on) p.__on.call(p, ev);
      for (const l of p.__ls.slice()) l.call(p, ev);
    } catch (e) {
      H.uncaught("port message listener threw: " + (e && e.stack ? e.stack : String(e)), e && e.name ? String(e.name) : "");
    }
    return true;
  };
})();
