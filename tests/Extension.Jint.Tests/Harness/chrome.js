// chrome.* for the extension's own realms (service worker, isolated world). State lives in C#
// (Browser.cs), shared by every realm; this file gives it the real API's shape: promises or
// callbacks, chrome.runtime.lastError inside callbacks, errors as rejections, events with
// addListener/removeListener/hasListener. Values cross as JSON, as Chrome's messaging and storage do.
(function () {
  "use strict";
  const G = globalThis;
  const W = G.__wse;
  const H = W.H;
  const isWorker = H.kind === "worker";
  const events = new Map();
  W.events = events;

  function chromeEvent(name) {
    const ls = [];
    events.set(name, ls);
    return {
      addListener(f) {
        if (typeof f !== "function") throw new TypeError("Error in invocation of " + name + ".addListener: No matching signature.");
        if (!ls.includes(f)) ls.push(f);
        H.listening(name, ls.length);
      },
      removeListener(f) { const i = ls.indexOf(f); if (i >= 0) ls.splice(i, 1); H.listening(name, ls.length); },
      hasListener(f) { return ls.includes(f); },
      hasListeners() { return ls.length > 0; },
    };
  }

  const runtime = { lastError: undefined };

  /** Runs a host operation: a promise, or the callback with runtime.lastError set on failure. */
  function op(fnName, args, cb, map) {
    const p = new Promise((resolve, reject) => {
      let r;
      try { r = H.op(fnName, JSON.stringify(args)); }
      catch (e) { reject(e instanceof Error ? e : new Error(String(e))); return; }
      if (r.error !== null) { reject(new Error(r.error)); return; }
      // results arrive asynchronously, as from the browser process
      G.setTimeout(() => {
        const v = r.json === null ? undefined : JSON.parse(r.json);
        resolve(map ? map(v) : v);
      }, 0);
    });
    if (typeof cb !== "function") return p;
    p.then(v => { cb(v); }, e => {
      runtime.lastError = { message: e.message };
      try { cb(); } finally { runtime.lastError = undefined; }
    });
    return undefined;
  }

  function invalidated() { return H.invalidated(); }

  Object.defineProperty(runtime, "id", { enumerable: true, get() { return invalidated() ? undefined : H.extensionId; } });
  runtime.getURL = function (path) {
    if (invalidated()) throw new Error("Extension context invalidated.");
    path = String(path);
    return "chrome-extension://" + H.extensionId + "/" + (path.startsWith("/") ? path.slice(1) : path);
  };
  runtime.getManifest = function () { return JSON.parse(H.manifest()); };
  runtime.onMessage = chromeEvent("runtime.onMessage");
  runtime.onInstalled = chromeEvent("runtime.onInstalled");
  runtime.onStartup = chromeEvent("runtime.onStartup");
  runtime.sendMessage = function (...args) {
    let cb;
    if (typeof args[args.length - 1] === "function") cb = args.pop();
    if (args.length === 0 || args.length > 3 || (args.length >= 2 && typeof args[0] === "string")) throw new TypeError("Error in invocation of runtime.sendMessage(optional string extensionId, any message, optional object options, optional function callback): No matching signature.");
    const message = args[0];
    if (invalidated()) throw new Error("Extension context invalidated.");
    let json;
    try { json = JSON.stringify(message === undefined ? null : message); }
    catch (e) { throw new TypeError("Error in invocation of runtime.sendMessage: could not serialize message."); }
    const p = new Promise((resolve, reject) => {
      H.sendMessage(json, (err, respJson) => {
        if (err !== null) reject(new Error(err));
        else resolve(respJson === null ? undefined : JSON.parse(respJson));
      });
    });
    if (typeof cb !== "function") return p;
    p.then(v => cb(v), e => { runtime.lastError = { message: e.message }; try { cb(); } finally { runtime.lastError = undefined; } });
    return undefined;
  };
  G.chrome = { runtime: runtime };

  // ---- storage ----
  function area(name) {
    const a = {
      get(keys, cb) {
        if (typeof keys === "function") { cb = keys; keys = null; }
        if (keys !== undefined && keys !== null && typeof keys !== "string" && !Array.isArray(keys) && typeof keys !== "object")
          throw new TypeError("Error in invocation of storage.get(optional [string|array|object] keys, optional function callback): No matching signature.");
        return op("storage.get", [name, keys === undefined ? null : keys], cb);
      },
      set(items, cb) {
        if (items === null || typeof items !== "object" || Array.isArray(items))
          throw new TypeError("Error in invocation of storage.set(object items, optional function callback): No matching signature.");
        return op("storage.set", [name, items], cb);
      },
      remove(keys, cb) {
        if (typeof keys !== "string" && !Array.isArray(keys))
          throw new TypeError("Error in invocation of storage.remove([string|array] keys, optional function callback): No matching signature.");
        return op("storage.remove", [name, keys], cb);
      },
      clear(cb) { return op("storage.clear", [name], cb); },
      getBytesInUse(keys, cb) { return op("storage.bytes", [name, keys === undefined ? null : keys], cb); },
      onChanged: chromeEvent("storage." + name + ".onChanged"),
    };
    if (name === "session") a.setAccessLevel = (o, cb) => op("storage.access", [name, o], cb);
    return a;
  }
  G.chrome.storage = { local: area("local"), sync: area("sync"), session: area("session"), managed: area("managed"), onChanged: chromeEvent("storage.onChanged") };

  if (isWorker) {
    G.chrome.tabs = {
      query(q, cb) { return op("tabs.query", [q || {}], cb); },
      get(id, cb) {
        if (typeof id !== "number") throw new TypeError("Error in invocation of tabs.get(integer tabId, optional function callback): No matching signature.");
        return op("tabs.get", [id], cb);
      },
      onRemoved: chromeEvent("tabs.onRemoved"),
      onUpdated: chromeEvent("tabs.onUpdated"),
      onActivated: chromeEvent("tabs.onActivated"),
    };
    G.chrome.alarms = {
      create(name, info, cb) {
        if (typeof name === "object") { cb = info; info = name; name = ""; }
        return op("alarms.create", [name, info || {}], cb);
      },
      get(name, cb) { return op("alarms.get", [name === undefined ? "" : name], cb); },
      getAll(cb) { return op("alarms.getAll", [], cb); },
      clear(name, cb) { return op("alarms.clear", [name === undefined ? "" : name], cb); },
      clearAll(cb) { return op("alarms.clearAll", [], cb); },
      onAlarm: chromeEvent("alarms.onAlarm"),
    };
    const badge = (what) => (details, cb) => {
      if (details === null || typeof details !== "object") throw new TypeError("Error in invocation of action." + what + ": No matching signature.");
      return op("action." + what, [details], cb);
    };
    G.chrome.action = {
      setBadgeText: badge("setBadgeText"),
      setBadgeBackgroundColor: badge("setBadgeBackgroundColor"),
      setBadgeTextColor: badge("setBadgeTextColor"),
      setTitle: badge("setTitle"),
      getBadgeText(d, cb) { return op("action.getBadgeText", [d || {}], cb); },
    };
    G.chrome.permissions = {
      contains(p, cb) { return op("permissions.contains", [p || {}], cb); },
      getAll(cb) { return op("permissions.getAll", [], cb); },
      request(p, cb) { return op("permissions.request", [p || {}], cb); },
      remove(p, cb) { return op("permissions.remove", [p || {}], cb); },
      onAdded: chromeEvent("permissions.onAdded"),
      onRemoved: chromeEvent("permissions.onRemoved"),
    };
    G.chrome.scripting = {
      registerContentScripts(s, cb) { return op("scripting.register", [s], cb); },
      unregisterContentScripts(f, cb) { return op("scripting.unregister", [f || {}], cb); },
      getRegisteredContentScripts(f, cb) { return op("scripting.getRegistered", [f || {}], cb); },
      executeScript(i, cb) { return op("scripting.executeScript", [i], cb); },
    };
  }

  /** C# → listeners of one event. Arguments arrive as JSON. A throwing listener is an uncaught error. */
  W.dispatch = function (name, argsJson) {
    const ls = events.get(name);
    if (!ls) return 0;
    const args = JSON.parse(argsJson);
    for (const l of ls.slice()) {
      try { l.apply(undefined, args); }
      catch (e) { H.uncaught("listener of " + name + " threw: " + (e && e.stack ? e.stack : String(e)), e && e.name ? String(e.name) : ""); }
    }
    return ls.length;
  };

  /** C# → runtime.onMessage with sendResponse; true when a response will come asynchronously. */
  W.dispatchMessage = function (msgJson, senderJson, respond) {
    const ls = events.get("runtime.onMessage");
    const msg = JSON.parse(msgJson), sender = JSON.parse(senderJson);
    let done = false, keep = false;
    const sendResponse = function (r) {
      if (done) return;
      done = true;
      let json = null;
      try { json = r === undefined ? null : JSON.stringify(r); } catch (e) { json = null; }
      respond(json);
    };
    for (const l of ls.slice()) {
      let ret;
      try { ret = l(msg, sender, sendResponse); }
      catch (e) { H.uncaught("runtime.onMessage listener threw: " + (e && e.stack ? e.stack : String(e)), e && e.name ? String(e.name) : ""); }
      if (ret === true) keep = true;
    }
    if (!keep && !done) { done = true; respond(null); }
    return keep;
  };
})();
