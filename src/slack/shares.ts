import { randomBytes } from "node:crypto";
import type { Reply } from "../reply.ts";
import { ExpiringMap } from "./expiring-map.ts";
import type { CommandRef } from "./payloads.ts";

export interface Shown {
  userId: string;
  reply: Reply;
  ref: CommandRef;
}

/**
 * The answers people were shown, kept so that "Share in channel" reposts exactly that answer instead of
 * running its command again (which, for `/kpi set`, would record the figure again). In memory: after a
 * restart a Share button asks the person to run the command again. Bounded in size and age.
 */
export class ShareStore {
  private readonly shown: ExpiringMap<string, Shown>;

  constructor(maxEntries = 2_000, ttlMs = 24 * 3_600_000) {
    this.shown = new ExpiringMap(ttlMs, maxEntries);
  }

  /** Keeps `reply` as shown to `userId`; returns the id a Share button carries. */
  keep(userId: string, reply: Reply, ref: CommandRef, nowMs = Date.now()): string {
    const id = randomBytes(12).toString("base64url");
    this.shown.set(id, { userId, reply, ref }, nowMs);
    return id;
  }

  /** The answer `userId` was shown under `id`; null when unknown, expired, or shown to someone else. */
  take(id: string, userId: string, nowMs = Date.now()): Shown | null {
    const entry = this.shown.get(id, nowMs);
    return entry && entry.userId === userId ? entry : null;
  }
}
