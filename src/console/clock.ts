import { DateTime } from "luxon";

/**
 * A fixed clock for demos: `2024-07-01` (that day's start in the office time zone) or a full ISO
 * date-time. Null when the text is not a date.
 */
export function parseNow(text: string, timeZone: string): Date | null {
  const t = DateTime.fromISO(text.trim(), { zone: timeZone });
  return t.isValid ? t.toJSDate() : null;
}
