import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv, "/nonexistent/.env");

describe("survey e-mail settings", () => {
  it("are optional, and the link lasts 60 days by default", () => {
    const c = load({});
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.FOLLOW_UP_LINK_DAYS).toBe(60);
  });

  it("accept any SMTP relay with a sender and a public address", () => {
    const c = load({
      SMTP_URL: "smtps://user:p%40ss@mail.example.org:465",
      MAIL_FROM: "ROCB A/P <survey@rocb.example.org>",
      PUBLIC_BASE_URL: "https://desk.rocb.example.org",
      FOLLOW_UP_LINK_DAYS: "30",
    });
    expect(c.SMTP_URL).toBe("smtps://user:p%40ss@mail.example.org:465");
    expect(c.FOLLOW_UP_LINK_DAYS).toBe(30);
  });

  it("name the variable that is missing or malformed", () => {
    expect(() => load({ SMTP_URL: "smtp://mail.example.org:587" })).toThrow(
      /MAIL_FROM: is required when SMTP_URL is set[\s\S]*PUBLIC_BASE_URL: is required when SMTP_URL is set/,
    );
    expect(() => load({ SMTP_URL: "https://mail.example.org" })).toThrow(/SMTP_URL: is not an smtp:\/\//);
    expect(() =>
      load({ SMTP_URL: "smtp://m.example", MAIL_FROM: "a@b.example", PUBLIC_BASE_URL: "ftp://x" }),
    ).toThrow(ConfigError);
  });
});
