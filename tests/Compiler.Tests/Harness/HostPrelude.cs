namespace Cs2Js.Tests.Harness
{
    /// <summary>Host APIs that browsers have but bare Jint and node vm contexts lack, run before every
    /// bundle in both engines (so they behave the same): a minimal UTF-8 TextEncoder/TextDecoder.</summary>
    public static class HostPrelude
    {
        public const string Js = @"(() => {
  'use strict';
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(s) {
      s = s === undefined ? '' : String(s);
      const out = [];
      for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        } else if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      return new Uint8Array(out);
    }
  }
  class TextDecoder {
    get encoding() { return 'utf-8'; }
    decode(bytes) {
      const b = bytes === undefined ? new Uint8Array(0) : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer || bytes);
      let s = '';
      for (let i = 0; i < b.length;) {
        const x = b[i];
        let n = x < 0x80 ? 0 : x >= 0xc2 && x < 0xe0 ? 1 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xf0 && x < 0xf5 ? 3 : -1;
        let c = n === 0 ? x : n === 1 ? x & 31 : n === 2 ? x & 15 : x & 7;
        let ok = n >= 0 && i + n < b.length;
        for (let k = 1; ok && k <= n; k++) { const y = b[i + k]; if (y === undefined || (y & 0xc0) !== 0x80) ok = false; else c = (c << 6) | (y & 63); }
        if (!ok || (n === 2 && c < 0x800) || (n === 3 && (c < 0x10000 || c > 0x10ffff)) || (c >= 0xd800 && c < 0xe000)) { s += '\ufffd'; i++; continue; }
        s += String.fromCodePoint(c);
        i += n + 1;
      }
      return s;
    }
  }
  for (const [name, value] of [['TextEncoder', TextEncoder], ['TextDecoder', TextDecoder]])
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
})();";
    }
}
