// A scripted RTCPeerConnection for the main world: a native-looking class whose getStats() answers
// a Map-like RTCStatsReport built from recorded Chromium reports (the fixture), with counters that
// grow every call. Tests drive connectionState through __wse.rtc.
(function () {
  "use strict";
  const G = globalThis;
  const W = G.__wse;
  const H = W.H;
  // The fake browser's own built-ins, taken before any page script could patch the page's copies.
  const stringify = JSON.stringify, parse = JSON.parse, apply = Reflect.apply;
  const mapForEach = Map.prototype.forEach, then = Promise.prototype.then;
  const rtc = { all: [], getStatsCalls: 0, pending: [], mode: "immediate", fixture: [] };
  W.rtc = rtc;

  class RTCStatsReport {
    constructor(key, entries) {
      if (key !== W) throw new TypeError("Illegal constructor");
      this.__m = new Map(entries);
    }
    get size() { return this.__m.size; }
    get(id) { return this.__m.get(id); }
    has(id) { return this.__m.has(id); }
    forEach(cb, thisArg) { apply(mapForEach, this.__m, [(v, k) => apply(cb, thisArg, [v, k, this])]); }
    keys() { return this.__m.keys(); }
    values() { return this.__m.values(); }
    entries() { return this.__m.entries(); }
    [Symbol.iterator]() { return this.__m.entries(); }
  }
  G.RTCStatsReport = RTCStatsReport;

  /** The stats objects of poll number n (1-based) of connection c: counters (bytes, packets,
   *  durations...) scaled by n so they grow like a live call; tests may override c.__script. */
  function reportFor(pc) {
    pc.__polls++;
    if (typeof pc.__script === "function") return pc.__script(pc.__polls, parse(stringify(rtc.fixture)));
    const n = pc.__polls;
    return parse(stringify(rtc.fixture)).map(s => {
      for (const k of Object.keys(s)) {
        const v = s[k];
        if (typeof v === "number" && /^(bytes|packets|header|total|nack|pli|fir|frames|concealed|silent|inserted|removed|jitterBufferEmitted|jitterBufferDelay|jitterBufferTarget|jitterBufferMinimum|retransmitted|fec|keyFrames|qp|requests|responses|consent)/.test(k))
          s[k] = v * n;
      }
      return s;
    });
  }

  let seq = 0;
  /** Objects the constructor made (a platform object's brand: Object.create(prototype) is not one). */
  const realPcs = new WeakSet();
  class RTCPeerConnection {
    constructor(configuration) {
      if (new.target === undefined) throw new TypeError("Failed to construct 'RTCPeerConnection': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      if (configuration !== undefined && (configuration === null || typeof configuration !== "object"))
        throw new TypeError("Failed to construct 'RTCPeerConnection': cannot convert to dictionary.");
      Object.defineProperty(this, "__state", { value: { id: seq++, connectionState: "new", iceConnectionState: "new", signalingState: "stable", closed: false, ls: [] }, enumerable: false });
      this.__polls = 0;
      this.__script = null;
      this.onconnectionstatechange = null;
      this.__configSeen = configuration;
      rtc.all.push(this);
      realPcs.add(this);
    }
    get connectionState() { return this.__state.connectionState; }
    get iceConnectionState() { return this.__state.iceConnectionState; }
    get signalingState() { return this.__state.signalingState; }
    addEventListener(type, fn) { if (typeof fn === "function" && !this.__state.ls.some(l => l.type === type && l.fn === fn)) this.__state.ls.push({ type, fn }); }
    removeEventListener(type, fn) { const i = this.__state.ls.findIndex(l => l.type === type && l.fn === fn); if (i >= 0) this.__state.ls.splice(i, 1); }
    dispatchEvent(ev) {
      const h = this["on" + ev.type];
      if (typeof h === "function") h.call(this, ev);
      for (const l of this.__state.ls.slice()) if (l.type === ev.type) l.fn.call(this, ev);
      return true;
    }
    getStats(selector) {
      rtc.getStatsCalls++;
      if (this.__state.closed) return Promise.reject(new DOMException("The RTCPeerConnection's signalingState is 'closed'.", "InvalidStateError"));
      const entries = reportFor(this).map(s => [s.id, s]);
      const report = new RTCStatsReport(W, entries);
      if (rtc.mode === "pending") {
        return new Promise(resolve => rtc.pending.push(() => resolve(report)));
      }
      return new Promise(resolve => G.setTimeout(() => resolve(report), 0));
    }
    close() {
      const s = this.__state;
      if (s.closed) return;
      // the spec's close(): states become "closed" without firing connectionstatechange
      s.closed = true;
      s.connectionState = "closed";
      s.iceConnectionState = "closed";
      s.signalingState = "closed";
    }
    createOffer() { return Promise.resolve({ type: "offer", sdp: "v=0\r\n" }); }
    createAnswer() { return Promise.resolve({ type: "answer", sdp: "v=0\r\n" }); }
    setLocalDescription() { return Promise.resolve(); }
    setRemoteDescription() { return Promise.resolve(); }
    addIceCandidate() { return Promise.resolve(); }
    addTrack() { return {}; }
    getSenders() { return []; }
    getReceivers() { return []; }
    static generateCertificate() { return Promise.resolve({}); }
  }
  G.RTCPeerConnection = RTCPeerConnection;
  G.webkitRTCPeerConnection = RTCPeerConnection;

  /** Test driver: move a connection to a state and fire connectionstatechange (as the browser does),
   *  in this world and for the other world's listeners. */
  rtc.setState = function (pc, state) {
    pc.__state.connectionState = state;
    if (state === "closed") pc.__state.closed = true;
    pc.dispatchEvent({ type: "connectionstatechange", target: pc, currentTarget: pc });
    const id = W.peekId(pc);
    if (id) H.sharedDispatch(id, "connectionstatechange", 0);
  };

  // ---- the other world's view (page.js, Frame.cs) ----
  W.isLocalPc = x => realPcs.has(x);
  const byId = id => W.wrapperFor(id);
  W.pcProp = function (id, name) {
    const pc = byId(id);
    return pc instanceof RTCPeerConnection ? pc.__state[name] : undefined;
  };
  /** getStats() as the other world calls it: the native method, whatever the page did to the prototype. */
  W.pcGetStats = function (id, done) {
    const pc = byId(id);
    let p;
    try { p = apply(nativeGetStats, pc, []); } catch (e) { done(false, String(e && e.message), String(e && e.name)); return; }
    apply(then, p, [r => { const list = []; apply(nativeForEach, r, [v => { list[list.length] = v; }]); done(true, stringify(list), ""); },
           e => done(false, String(e && e.message), String(e && e.name))]);
  };
  const nativeGetStats = RTCPeerConnection.prototype.getStats;
  const nativeForEach = RTCStatsReport.prototype.forEach;
  rtc.releaseStats = function () {
    const p = rtc.pending.splice(0);
    for (const r of p) r();
    return p.length;
  };
})();
