import { DateTime } from "luxon";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface Parts {
  year: number;
  month: number;
  day: number | null;
}

function parts(iso: string): Parts | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}

const month = (p: Parts) => MONTHS[p.month - 1] ?? "?";

/** "19 Sep 2011", or "Nov 2017" for a month-only date. */
export function formatDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return p.day === null ? `${month(p)} ${p.year}` : `${p.day} ${month(p)} ${p.year}`;
}

/**
 * A date range the way the office writes it: "19-23 Sep 2011", "28 May - 1 Jun 2012",
 * "30 Dec 2011 - 2 Jan 2012", "Nov 2017"; "date to be confirmed" when not set.
 */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return "date to be confirmed";
  const a = parts(start);
  const b = end ? parts(end) : null;
  if (!a) return start;
  if (!b || end === start) return formatDate(start);
  if (a.day === null || b.day === null) {
    if (a.year === b.year && a.month === b.month) return formatDate(start);
    return a.year === b.year
      ? `${month(a)} - ${month(b)} ${b.year}`
      : `${month(a)} ${a.year} - ${month(b)} ${b.year}`;
  }
  if (a.year !== b.year) return `${formatDate(start)} - ${formatDate(end as string)}`;
  if (a.month !== b.month) return `${a.day} ${month(a)} - ${b.day} ${month(b)} ${b.year}`;
  return `${a.day}-${b.day} ${month(b)} ${b.year}`;
}

/** Today's ISO date in the office time zone. */
export function officeToday(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now).setZone(timeZone).toISODate() ?? now.toISOString().slice(0, 10);
}

/** The WCO fiscal year (1 July - 30 June) of an ISO date or month: "2017/18" for 2017-11 or 2018-06-04. */
export function fiscalYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}
