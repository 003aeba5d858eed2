import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, parseRetryAfter, retryDelay } from "./retry-policy.js";

describe("retry policy", () => {
  it("doubles the wait each time, with jitter between half and all of it, up to the cap", () => {
    const low = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => retryDelay(DEFAULT_RETRY, n, null, () => 0));
    const high = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => retryDelay(DEFAULT_RETRY, n, null, () => 0.999999));
    expect(low).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });

  it("waits at least what Retry-After asks, even past the cap", () => {
    expect(retryDelay(DEFAULT_RETRY, 0, 5000, () => 0.5)).toBe(5000);
    expect(retryDelay(DEFAULT_RETRY, 0, 120_000, () => 0.5)).toBe(120_000);
    expect(retryDelay(DEFAULT_RETRY, 5, 10, () => 0)).toBe(16000);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2024-01-02T03:04:05Z");
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Tue, 02 Jan 2024 03:04:15 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Tue, 02 Jan 2024 03:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
