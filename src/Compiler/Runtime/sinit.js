// A class's static initialisers, run on first use (C#'s static constructor timing): later calls return
// the class; a failed initialisation throws the same TypeInitializationException on every use.
function $sinit(c, name, init) {
  c.$i = () => c;
  try {
    init();
  } catch (e) {
    const t = new $TypeInitializationException(name, $exc(e));
    c.$i = () => { throw t; };
    throw t;
  }
  return c;
}
