/**
 * Work after an ack waits its turn: one piece per turn of the event loop, each after the acks of the
 * requests that arrived meanwhile. Without it, a burst of commands is answered before the last of them
 * is even acknowledged, and Slack gives up on an ack after 3 seconds; with it, every request in the
 * burst is acked at once and the answers follow in order. On a quiet bot the wait is one loop turn.
 */
const waiting: Array<() => void> = [];
let releasing = false;

function release(): void {
  const next = waiting.shift();
  // Queued before this one runs, so the next piece waits until the loop has polled for new requests.
  if (waiting.length > 0) setImmediate(release);
  else releasing = false;
  next?.();
}

/** Resolves when it is this piece of work's turn (see above). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!releasing) {
      releasing = true;
      setImmediate(release);
    }
  });
}
