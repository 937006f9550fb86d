import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a request's timestamp may be from our clock, either way (Slack's documented window). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureVerdict =
  | { ok: true }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale" | "future" | "bad_signature" };

/** `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, as Slack signs. */
export function signRequest(secret: string, timestamp: number | string, rawBody: string | Buffer): string {
  const hmac = createHmac("sha256", secret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest("hex")}`;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? undefined : v;
}

/**
 * Checks a request the way Slack asks, and more strictly than Bolt: a timestamp too far in the
 * future is refused as well as a stale one, so a captured request cannot be replayed later.
 */
export function verifySignature(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer,
  nowMs: number,
): SignatureVerdict {
  const signature = header(headers, "x-slack-signature");
  const timestamp = header(headers, "x-slack-request-timestamp");
  if (!signature || !timestamp) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (skew < -MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "stale" };
  if (skew > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "future" };
  const expected = Buffer.from(signRequest(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "bad_signature" };
  }
  return { ok: true };
}
