import type { Failure } from "../surveys/slack-errors.ts";

/** Network and connection codes nodemailer gives when the relay could not be reached or dropped us. */
const TRANSIENT_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EPROTOCOL"]);

/**
 * Classifies a nodemailer error the way the outbox treats it: a 4xx reply or a dropped connection is tried
 * again; a 5xx reply for the recipient means the address cannot be reached; a refused login or sender
 * stops the run, since every other e-mail would fail the same way.
 */
export function classifyMailError(err: unknown): Failure {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  const message = (e?.response ?? e?.message ?? String(err)).slice(0, 300);
  if (e?.code === "EAUTH") return { kind: "fatal", message: `the SMTP relay refused the login: ${message}` };
  const status = e?.responseCode;
  if (status !== undefined && status >= 500 && status < 600) {
    if (e.code === "EENVELOPE" && /sender|from/i.test(message)) {
      return { kind: "fatal", message: `the SMTP relay refused MAIL_FROM: ${message}` };
    }
    return { kind: "unreachable", message: `the mail server refused the address: ${message}` };
  }
  if (status !== undefined && status >= 400) return { kind: "transient", message };
  if (e?.code && TRANSIENT_CODES.has(e.code)) return { kind: "transient", message: `${e.code}: ${message}` };
  return { kind: "transient", message };
}
