import { createHash } from "node:crypto";
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "pino";
import { ExpiringMap } from "../expiring-map.ts";

/** Deliveries we have already started, remembered long enough to outlive Slack's retries (~5 minutes). */
export class DeliveryLog {
  private readonly seen: ExpiringMap<string, true>;

  constructor(ttlMs = 15 * 60_000, maxEntries = 20_000) {
    this.seen = new ExpiringMap(ttlMs, maxEntries);
  }

  /** Records `key`; true when it was already there (within the TTL). */
  remember(key: string, nowMs = Date.now()): boolean {
    if (this.seen.get(key, nowMs)) return true;
    this.seen.set(key, true, nowMs);
    return false;
  }
}

/** What identifies one delivery across retries: the Events API's event_id, else the payload itself. */
export function deliveryKey(body: unknown): string {
  const b = body as { event_id?: unknown };
  if (typeof b?.event_id === "string") return `event:${b.event_id}`;
  return `body:${createHash("sha256").update(JSON.stringify(body)).digest("base64url")}`;
}

/**
 * Slack redelivers (X-Slack-Retry-Num, or retry_attempt over Socket Mode) when it did not see our ack
 * in time, although we may already be acting on the first copy: a retry of a delivery we have seen is
 * acknowledged and dropped, so nothing happens twice.
 */
export function dropRetries(log: DeliveryLog, logger: Pick<Logger, "info">): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const seenBefore = log.remember(deliveryKey(body));
    const retryNum = typeof context.retryNum === "number" ? context.retryNum : 0;
    if (retryNum > 0 && seenBefore) {
      logger.info(
        { outcome: "duplicate", retryNum, reason: context.retryReason },
        "retried delivery ignored",
      );
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      return;
    }
    await next();
  };
}
