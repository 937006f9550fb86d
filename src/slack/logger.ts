import type { Logger as BoltLogger } from "@slack/bolt";
import { LogLevel } from "@slack/bolt";
import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "../config.ts";

/** Object keys whose values never reach a log line, wherever they sit. */
const REDACT_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "email",
  "*.email",
];

/** Tokens that may hide inside free text (a URL, an SDK debug message); scrubbed from every line. */
const TOKEN_PATTERN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A destination that removes secrets from each serialized line before it is written. */
export function scrubbingStream(
  secrets: readonly string[],
  out: { write(line: string): unknown } = process.stdout,
): DestinationStream {
  const exact = secrets.filter((s) => s.length >= 6).map(escapeRegExp);
  const secretPattern = exact.length > 0 ? new RegExp(exact.join("|"), "g") : null;
  return {
    write(line: string) {
      let clean = line.replace(TOKEN_PATTERN, "[redacted token]");
      if (secretPattern) clean = clean.replace(secretPattern, "[redacted secret]");
      out.write(clean);
    },
  };
}

/** The app's one logger: JSON lines, secrets redacted by key and scrubbed by value. */
export function createLogger(
  config: Pick<Config, "LOG_LEVEL" | "SLACK_BOT_TOKEN" | "SLACK_APP_TOKEN" | "SLACK_SIGNING_SECRET">,
  out?: { write(line: string): unknown },
): Logger {
  const secrets = [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET].filter(
    (s): s is string => Boolean(s),
  );
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { app: "rocb-desk" },
      // Readable in journald and log shippers without conversion; epoch milliseconds are not.
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    scrubbingStream(secrets, out),
  );
}

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's and the Web API client's logger interface over our pino logger, so their lines are scrubbed too. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "bolt" });
  const text = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m)))
      .join(" ");
  return {
    debug: (...msg: unknown[]) => child.debug(text(msg)),
    info: (...msg: unknown[]) => child.info(text(msg)),
    warn: (...msg: unknown[]) => child.warn(text(msg)),
    error: (...msg: unknown[]) => child.error(text(msg)),
    // Our LOG_LEVEL decides; Bolt asking for another level must not change it.
    setLevel: () => {},
    getLevel: () => TO_BOLT[logger.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
