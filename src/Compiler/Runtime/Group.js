// System.Text.RegularExpressions.Group (and Capture): one group of a match; a failed one is empty.
class $Group {
  constructor(ok, v, i, name) {
    this.Success = ok;
    this.Value = v;
    this.Index = i;
    this.Length = v.length;
    this.Name = name;
  }
  toString() { return this.Value; }
  ToString() { return this.Value; }
}
