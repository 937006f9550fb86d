const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Spaces calls evenly: at most `perSecond` overall and one per `perKeyMs` for the same key (a channel),
 * and stops everyone while Slack's Retry-After runs, then goes on more slowly. Slots go out in call order.
 */
export class RateLimiter {
  private nextSlot = 0;
  private readonly nextByKey = new Map<string, number>();
  private pausedUntil = 0;

  constructor(
    private perSecond: number,
    private readonly perKeyMs = 0,
  ) {}

  async acquire(key?: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      let slot = Math.max(now, this.nextSlot, this.pausedUntil);
      if (key !== undefined && this.perKeyMs > 0) slot = Math.max(slot, this.nextByKey.get(key) ?? 0);
      this.nextSlot = slot + 1000 / this.perSecond;
      if (key !== undefined && this.perKeyMs > 0) this.nextByKey.set(key, slot + this.perKeyMs);
      await sleep(slot - now);
      // A Retry-After that arrived while we waited moves every caller behind it.
      if (Date.now() >= this.pausedUntil) return;
    }
  }

  /** Holds every caller for `ms` (Slack's Retry-After) and slows down by a fifth: the limit we set was too high. */
  pause(ms: number): void {
    this.perSecond = Math.max(0.2, this.perSecond * 0.8);
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
    this.nextSlot = Math.max(this.nextSlot, this.pausedUntil);
  }
}

export { sleep };
