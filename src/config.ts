import { existsSync } from "node:fs";
import cron from "node-cron";
import { z } from "zod";

/**
 * The one schema over the environment. Every variable the app reads is declared here and
 * listed, in the same order, in `.env.example`.
 */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A schedule checked at start: a typo would otherwise make its job silently never run. */
const cronExpression = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .superRefine((expr, ctx) => {
      const check = cron.validateDetailed(expr);
      if (check.valid) return;
      const why = check.errors.map((e) => e.message).join("; ");
      ctx.addIssue({
        code: "custom",
        message: `"${expr}" is not a cron expression (${why}); e.g. ${fallback}`,
      });
    });

export const configSchema = z
  .object({
    DATABASE_PATH: z.string().trim().min(1).default("var/rocb.db"),
    OFFICE_TIMEZONE: z
      .string()
      .trim()
      .default("Asia/Bangkok")
      .refine((tz) => isValidTimeZone(tz), { message: "is not an IANA time zone (e.g. Asia/Bangkok)" }),
    /** Fixed clock for demos and tests, ISO date or date-time; unset = the real clock. */
    ROCB_NOW: optionalText.refine((v) => v === undefined || isIsoInstant(v), {
      message: "is not an ISO date or date-time (e.g. 2025-03-01 or 2025-03-01T09:00:00+07:00)",
    }),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: "is not an http(s) address of Slack's Web API (e.g. https://slack-gov.com/api/)",
        })
        .optional(),
    ),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    STAFF_USER_IDS: optionalText.transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : [])),
    STAFF_USERGROUP_ID: optionalText,
    STAFF_CHANNEL_ID: optionalText,
    REMINDER_CRON: cronExpression("*/15 * * * *"),
    FOLLOW_UP_MONTHS: positiveInt(6),
    FOLLOW_UP_GRACE_DAYS: positiveInt(30),
    FOLLOW_UP_NUDGE_DAYS: positiveInt(14),
    /** Scheduled backups: a folder turns them on; unset = none (see jobs/README.md). */
    BACKUP_DIR: optionalText,
    BACKUP_CRON: cronExpression("30 2 * * *"),
    BACKUP_KEEP: positiveInt(14),
    // Follow-up surveys by e-mail, for participants the bot cannot reach on Slack (all optional together).
    SMTP_URL: optionalText.pipe(
      z
        .url({
          protocol: /^smtps?$/,
          error: "is not an smtp:// or smtps:// URL (e.g. smtp://user:pass@host:587)",
        })
        .optional(),
    ),
    MAIL_FROM: optionalText,
    PUBLIC_BASE_URL: optionalText.pipe(
      z
        .url({ protocol: /^https?$/, error: "is not an http(s) URL (e.g. https://desk.example.org)" })
        .optional(),
    ),
    FOLLOW_UP_LINK_DAYS: positiveInt(60),
    /** The address participants' replies go to (`Reply-To`); unset = MAIL_FROM. */
    MAIL_REPLY_TO: optionalText,
    /** Makes the calendar feed's address secret (`/calendar.ics?token=…`); unset = the feed is public. */
    CALENDAR_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,200}$/, { error: "is not 16 or more letters, digits, - or _" })
        .optional(),
    ),
  })
  .superRefine((c, ctx) => {
    if (!c.SMTP_URL) return;
    for (const key of ["MAIL_FROM", "PUBLIC_BASE_URL"] as const) {
      if (!c[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when SMTP_URL is set" });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

function isIsoInstant(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) && !Number.isNaN(Date.parse(text))
  );
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Reads `.env` (when present) under the real environment, then validates once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = ".env"): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
