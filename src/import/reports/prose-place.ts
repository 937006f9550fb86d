import { type Place, parsePlace } from "./countries.ts";
import { looksLikePlace } from "./titles.ts";

/**
 * The place of an event from the words just before its date: "held at the Royal Malaysian Customs
 * Academy (AKMAL), Melaka, Malaysia on" · "held in Kuala Lumpur Malaysia on" · "in Bangkok, Thailand from".
 */
export function placeBefore(text: string): Place & { venue: string | null } {
  const head = text.replace(/[\s,]*(?:\bon|\bfrom|\bbetween|\bduring)?[\s,]*$/i, "");
  const matches = [...head.matchAll(/\b(in|at)\s+/g)];
  for (let k = matches.length - 1; k >= Math.max(0, matches.length - 2); k--) {
    const m = matches[k] as RegExpMatchArray;
    const rest = head.slice((m.index as number) + m[0].length);
    const pieces = rest.split(/,\s*/);
    const venueAt = pieces.findIndex((p) =>
      /(Centre|Center|Academy|Office|Headquarters|Institute)\b/.test(p),
    );
    const venue = venueAt === -1 ? null : (pieces[venueAt] as string).replace(/^the\s+/i, "");
    const placeText = venueAt === -1 ? rest : pieces.slice(venueAt + 1).join(", ");
    if (placeText !== "" && looksLikePlace(placeText)) return { ...parsePlace(placeText), venue };
    if (venue && placeText === "") return { city: null, country: null, venue };
  }
  return { city: null, country: null, venue: null };
}
