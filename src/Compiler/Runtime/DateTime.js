// System.DateTime: `ms` is the wall-clock time in milliseconds since 1970-01-01 read with UTC getters
// (so Local values are already shifted), `Kind` is 0 Unspecified, 1 Utc, 2 Local. Resolution is 1 ms.
class $DateTime {
  constructor(ms, kind) { this.ms = Math.round(ms); this.Kind = kind | 0; }
  static utcNow() { return new $DateTime(Date.now(), 1); }
  static now() { const n = Date.now(); return new $DateTime(n - new Date(n).getTimezoneOffset() * 6e4, 2); }
  // new DateTime(y, M, d[, h, m, s[, ms]][, kind]); out-of-range parts throw like .NET.
  static of(y, mo, d, h, mi, s, ms, kind) {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h || 0, mi || 0, s || 0, ms || 0);
    if (y < 1 || y > 9999 || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d)
      throw new $ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
    if (h >= 24 || mi >= 60 || s >= 60 || h < 0 || mi < 0 || s < 0 || ms < 0 || ms >= 1000)
      throw new $ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
    return new $DateTime(t.getTime(), kind);
  }
  // Day 0 of the next month in leap year 2000 is the last day of month m.
  static daysInMonth(y, m) { return new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !$DateTime.isLeap(y) ? 1 : 0); }
  static isLeap(y) { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
  d() { return new Date(this.ms); }
  get Year() { return this.d().getUTCFullYear(); }
  get Month() { return this.d().getUTCMonth() + 1; }
  get Day() { return this.d().getUTCDate(); }
  get Hour() { return this.d().getUTCHours(); }
  get Minute() { return this.d().getUTCMinutes(); }
  get Second() { return this.d().getUTCSeconds(); }
  get Millisecond() { return this.d().getUTCMilliseconds(); }
  get DayOfWeek() { return this.d().getUTCDay(); }
  get DayOfYear() { const t = new Date(0); t.setUTCFullYear(this.Year, 0, 1); return Math.floor((this.ms - t.getTime()) / 864e5) + 1; }
  get Date() { return new $DateTime(this.ms - this.tod(), this.Kind); }
  get TimeOfDay() { return this.tod() * 1e4; }
  tod() { return ((this.ms % 864e5) + 864e5) % 864e5; }
  AddTicks(t) { return new $DateTime(this.ms + t / 1e4, this.Kind); }
  AddMilliseconds(n) { return new $DateTime(this.ms + n, this.Kind); }
  AddSeconds(n) { return this.AddMilliseconds(n * 1e3); }
  AddMinutes(n) { return this.AddMilliseconds(n * 6e4); }
  AddHours(n) { return this.AddMilliseconds(n * 36e5); }
  AddDays(n) { return this.AddMilliseconds(n * 864e5); }
  // AddMonths/AddYears clamp the day to the target month's length, as .NET does.
  AddMonths(n) {
    const t = this.d(), m = t.getUTCMonth() + n, y = t.getUTCFullYear() + Math.floor(m / 12), mo = ((m % 12) + 12) % 12;
    const day = Math.min(t.getUTCDate(), $DateTime.daysInMonth(y, mo + 1));
    t.setUTCFullYear(y, mo, day);
    return new $DateTime(t.getTime(), this.Kind);
  }
  AddYears(n) { return this.AddMonths(n * 12); }
  ToUniversalTime() { return this.Kind === 1 ? this : new $DateTime(this.ms + new Date(this.ms).getTimezoneOffset() * 6e4, 1); }
  ToLocalTime() { return this.Kind === 2 ? this : new $DateTime(this.ms - new Date(this.ms).getTimezoneOffset() * 6e4, 2); }
  CompareTo(o) { return this.ms < o.ms ? -1 : this.ms > o.ms ? 1 : 0; }
  Equals(o) { return o instanceof $DateTime && o.ms === this.ms; }
  GetHashCode() { return this.ms; }
  valueOf() { return this.ms; }
  ToString(f) { return $dtFmt(this, f); }
  toString() { return $dtFmt(this); }
}
