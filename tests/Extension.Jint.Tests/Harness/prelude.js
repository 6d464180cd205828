// Host globals shared by every realm (worker, isolated world, main world), in the shape the real
// browser gives them. Everything talks to C# through `H` (ClrFunctions installed by Realm.cs), which
// this file takes off the global object. Test-only hooks live on `__wse` (not touched by the bundles).
(function () {
  "use strict";
  const G = globalThis;
  const H = G.__h;
  delete G.__h;
  const W = {};
  Object.defineProperty(G, "__wse", { value: W, enumerable: false, configurable: false, writable: false });
  W.H = H;

  // ---- DOMException (Error-like, with a name) ----
  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? "" : String(message));
      Object.defineProperty(this, "name", { value: name === undefined ? "Error" : String(name), writable: true, configurable: true });
    }
  }
  G.DOMException = DOMException;
  W.DOMException = DOMException;

  // ---- structured clone (what postMessage does): keeps NaN/±Infinity/undefined, refuses functions ----
  W.ser = function (v) {
    return JSON.stringify({ v: v }, function (k, x) {
      if (typeof x === "function" || typeof x === "symbol") throw new DOMException("Failed to execute 'postMessage': " + String(typeof x) + " could not be cloned.", "DataCloneError");
      if (typeof x === "number" && !isFinite(x)) return { $wse_num: String(x) };
      if (x === undefined) return { $wse_undef: 1 };
      if (x instanceof Map) return { $wse_map: Array.from(x.entries()) };
      return x;
    });
  };
  W.de = function (s) {
    return JSON.parse(s, function (k, x) {
      if (x !== null && typeof x === "object" && !Array.isArray(x)) {
        if ("$wse_num" in x) return Number(x.$wse_num);
        if ("$wse_undef" in x) return undefined;
        if ("$wse_map" in x) return new Map(x.$wse_map);
      }
      return x;
    }).v;
  };

  // ---- console: captured ----
  const con = {};
  for (const level of ["log", "info", "warn", "error", "debug", "trace"]) {
    con[level] = function (...args) {
      H.console(level, args.map(a => {
        if (typeof a === "string") return a;
        if (a instanceof Error) return a.name + ": " + a.message;
        try { return JSON.stringify(a); } catch (e) { return String(a); }
      }).join(" "));
    };
  }
  G.console = con;

  // ---- TextEncoder / TextDecoder / btoa / atob ----
  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(s) { return new Uint8Array(H.utf8(s === undefined ? "" : String(s))); }
  }
  class TextDecoder {
    get encoding() { return "utf-8"; }
    decode(b) {
      if (b === undefined) return "";
      const u8 = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      return H.utf8decode(u8);
    }
  }
  G.TextEncoder = TextEncoder;
  G.TextDecoder = TextDecoder;
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  G.btoa = function (s) {
    s = String(s);
    let out = "";
    for (let i = 0; i < s.length; i += 3) {
      const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) throw new DOMException("Failed to execute 'btoa' on 'Window': The string to be encoded contains characters outside of the Latin1 range.", "InvalidCharacterError");
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < s.length ? B64[n & 63] : "=");
    }
    return out;
  };
  G.atob = function (s) {
    s = String(s).replace(/[\t\n\f\r ]/g, "");
    if (s.length % 4 === 0) s = s.replace(/==?$/, "");
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new DOMException("Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.", "InvalidCharacterError");
    let out = "", bits = 0, acc = 0;
    for (const ch of s) {
      acc = (acc << 6) | B64.indexOf(ch); bits += 6;
      if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 255); }
    }
    return out;
  };

  // ---- Headers ----
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  function checkHeader(name, value) {
    if (!TOKEN.test(name)) throw new TypeError("Failed to execute 'set' on 'Headers': Invalid name");
    if (/[\0\r\n]/.test(value)) throw new TypeError("Failed to execute 'set' on 'Headers': Invalid value");
  }
  class Headers {
    constructor(init) {
      this.__m = new Map();
      if (init instanceof Headers) init.forEach((v, k) => this.append(k, v));
      else if (Array.isArray(init)) for (const [k, v] of init) this.append(k, v);
      else if (init != null) for (const k of Object.keys(init)) this.append(k, init[k]);
    }
    append(name, value) {
      name = String(name); value = String(value).trim(); checkHeader(name, value);
      const k = name.toLowerCase();
      this.__m.set(k, this.__m.has(k) ? this.__m.get(k) + ", " + value : value);
    }
    set(name, value) { name = String(name); value = String(value).trim(); checkHeader(name, value); this.__m.set(name.toLowerCase(), value); }
    get(name) { const v = this.__m.get(String(name).toLowerCase()); return v === undefined ? null : v; }
    has(name) { return this.__m.has(String(name).toLowerCase()); }
    delete(name) { this.__m.delete(String(name).toLowerCase()); }
    forEach(cb, thisArg) { for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this); }
    *entries() { for (const k of Array.from(this.__m.keys()).sort()) yield [k, this.__m.get(k)]; }
    keys() { return Array.from(this.entries(), e => e[0])[Symbol.iterator](); }
    values() { return Array.from(this.entries(), e => e[1])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
  }
  G.Headers = Headers;

  // ---- bytes helpers ----
  function toBytes(part) {
    if (typeof part === "string") return new Uint8Array(H.utf8(part));
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    if (part instanceof Blob) return part.__bytes;
    return new Uint8Array(H.utf8(String(part)));
  }
  function concat(list) {
    let n = 0;
    for (const b of list) n += b.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const b of list) { out.set(b, o); o += b.length; }
    return out;
  }

  // ---- streams: just the surface a Blob → CompressionStream → Response pipeline uses ----
  class ReadableStream {
    constructor(source) {
      // source: () => Promise<Uint8Array> (test-internal); a real underlying source object is not supported
      if (typeof source !== "function") throw new TypeError("ReadableStream: only internal sources are supported by the fake");
      this.__pull = source;
      this.__locked = false;
    }
    get locked() { return this.__locked; }
    __take() {
      if (this.__locked) return Promise.reject(new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': Cannot pipe a locked stream"));
      this.__locked = true;
      return this.__pull();
    }
    pipeThrough(transform, options) {
      if (this.__locked) throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': Cannot pipe a locked stream");
      if (transform == null || !(transform.writable instanceof WritableStream) || !(transform.readable instanceof ReadableStream))
        throw new TypeError("Failed to execute 'pipeThrough' on 'ReadableStream': Failed to read the 'readable' property from 'ReadableWritablePair'");
      transform.writable.__feed(this.__take());
      return transform.readable;
    }
  }
  class WritableStream {
    constructor(sink) {
      if (typeof sink !== "function") throw new TypeError("WritableStream: only internal sinks are supported by the fake");
      this.__sink = sink;
      this.__locked = false;
    }
    get locked() { return this.__locked; }
    __feed(bytesPromise) { this.__locked = true; this.__sink(bytesPromise); }
  }
  G.ReadableStream = ReadableStream;
  G.WritableStream = WritableStream;

  class CompressionStream {
    constructor(format) {
      format = String(format);
      if (format !== "gzip" && format !== "deflate" && format !== "deflate-raw")
        throw new TypeError("Failed to construct 'CompressionStream': Unsupported compression format: '" + format + "'");
      let fed;
      const input = new Promise(r => { fed = r; });
      this.writable = new WritableStream(p => fed(p));
      this.readable = new ReadableStream(() => input.then(p => p).then(bytes => new Uint8Array(H.compress(format, bytes))));
      W.compressionStreams = (W.compressionStreams || 0) + 1;
    }
  }
  G.CompressionStream = CompressionStream;

  class Blob {
    constructor(parts, options) {
      const list = [];
      if (parts !== undefined) {
        if (parts == null || typeof parts[Symbol.iterator] !== "function") throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
        for (const p of parts) list.push(toBytes(p));
      }
      this.__bytes = concat(list);
      this.type = options && options.type ? String(options.type).toLowerCase() : "";
    }
    get size() { return this.__bytes.length; }
    text() { return Promise.resolve(H.utf8decode(this.__bytes)); }
    arrayBuffer() { return Promise.resolve(this.__bytes.slice().buffer); }
    stream() { const b = this.__bytes; return new ReadableStream(() => Promise.resolve(b)); }
  }
  G.Blob = Blob;

  class Response {
    constructor(body, init) {
      init = init || {};
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText === undefined ? "" : String(init.statusText);
      this.ok = this.status >= 200 && this.status <= 299;
      this.headers = new Headers(init.headers);
      this.redirected = false;
      this.type = "default";
      this.url = "";
      this.bodyUsed = false;
      if (body == null) this.__body = () => Promise.resolve(new Uint8Array(0));
      else if (body instanceof ReadableStream) this.__body = () => body.__take();
      else { const b = toBytes(body); this.__body = () => Promise.resolve(b); }
    }
    __consume() {
      if (this.bodyUsed) return Promise.reject(new TypeError("Failed to execute 'arrayBuffer' on 'Response': body stream already read"));
      this.bodyUsed = true;
      return this.__body();
    }
    arrayBuffer() { return this.__consume().then(b => b.slice().buffer); }
    text() { return this.__consume().then(b => H.utf8decode(b)); }
    json() { return this.text().then(t => JSON.parse(t)); }
    blob() { return this.__consume().then(b => new Blob([b])); }
  }
  G.Response = Response;

  // ---- AbortController / AbortSignal ----
  class AbortSignal {
    constructor(key) {
      if (key !== W) throw new TypeError("Illegal constructor");
      this.aborted = false;
      this.reason = undefined;
      this.onabort = null;
      this.__ls = [];
    }
    addEventListener(type, fn) { if (type === "abort" && typeof fn === "function" && !this.__ls.includes(fn)) this.__ls.push(fn); }
    removeEventListener(type, fn) { const i = this.__ls.indexOf(fn); if (i >= 0) this.__ls.splice(i, 1); }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    __abort(reason) {
      if (this.aborted) return;
      this.aborted = true;
      this.reason = reason === undefined ? new DOMException("signal is aborted without reason", "AbortError") : reason;
      const ev = { type: "abort", target: this };
      if (typeof this.onabort === "function") this.onabort(ev);
      for (const l of this.__ls.slice()) l.call(this, ev);
    }
    static abort(reason) { const s = new AbortSignal(W); s.__abort(reason); return s; }
    static timeout(ms) { const s = new AbortSignal(W); G.setTimeout(() => s.__abort(new DOMException("signal timed out", "TimeoutError")), ms); return s; }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(W); }
    abort(reason) { this.signal.__abort(reason); }
  }
  G.AbortSignal = AbortSignal;
  G.AbortController = AbortController;

  // ---- fetch: recorded and answered by the C# test (FetchLog) ----
  if (H.hasFetch) {
    G.fetch = function (input, init) {
      init = init || {};
      const url = String(input);
      const method = (init.method === undefined ? "GET" : String(init.method)).toUpperCase();
      const headers = [];
      try {
        const h = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
        h.forEach((v, k) => headers.push([k, v]));
      } catch (e) { return Promise.reject(e); }
      const b = init.body;
      let bodyText = null, bodyBytes = null;
      if (b == null) { /* no body */ }
      else if (typeof b === "string") bodyText = b;
      else if (b instanceof ArrayBuffer || ArrayBuffer.isView(b) || b instanceof Blob) bodyBytes = toBytes(b);
      else if (b instanceof ReadableStream) return Promise.reject(new TypeError("Failed to execute 'fetch' on 'WorkerGlobalScope': The request body is a ReadableStream but duplex is not set"));
      else bodyText = String(b);
      if ((method === "GET" || method === "HEAD") && b != null) return Promise.reject(new TypeError("Failed to execute 'fetch': Request with GET/HEAD method cannot have body."));
      const signal = init.signal;
      if (signal != null && !(signal instanceof AbortSignal)) return Promise.reject(new TypeError("Failed to execute 'fetch': member signal is not of type AbortSignal."));
      if (signal && signal.aborted) return Promise.reject(signal.reason);
      return new Promise((resolve, reject) => {
        const id = H.fetch(url, method, headers, bodyText, bodyBytes,
          String(init.cache === undefined ? "" : init.cache), String(init.credentials === undefined ? "" : init.credentials),
          String(init.redirect === undefined ? "" : init.redirect), !!signal, resolve, reject);
        if (signal) signal.addEventListener("abort", () => { if (H.fetchAbort(id)) reject(signal.reason); });
      });
    };
    W.mkResponse = (status, statusText, body) => new Response(body, { status: status, statusText: statusText });
    W.networkError = (name, message) => name === undefined ? new TypeError("Failed to fetch") : new DOMException(message, name);
  }

  G.queueMicrotask = function (f) { if (typeof f !== "function") throw new TypeError("queueMicrotask: parameter 1 is not of type Function."); Promise.resolve().then(() => f()); };

  // ---- generic dispatch helpers used by C# ----
  W.call = function (fn, argsSer) {
    const args = W.de(argsSer);
    return fn.apply(undefined, args);
  };
})();
