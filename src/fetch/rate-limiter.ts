import type { Clock } from "./clock.js";

/** EDGAR's fair-access ceiling: requests per second over all connections. */
export const MAX_REQUESTS_PER_SECOND = 10;

/**
 * Margin added to the one-second window, so that requests sent just inside
 * the limit still arrive inside it when the way to EDGAR delays one and not
 * the next: on a loaded machine a local server saw one request 35 ms later
 * than the requests around it, and 11 in a second at `--rate 10` with a
 * 25 ms margin. At 10 a second this costs a tenth of the throughput.
 */
const WINDOW_MARGIN_MS = 100;

/**
 * Tells the limiter that a granted request has actually gone out (its bytes
 * handed to the network), so that its place in the window is when it left,
 * not when it was granted.
 */
export type SentNotice = () => void;

/** A limiter shared by every connection of a run. */
export interface RateLimiter {
  /**
   * Resolves when one more request may start; requests start in the order
   * they asked. Call the function it gives when the request has gone out: a
   * request held up between its turn and the network (a busy machine, a new
   * connection) then still counts from when it left, so the ones after it
   * cannot crowd into the same second as seen by EDGAR.
   */
  acquire(): Promise<SentNotice>;
  /** Lets no request start before `until` (ms since the epoch): EDGAR asked to slow down. */
  pauseUntil(until: number): void;
}

/**
 * A limiter that lets at most `perSecond` requests start in any window of
 * one second plus a margin (1.1 s), spaced at least `1000 / perSecond` ms
 * apart so they never come in bursts. Waiting goes through `clock`, so tests
 * drive it with a clock of their own.
 */
export function createRateLimiter(perSecond: number, clock: Clock): RateLimiter {
  if (!(perSecond > 0 && perSecond <= MAX_REQUESTS_PER_SECOND)) {
    throw new RangeError(`the request rate must be above 0 and at most ${MAX_REQUESTS_PER_SECOND} per second`);
  }
  const window = 1000 + WINDOW_MARGIN_MS;
  const gap = 1000 / perSecond;
  /** Starts allowed in one window. */
  const most = Math.max(1, Math.floor(perSecond));
  /** The starts inside the window: when granted, moved later when the request went out later. */
  let starts: { at: number }[] = [];
  let pausedUntil = 0;
  let chain: Promise<SentNotice> = Promise.resolve(() => undefined);
  const waitTurn = async (): Promise<SentNotice> => {
    for (;;) {
      const now = clock.now();
      starts = starts.filter((s) => s.at > now - window);
      const times = starts.map((s) => s.at).sort((a, b) => a - b);
      const last = times.length > 0 ? (times[times.length - 1] as number) : -Infinity;
      let ready = Math.max(pausedUntil, last + gap);
      // The window must slide past enough starts to leave room for one more.
      if (times.length >= most) ready = Math.max(ready, (times[times.length - most] as number) + window);
      if (ready <= now) {
        const start = { at: now };
        starts.push(start);
        return () => {
          start.at = Math.max(start.at, clock.now());
        };
      }
      await clock.sleep(ready - now);
    }
  };
  return {
    acquire() {
      const turn = chain.then(waitTurn);
      chain = turn.catch(() => () => undefined);
      return turn;
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until);
    },
  };
}
