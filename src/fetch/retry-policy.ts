import { RETRY_AFTER_SECONDS } from "./fetch-patterns.js";

/** How a failed request is retried. */
export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** The first wait, in ms; each further wait doubles it. */
  baseMs: number;
  /** The longest wait between attempts, in ms (a longer `Retry-After` is still honoured). */
  capMs: number;
}

/** The default: 5 retries, waits from 1 s doubling up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 5, baseMs: 1000, capMs: 60_000 };

/**
 * The wait before retry number `attempt` (0 for the first retry):
 * exponential backoff with jitter (between half and all of
 * `baseMs · 2^attempt`, capped), or what the server asked in `Retry-After`
 * when it asked for longer.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | null, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  const backoff = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return retryAfterMs === null ? backoff : Math.max(retryAfterMs, backoff);
}

/**
 * A `Retry-After` header in ms from `now`: a number of seconds or an HTTP
 * date; null when absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (RETRY_AFTER_SECONDS.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
