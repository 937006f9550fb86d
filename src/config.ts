import { existsSync } from "node:fs";
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

export const configSchema = z
  .object({
    DATABASE_PATH: z.string().trim().min(1).default("var/rocb.db"),
    OFFICE_TIMEZONE: z
      .string()
      .trim()
      .default("Asia/Bangkok")
      .refine((tz) => isValidTimeZone(tz), { message: "is not an IANA time zone (e.g. Asia/Bangkok)" }),
    /** Fixed clock for demos and tests, ISO date or date-time; unset = the real clock. */
    ROCB_NOW: optionalText,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.pipe(z.url().optional()),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    STAFF_USER_IDS: optionalText.transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : [])),
    STAFF_USERGROUP_ID: optionalText,
    STAFF_CHANNEL_ID: optionalText,
    REMINDER_CRON: z.string().trim().default("*/15 * * * *"),
    FOLLOW_UP_MONTHS: positiveInt(6),
    FOLLOW_UP_GRACE_DAYS: positiveInt(30),
    FOLLOW_UP_NUDGE_DAYS: positiveInt(14),
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
