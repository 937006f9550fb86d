import { membersIn, parsePlace } from "../reports/countries.ts";
import type { DateSpan } from "../reports/dates.ts";
import { looksLikePlace } from "../reports/titles.ts";
import { type DateReference, datesIn } from "./dates.ts";

export interface Dateline {
  date: DateSpan | null;
  city: string | null;
  country: string | null;
}

/** A place as a dateline prints it: a Member named, or a short name ("Busan", "Port Vila, Vanuatu"). */
export function isPlace(text: string): boolean {
  const t = text.replace(/[.\s]+$/, "");
  return looksLikePlace(t) && (membersIn(t).length > 0 || t.split(/[\s,]+/).length <= 3);
}

/**
 * A line that is only a date and a place, either way round: "17-19 April 2018, Busan, Korea",
 * "Busan, Korea – 17-19 April 2018", "19 April 2018". A line with more words is prose, not a dateline.
 */
export function readDateline(line: string, reference: DateReference | null = null): Dateline | null {
  if (line.length > 120) return null;
  const date = datesIn(line, reference)[0];
  if (!date) return null;
  const before = line.slice(0, date.index).replace(/[\s,;:|–—-]+$/, "");
  const after = line
    .slice(date.index + date.length)
    .replace(/^[\s,;:|–—-]+/, "")
    .replace(/[.\s]+$/, "");
  if (before !== "" && after !== "") return null;
  const place = before || after;
  if (place !== "" && !isPlace(place)) return null;
  // "BANGKOK, Thailand": a place in capitals is read as written in ordinary case.
  const cased = place.replace(/\b[A-Z][A-Z'’.-]+\b/g, (w) =>
    w.length > 3 ? w[0] + w.slice(1).toLowerCase() : w,
  );
  const where = place === "" ? { city: null, country: null } : parsePlace(cased);
  return { date, ...where };
}
