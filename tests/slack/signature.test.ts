import { describe, expect, it } from "vitest";
import { signRequest, verifySignature } from "../../src/slack/signature.ts";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const body = Buffer.from("token=x&command=%2Fkpi&text=1-(a)");
const now = 1_700_000_000_000;
const ts = now / 1000;
const headers = (t: number, sig = signRequest(secret, t, body)) => ({
  "x-slack-request-timestamp": String(t),
  "x-slack-signature": sig,
});

describe("verifySignature", () => {
  it("accepts Slack's signature within five minutes either way", () => {
    for (const skew of [-300, 0, 300])
      expect(verifySignature(secret, headers(ts + skew), body, now)).toEqual({ ok: true });
  });
  it("refuses stale and future timestamps", () => {
    expect(verifySignature(secret, headers(ts - 301), body, now)).toEqual({ ok: false, reason: "stale" });
    expect(verifySignature(secret, headers(ts + 301), body, now)).toEqual({ ok: false, reason: "future" });
  });
  it("refuses a changed body, a wrong secret and missing headers", () => {
    expect(verifySignature(secret, headers(ts), Buffer.from(`${body}x`), now).ok).toBe(false);
    expect(verifySignature("other", headers(ts), body, now).ok).toBe(false);
    expect(verifySignature(secret, {}, body, now)).toEqual({ ok: false, reason: "missing_headers" });
    expect(verifySignature(secret, headers(ts, "v0=short"), body, now)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });
});
