// Task.Delay(ms) without a token: nothing can cancel it, so no TaskCanceledException; -1 waits forever.
function $sleep(ms) {
  return new Promise(resolve => ms < 0 || setTimeout(resolve, ms));
}
