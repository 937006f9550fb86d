import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("config", () => {
  it("defaults the database path and the office time zone", () => {
    const config = loadConfig({});
    expect(config.DATABASE_PATH).toBe("var/rocb.db");
    expect(config.OFFICE_TIMEZONE).toBe("Asia/Bangkok");
    expect(config.FOLLOW_UP_MONTHS).toBe(6);
  });

  it("names a malformed variable in its error", () => {
    expect(() => loadConfig({ OFFICE_TIMEZONE: "Mars/Olympus" })).toThrow(ConfigError);
    expect(() => loadConfig({ OFFICE_TIMEZONE: "Mars/Olympus" })).toThrow(/OFFICE_TIMEZONE/);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
  });

  it("refuses a malformed REMINDER_CRON at start, with a sentence naming it", () => {
    expect(() => loadConfig({ REMINDER_CRON: "every day" })).toThrow(
      /REMINDER_CRON: "every day" is not a cron/,
    );
    expect(() => loadConfig({ REMINDER_CRON: "61 * * * *" })).toThrow(/REMINDER_CRON: .*minute/);
    expect(() => loadConfig({ BACKUP_CRON: "nightly" })).toThrow(/BACKUP_CRON/);
    expect(loadConfig({ REMINDER_CRON: "0 9 * * 1-5" }).REMINDER_CRON).toBe("0 9 * * 1-5");
  });

  it("treats empty values from .env as unset", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "", STAFF_USER_IDS: "U1, U2" });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(config.STAFF_USER_IDS).toEqual(["U1", "U2"]);
  });

  it("lists every variable of the schema in .env.example", async () => {
    const { readFileSync } = await import("node:fs");
    const { configSchema } = await import("../../src/config.ts");
    const example = readFileSync(".env.example", "utf8");
    for (const key of Object.keys(configSchema.shape)) expect(example).toMatch(new RegExp(`^${key}=`, "m"));
  });
});
