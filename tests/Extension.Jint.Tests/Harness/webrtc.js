// A scripted RTCPeerConnection for the main world: a native-looking class whose getStats() answers
// a Map-like RTCStatsReport built from recorded Chromium reports (the fixture), with counters that
// grow every call. Tests drive connectionState through __wse.rtc.
(function () {
  "use strict";
  const G = globalThis;
  const W = G.__wse;
  const H = W.H;
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
    forEach(cb, thisArg) { this.__m.forEach((v, k) => cb.call(thisArg, v, k, this)); }
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
    if (typeof pc.__script === "function") return pc.__script(pc.__polls, JSON.parse(JSON.stringify(rtc.fixture)));
    const n = pc.__polls;
    return JSON.parse(JSON.stringify(rtc.fixture)).map(s => {
      for (const k of Object.keys(s)) {
        const v = s[k];
        if (typeof v === "number" && /^(bytes|packets|header|total|nack|pli|fir|frames|concealed|silent|inserted|removed|jitterBufferEmitted|jitterBufferDelay|jitterBufferTarget|jitterBufferMinimum|retransmitted|fec|keyFrames|qp|requests|responses|consent)/.test(k))
          s[k] = v * n;
      }
      return s;
    });
  }

  let seq = 0;
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

  /** Test driver: move a connection to a state and fire connectionstatechange (as the browser does). */
  rtc.setState = function (pc, state) {
    pc.__state.connectionState = state;
    if (state === "closed") pc.__state.closed = true;
    pc.dispatchEvent({ type: "connectionstatechange", target: pc, currentTarget: pc });
  };
  rtc.releaseStats = function () {
    const p = rtc.pending.splice(0);
    for (const r of p) r();
    return p.length;
  };
})();
