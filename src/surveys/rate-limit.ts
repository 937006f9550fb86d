const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Spaces calls evenly: at most `perSecond` overall and one per `perKeyMs` for the same key (a channel).
 * A 429 stops everyone while Slack's Retry-After runs, lowers the rate by a tenth and sets a ceiling 3%
 * under the rate that drew it. Once Slack stops answering 429, the rate climbs back to the ceiling within
 * `recoverMs`, and the ceiling by 5% of the configured rate per `probeMs` (additive increase,
 * multiplicative decrease, as TCP does). Running exactly at Slack's limit draws a 429 at the least jitter;
 * just under it, almost never. Slots go out in call order.
 */
export class RateLimiter {
  private nextSlot = 0;
  private readonly nextByKey = new Map<string, number>();
  private pausedUntil = 0;
  private rate: number;
  private ceiling: number;
  private lastRecovery = 0;
  /** When the calls of the last second went out: a stall (GC, a checkpoint) must not release a burst. */
  private readonly recent: number[] = [];

  private readonly perSecond: number;
  private readonly perKeyMs: number;
  private readonly recovery: { recoverMs: number; probeMs: number };

  constructor(perSecond: number, perKeyMs = 0, recovery = { recoverMs: 10_000, probeMs: 60_000 }) {
    this.perSecond = perSecond;
    this.perKeyMs = perKeyMs;
    this.recovery = recovery;
    this.rate = perSecond;
    this.ceiling = perSecond;
  }

  /** Calls per second the limiter allows now (the configured rate, or less after a 429). */
  get currentRate(): number {
    return this.rate;
  }

  async acquire(key?: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.recover(now);
      let slot = Math.max(now, this.nextSlot, this.pausedUntil);
      if (key !== undefined && this.perKeyMs > 0) slot = Math.max(slot, this.nextByKey.get(key) ?? 0);
      this.nextSlot = slot + 1000 / this.rate;
      if (key !== undefined && this.perKeyMs > 0) this.holdKey(key, slot + this.perKeyMs, now);
      await sleep(slot - now);
      // A Retry-After that arrived while we waited moves every caller behind it.
      if (Date.now() < this.pausedUntil) continue;
      await this.fitWindow();
      return;
    }
  }

  /**
   * Holds `key` until `until`. Slots only grow, so the map is kept in `until` order (a key moves to the
   * end) and the keys whose hold has passed, which no call needs again, are dropped from its front: one
   * run over thousands of channels keeps only the few it spaced within the last `perKeyMs`.
   */
  private holdKey(key: string, until: number, now: number): void {
    for (const [k, t] of this.nextByKey) {
      if (t > now) break;
      this.nextByKey.delete(k);
    }
    this.nextByKey.delete(key);
    this.nextByKey.set(key, until);
  }

  /**
   * Calls allowed within any one second: one fewer than the rate (from 2 per second up), because a call
   * that leaves a little late lands in the same second as Slack counts as the one after it.
   */
  private perWindow(): number {
    return this.rate >= 2 ? Math.floor(this.rate) - 1 : 1;
  }

  /** Waits until fewer than `perWindow()` calls went out within the last second, as Slack counts them. */
  private async fitWindow(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.recent.length > 0 && (this.recent[0] as number) <= now - 1000) this.recent.shift();
      if (this.recent.length < this.perWindow()) {
        this.recent.push(now);
        return;
      }
      await sleep((this.recent[0] as number) + 1000 - now);
    }
  }

  /**
   * Holds every caller for `ms` (Slack's Retry-After) and slows down: the limit we set was too high.
   * The other calls in flight get their 429s during the same pause; they are one signal, not several.
   */
  pause(ms: number): void {
    const now = Date.now();
    if (now >= this.pausedUntil) {
      this.ceiling = Math.max(0.2, Math.min(this.ceiling, this.rate) * 0.97);
      this.rate = Math.max(0.2, this.rate * 0.9);
    }
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
    this.nextSlot = Math.max(this.nextSlot, this.pausedUntil);
    this.lastRecovery = this.pausedUntil;
  }

  /** Climbs back toward the configured rate in proportion to the quiet time since the last 429. */
  private recover(now: number): void {
    if (this.rate >= this.perSecond || now <= this.lastRecovery) return;
    const quiet = now - this.lastRecovery;
    this.ceiling = Math.min(
      this.perSecond,
      this.ceiling + (0.05 * this.perSecond * quiet) / this.recovery.probeMs,
    );
    this.rate = Math.min(this.ceiling, this.rate + (this.perSecond * quiet) / this.recovery.recoverMs);
    this.lastRecovery = now;
  }
}

export { sleep };
