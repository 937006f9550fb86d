import { DateTime } from "luxon";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A deadline as printed ("30 June 2024", "JUN 2014", "June 2020", "Dec. 2012 June 2013") to the ISO
 * date it falls due: the last date mentioned, a month alone meaning its last day. Null for "On-going",
 * no date, or a date outside the plan period (a misprint such as "June 1013"): the period end applies.
 */
export function parseDeadline(text: string | null, periodStart: string, periodEnd: string): string | null {
  if (!text) return null;
  const found = [...text.matchAll(/(?:\b(\d{1,2})\s+)?\b([A-Za-z]{3,9})\.?\s+(\d{4})\b/g)];
  const last = found[found.length - 1];
  if (!last?.[2] || !last[3]) return null;
  const month = MONTHS.indexOf(last[2].slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const first = DateTime.fromObject({ year: Number(last[3]), month, day: 1 });
  const date = last[1] ? first.set({ day: Number(last[1]) }) : first.endOf("month");
  if (!date.isValid || (last[1] && date.month !== month)) return null;
  const iso = date.toISODate();
  if (!iso || iso < periodStart || iso > periodEnd) return null;
  return iso;
}
