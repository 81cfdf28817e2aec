/**
 * Holds answers until the end of the event-loop turn that made them, so the Node door writes the
 * answers of one turn together (write coalescing, as Netty's flush consolidation does).
 *
 * Why: an answer written the moment it is ready wakes its waiting client once per answer. On one
 * machine (a test suite, CI, a dev server) every wake-up is a cross-core interrupt that the server
 * pays for, and a client woken that early sends its next request into the middle of the server's
 * turn, so each turn reads fewer requests. Written together after the turn's I/O, the answers wake
 * each client once per turn. Under light load a turn holds one answer, delayed by one `setImmediate`.
 */
let waiting: Array<() => void> = [];

function releaseTurn(): void {
  const released = waiting;
  waiting = [];
  for (const resolve of released) resolve();
}

/** Resolves in the check phase of this turn, with every other answer held in it. */
export function endOfTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (waiting.push(resolve) === 1) setImmediate(releaseTurn);
  });
}
