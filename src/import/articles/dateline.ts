import { parsePlace } from "../reports/countries.ts";
import { type DateSpan, findDates } from "../reports/dates.ts";
import { looksLikePlace } from "../reports/titles.ts";

export interface Dateline {
  date: DateSpan | null;
  city: string | null;
  country: string | null;
}

/**
 * A line that is only a date and a place, either way round: "17-19 April 2018, Busan, Korea",
 * "Busan, Korea – 17-19 April 2018", "19 April 2018". A line with more words is prose, not a dateline.
 */
export function readDateline(line: string): Dateline | null {
  if (line.length > 120) return null;
  const date = findDates(line)[0];
  if (!date) return null;
  const before = line.slice(0, date.index).replace(/[\s,;:|–—-]+$/, "");
  const after = line
    .slice(date.index + date.length)
    .replace(/^[\s,;:|–—-]+/, "")
    .replace(/[.\s]+$/, "");
  if (before !== "" && after !== "") return null;
  const place = before || after;
  if (place !== "" && !looksLikePlace(place)) return null;
  const where = place === "" ? { city: null, country: null } : parsePlace(place);
  return { date, ...where };
}
