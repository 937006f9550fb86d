import type { Config } from "../config.ts";

export const CALENDAR_PATH = "/calendar.ics";

/** The feed's public address (with its token when the feed is secret); null without PUBLIC_BASE_URL. */
export function calendarUrl(config: Pick<Config, "PUBLIC_BASE_URL" | "CALENDAR_TOKEN">): string | null {
  if (!config.PUBLIC_BASE_URL) return null;
  const url = new URL(
    CALENDAR_PATH,
    config.PUBLIC_BASE_URL.endsWith("/") ? config.PUBLIC_BASE_URL : `${config.PUBLIC_BASE_URL}/`,
  );
  if (config.CALENDAR_TOKEN) url.searchParams.set("token", config.CALENDAR_TOKEN);
  return url.href;
}
