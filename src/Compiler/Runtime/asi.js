// `x as IFoo` for our interfaces: classes implementing IFoo carry a brand on their prototype.
function $asi(x, brand) {
  return x != null && x[brand] === true ? x : null;
}
