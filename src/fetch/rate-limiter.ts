import type { Clock } from "./clock.js";

/** EDGAR's fair-access ceiling: requests per second over all connections. */
export const MAX_REQUESTS_PER_SECOND = 10;

/**
 * Margin added to the one-second window, so that requests sent just inside
 * the limit still arrive inside it when the network delays one and not the
 * next.
 */
const WINDOW_MARGIN_MS = 25;

/** A limiter shared by every connection of a run. */
export interface RateLimiter {
  /** Resolves when one more request may start; requests start in the order they asked. */
  acquire(): Promise<void>;
  /** Lets no request start before `until` (ms since the epoch): EDGAR asked to slow down. */
  pauseUntil(until: number): void;
}

/**
 * A limiter that lets at most `perSecond` requests start in any window of
 * one second (plus a small margin), spaced at least `1000 / perSecond` ms
 * apart so they never come in bursts. Waiting goes through `clock`, so tests
 * drive it with a clock of their own.
 */
export function createRateLimiter(perSecond: number, clock: Clock): RateLimiter {
  if (!(perSecond > 0 && perSecond <= MAX_REQUESTS_PER_SECOND)) {
    throw new RangeError(`the request rate must be above 0 and at most ${MAX_REQUESTS_PER_SECOND} per second`);
  }
  const window = 1000 + WINDOW_MARGIN_MS;
  const gap = 1000 / perSecond;
  const starts: number[] = [];
  let pausedUntil = 0;
  let chain: Promise<void> = Promise.resolve();
  const waitTurn = async (): Promise<void> => {
    for (;;) {
      const now = clock.now();
      while (starts.length > 0 && (starts[0] as number) <= now - window) starts.shift();
      const last = starts.length > 0 ? (starts[starts.length - 1] as number) : -Infinity;
      let ready = Math.max(pausedUntil, last + gap);
      if (starts.length >= perSecond) ready = Math.max(ready, (starts[0] as number) + window);
      if (ready <= now) {
        starts.push(now);
        return;
      }
      await clock.sleep(ready - now);
    }
  };
  return {
    acquire() {
      const turn = chain.then(waitTurn);
      chain = turn.catch(() => undefined);
      return turn;
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until);
    },
  };
}
