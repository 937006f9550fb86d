/** A small map whose entries expire and whose size is bounded (oldest dropped first). */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; at: number }>();

  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(ttlMs: number, maxEntries: number) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  set(key: K, value: V, nowMs = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: nowMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get(key: K, nowMs = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (nowMs - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** The value, removed: for things used once. */
  take(key: K, nowMs = Date.now()): V | undefined {
    const value = this.get(key, nowMs);
    this.entries.delete(key);
    return value;
  }
}
