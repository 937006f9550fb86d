import { describe, expect, it } from "vitest";
import { RateLimiter, sleep } from "../../src/surveys/rate-limit.ts";

async function timeOf(limiter: RateLimiter, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await limiter.acquire();
  return performance.now() - started;
}

describe("RateLimiter", () => {
  it("slows down after 429s and climbs back to the configured rate once they stop", async () => {
    const limiter = new RateLimiter(200, 0, { recoverMs: 100, probeMs: 20 });
    for (let i = 0; i < 3; i++) {
      limiter.pause(1);
      await sleep(3);
    }
    expect(limiter.currentRate).toBeCloseTo(200 * 0.9 ** 3);
    await sleep(260);
    // 50 calls at 200/s take about 245 ms; at the lowered 146/s they would take about 340 ms.
    expect(await timeOf(limiter, 50)).toBeLessThan(300);
    expect(limiter.currentRate).toBe(200);
  });

  it("takes the 429s of calls in flight during one pause as one signal", () => {
    const limiter = new RateLimiter(50);
    for (let i = 0; i < 8; i++) limiter.pause(1000);
    expect(limiter.currentRate).toBeCloseTo(45);
  });

  it("holds every caller for the Retry-After", async () => {
    const limiter = new RateLimiter(1000);
    await limiter.acquire();
    limiter.pause(150);
    const started = performance.now();
    await limiter.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("spaces calls to one key by perKeyMs and forgets keys whose spacing has passed", async () => {
    const limiter = new RateLimiter(1000, 60);
    await limiter.acquire("C1");
    const started = performance.now();
    await limiter.acquire("C2");
    expect(performance.now() - started).toBeLessThan(40);
    await limiter.acquire("C1");
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    await sleep(70);
    for (let i = 0; i < 20; i++) await limiter.acquire(`D${i}`);
    await sleep(70);
    await limiter.acquire("E");
    const held = (limiter as unknown as { nextByKey: Map<string, number> }).nextByKey;
    expect([...held.keys()]).toEqual(["E"]);
  });
});
