import { randomUUID } from "node:crypto";
import type { Reply } from "../reply.ts";
import { ExpiringMap } from "./expiring-map.ts";
import type { CommandRef } from "./payloads.ts";

export interface Shown {
  userId: string;
  reply: Reply;
  ref: CommandRef;
}

/** What a Share reposts of a reply (its file went to the person alone). */
type Kept = Pick<Reply, "text" | "blocks" | "visibility" | "personal">;

/**
 * The answers people were shown, kept so that "Share in channel" reposts exactly that answer instead of
 * running its command again (which, for `/kpi set`, would record the figure again). In memory: after a
 * restart a Share button asks the person to run the command again. Bounded in size and age. Each answer
 * is kept as its JSON text: a tenth of the memory of its blocks as objects, for 2,000 answers a day.
 */
export class ShareStore {
  private readonly shown: ExpiringMap<string, { userId: string; ref: CommandRef; json: string }>;

  constructor(maxEntries = 2_000, ttlMs = 24 * 3_600_000) {
    this.shown = new ExpiringMap(ttlMs, maxEntries);
  }

  /** Keeps `reply` as shown to `userId`; returns the id a Share button carries. */
  keep(userId: string, reply: Reply, ref: CommandRef, nowMs = Date.now()): string {
    const id = randomUUID();
    const kept: Kept = {
      text: reply.text,
      blocks: reply.blocks,
      visibility: reply.visibility,
      personal: reply.personal,
    };
    this.shown.set(id, { userId, ref, json: JSON.stringify(kept) }, nowMs);
    return id;
  }

  /** The answer `userId` was shown under `id`; null when unknown, expired, or shown to someone else. */
  take(id: string, userId: string, nowMs = Date.now()): Shown | null {
    const entry = this.shown.get(id, nowMs);
    if (!entry || entry.userId !== userId) return null;
    return { userId, ref: entry.ref, reply: JSON.parse(entry.json) as Reply };
  }
}
