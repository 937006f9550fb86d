import { membersIn } from "./countries.ts";
import { EVENT_WORD } from "./kinds.ts";

const PLACE_LIKE = /^[\s,]*[A-Z][\w'’.\-/]*(?:[\s,]+(?:[A-Z][\w'’.\-/]*|of|and))*[\s,]*$/;

export function looksLikePlace(text: string): boolean {
  const t = text.replace(/\bthe\b/g, " ").trim();
  return t.length > 1 && t.length <= 60 && PLACE_LIKE.test(t) && !EVENT_WORD.test(t);
}

/**
 * Splits "Regional Workshop on AEO in Cheonan, Korea" into the title and the place after its last
 * " in " (or " at "); "Joint Mission with ADB to Vietnam" keeps a member after " to " as the place.
 */
export function splitTitlePlace(text: string): { title: string; place: string | null; venue: string | null } {
  const t = text.replace(/[\s,:;-]+$/, "").trim();
  for (const word of [" in ", " at "]) {
    const at = t.lastIndexOf(word);
    if (at <= 0) continue;
    const place = t.slice(at + word.length);
    if (!looksLikePlace(place)) continue;
    const head = t.slice(0, at);
    const venue = / at (?:the )?([A-Z][^,]*(?:Office|Centre|Center|Academy|Headquarters|Institute))$/.exec(
      head,
    );
    return {
      title: tidyTitle(venue ? head.slice(0, venue.index) : head),
      place,
      venue: venue ? (venue[1] as string) : null,
    };
  }
  const to = t.lastIndexOf(" to ");
  if (to > 0 && membersIn(t.slice(to + 4)).length > 0 && looksLikePlace(t.slice(to + 4))) {
    return { title: tidyTitle(t.slice(0, to)), place: t.slice(to + 4), venue: null };
  }
  return { title: tidyTitle(t), place: null, venue: null };
}

const LEAD_WORDS = /^(?:national|regional|sub-regional|workshop|seminar|meeting|joint|train-the-trainer)$/i;

/** Drops a leading article and quotes; capitalises a title met in lower case ("a national workshop on PCA"). */
export function tidyTitle(text: string): string {
  const t = text
    .replace(/^["“'‘\s]+|["”'’\s,:;]+$/g, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+/g, " ");
  const words = t.split(" ");
  for (let i = 0; i < words.length && LEAD_WORDS.test(words[i] as string); i++) {
    const w = words[i] as string;
    words[i] = w.replace(/(^|-)([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
  }
  return words.join(" ");
}

export const isEventTitle = (text: string) => EVENT_WORD.test(text) && /^[A-Z0-9"“]/.test(text.trim());
