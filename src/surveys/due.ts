import { DateTime } from "luxon";

/** The hour, local to the participant, at which a reminder is delivered. */
export const DELIVERY_HOUR = 9;

/** Slack's time zones reach UTC+14: no participant's 09:00 on a date comes earlier than this zone's. */
const EARLIEST_ZONE = "Etc/GMT-14";

export interface DueTime {
  /** Local calendar date of delivery, `YYYY-MM-DD` (already moved off the weekend). */
  date: string;
  /** 09:00 on `date` in the participant's zone. */
  at: Date;
  /** 09:00 on `date` in the earliest zone on Earth: before it, no participant can be due. */
  windowOpensAt: Date;
}

const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}$/;

/** True when an ISO workshop date names a day, not only a month (`2017-11`). */
export function hasDayPrecision(date: string | null): date is string {
  return date !== null && DAY_PRECISION.test(date);
}

/**
 * When the follow-up survey of a workshop ending on `endDate` is due: `months` calendar months later
 * (31 Aug + 6 → 28/29 Feb), moved to Monday when that falls on a weekend, at 09:00 in `zone`.
 * Returns null for a month-only or malformed date: such workshops wait until staff set the day.
 */
export function followUpDue(endDate: string | null, months: number, zone: string): DueTime | null {
  if (!hasDayPrecision(endDate)) return null;
  const end = DateTime.fromISO(endDate, { zone: "UTC" });
  if (!end.isValid) return null;
  // luxon clamps to the last day of a shorter month, which is the rule we want.
  return deliveryOn(end.plus({ months }).toISODate() as string, zone);
}

/** The nudge: `days` after the local date the first message went out, off the weekend, at 09:00 local. */
export function nudgeDue(sentAt: Date, days: number, zone: string): DueTime {
  const local = DateTime.fromJSDate(sentAt, { zone }).startOf("day");
  return deliveryOn(local.plus({ days }).toISODate() as string, zone);
}

/** 09:00 on `date` (or the Monday after, when `date` is a Saturday or Sunday) in `zone`. */
export function deliveryOn(date: string, zone: string): DueTime {
  let day = DateTime.fromISO(date, { zone: "UTC" });
  if (day.weekday === 6) day = day.plus({ days: 2 });
  else if (day.weekday === 7) day = day.plus({ days: 1 });
  const iso = day.toISODate() as string;
  return { date: iso, at: atNine(iso, zone), windowOpensAt: atNine(iso, EARLIEST_ZONE) };
}

function atNine(date: string, zone: string): Date {
  const local = DateTime.fromISO(`${date}T0${DELIVERY_HOUR}:00`, { zone });
  // An unknown zone from Slack must not lose the reminder: fall back to UTC.
  return (
    local.isValid ? local : DateTime.fromISO(`${date}T0${DELIVERY_HOUR}:00`, { zone: "UTC" })
  ).toJSDate();
}

/** True when `zone` is an IANA zone luxon understands. */
export function isZone(zone: string | null | undefined): zone is string {
  return typeof zone === "string" && zone !== "" && DateTime.now().setZone(zone).isValid;
}

/** More than `graceDays` after the due time: too late to ask, so the reminder is skipped and reported. */
export function isTooLate(dueAt: Date, now: Date, graceDays: number): boolean {
  return now.getTime() - dueAt.getTime() > graceDays * 86_400_000;
}

/** Transient failures are retried at least this long after the first one, even past the grace period. */
export const RETRY_AT_LEAST_MS = 24 * 3600_000;

/**
 * Until when a reminder whose delivery keeps failing for a transient reason (relay or Slack down, a 4xx,
 * a timeout) is tried again: the end of its grace period, and at least a day after the first failure.
 */
export function retryDeadline(dueAt: Date, failingSince: Date, graceDays: number): Date {
  return new Date(
    Math.max(dueAt.getTime() + graceDays * 86_400_000, failingSince.getTime() + RETRY_AT_LEAST_MS),
  );
}
