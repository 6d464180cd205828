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

  // ---- window as an EventTarget shared by both worlds ----
  function capture(options) {
    if (typeof options === "boolean") return options;
    return !!(options && options.capture);
  }
  G.addEventListener = function (type, fn, options) {
    if (fn == null) return;
    if (typeof fn !== "function" && !(typeof fn === "object" && typeof fn.handleEvent === "function"))
      throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.");
    H.addListener(String(type), fn, capture(options), !!(options && typeof options === "object" && options.once));
  };
  G.removeEventListener = function (type, fn, options) {
    if (fn == null) return;
    H.removeListener(String(type), fn, capture(options));
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
  W.windowEvent = function (dispatchId, fn, type, dataSer, origin, portIds, fromWindow, extraJson) {
    if (dispatchId !== currentDispatch) {
      currentDispatch = dispatchId;
      let stopped = false;
      const ev = {
        type: type, isTrusted: true, bubbles: false, cancelable: false, defaultPrevented: false,
        target: G, currentTarget: G, srcElement: G, eventPhase: 2, timeStamp: H.perfNow(),
        stopImmediatePropagation() { stopped = true; },
        stopPropagation() {},
        preventDefault() {},
        get __stopped() { return stopped; },
      };
      if (type === "message") {
        ev.data = W.de(dataSer);
        ev.origin = origin;
        ev.lastEventId = "";
        ev.source = fromWindow ? G : null;
        ev.ports = Object.freeze(portIds.map(portFor));
      }
      if (extraJson !== null) Object.assign(ev, JSON.parse(extraJson));
      currentEvent = ev;
    }
    const ev = currentEvent;
    try {
      if (typeof fn === "function") fn.call(G, ev); else fn.handleEvent(ev);
    } catch (e) {
      H.uncaught("window " + type + " listener threw: " + (e && e.stack ? e.stack : String(e)), e && e.name ? String(e.name) : "");
    }
    return ev.__stopped;
  };

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
