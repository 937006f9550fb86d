import { bookkeeping } from "../db/bookkeeping.ts";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";

/** How often expired signatures are swept out (a delete per request would be wasted work). */
const SWEEP_EVERY_MS = 60_000;

/**
 * The signatures of Slack requests already run, kept in the database so a restart forgets none: a
 * signature covers the timestamp and the body, so the same signature twice is the same request replayed.
 */
export class ReplayMemory {
  private readonly db: Db;
  private readonly ttlMs: number;
  private sweptAt = 0;

  /** `ttlMs`: longer than the timestamp window, after which the signature is refused as stale anyway. */
  constructor(db: Db, ttlMs: number) {
    this.db = db;
    this.ttlMs = ttlMs;
  }

  /** Records `signature`; true when it was already there (a replay). */
  remember(signature: string, nowMs: number): boolean {
    return bookkeeping(this.db, () => {
      if (nowMs - this.sweptAt > SWEEP_EVERY_MS) {
        stmt(this.db, "DELETE FROM slack_replays WHERE expires_at <= ?").run(nowMs);
        this.sweptAt = nowMs;
      }
      // A row still in force is left alone (no change: a replay); an expired one is taken over.
      const changes = stmt(
        this.db,
        `INSERT INTO slack_replays (signature, expires_at) VALUES (@signature, @expires)
           ON CONFLICT (signature) DO UPDATE SET expires_at = excluded.expires_at WHERE expires_at <= @now`,
      ).run({ signature, expires: nowMs + this.ttlMs, now: nowMs }).changes;
      return changes === 0;
    });
  }
}
