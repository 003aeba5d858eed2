import { describe, expect, it } from "vitest";
import type { Clock } from "./clock.js";
import { createRateLimiter, MAX_REQUESTS_PER_SECOND } from "./rate-limiter.js";

/** A clock that moves only when someone sleeps on it. */
function fakeClock(start = 1_000_000): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** The most of `times` inside any half-open window of `ms`. */
function busiest(times: readonly number[], ms: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= ms) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("rate limiter", () => {
  it.each([10, 7, 3, 1, 0.5])("lets at most %s requests start in any second, from many callers at once", async (rate) => {
    const clock = fakeClock();
    const limiter = createRateLimiter(rate, clock);
    const starts: number[] = [];
    // Eight connections asking at once, 60 requests each.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = 0; i < 60; i++) {
          await limiter.acquire();
          starts.push(clock.now());
        }
      }),
    );
    expect(starts).toHaveLength(480);
    expect(busiest(starts, 1000)).toBeLessThanOrEqual(Math.max(1, Math.floor(rate)));
    // And it does not crawl: a request every 1 / rate s, or `rate` in every window of 1.1 s when that is slower.
    const seconds = ((starts.at(-1) as number) - (starts[0] as number)) / 1000;
    expect(seconds).toBeLessThan(480 * Math.max(1 / rate, 1.1 / Math.max(1, Math.floor(rate))) * 1.02);
  });

  it("spaces requests evenly instead of in bursts", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(10, clock);
    const starts: number[] = [];
    for (let i = 0; i < 20; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    for (let i = 1; i < starts.length; i++) expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(100);
  });

  it("counts a request held up on its way out from when it left, so the next ones cannot crowd into its second", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(2, clock);
    const sentAt: number[] = [];
    const first = await limiter.acquire();
    // The machine is busy: the first request leaves 400 ms after its turn.
    await clock.sleep(400);
    sentAt.push(clock.now());
    first();
    for (let i = 0; i < 6; i++) {
      const sent = await limiter.acquire();
      sentAt.push(clock.now());
      sent();
    }
    expect(busiest(sentAt, 1000)).toBeLessThanOrEqual(2);
  });

  it("holds every request back while paused (Retry-After)", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(10, clock);
    await limiter.acquire();
    limiter.pauseUntil(clock.now() + 5000);
    const asked = clock.now();
    await limiter.acquire();
    expect(clock.now() - asked).toBeGreaterThanOrEqual(5000);
  });

  it.each([0, -1, MAX_REQUESTS_PER_SECOND + 1, 100, Number.NaN])("refuses a rate of %s", (rate) => {
    expect(() => createRateLimiter(rate, fakeClock())).toThrow(RangeError);
  });
});
