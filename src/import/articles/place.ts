import type { Place } from "../reports/countries.ts";
import type { DateSpan } from "../reports/dates.ts";
import { placeBefore } from "../reports/prose-place.ts";

export type Where = Place & { venue: string | null };

/**
 * Where the sentence naming the event says it was held: the words before its date ("held at the
 * Academy in Melaka, Malaysia on …"), else just after the date ("… from 17 to 19 April 2018 in Busan,
 * Korea"), else after the event's name ("… a National Workshop on X in Thimphu, Bhutan, under …").
 */
export function placeInSentence(sentence: string, name: string, date: DateSpan | null): Where {
  const before = date ? placeBefore(sentence.slice(0, date.index)) : null;
  if (before && (before.city || before.country)) return before;
  const after =
    (date ? placeAfterDate(sentence.slice(date.index + date.length)) : null) ??
    placeAfterName(sentence, name);
  return after ?? { city: null, country: null, venue: before?.venue ?? null };
}

function placeAfterDate(after: string): Where | null {
  const m =
    /^\s*,?\s*(?:in|at)\s+([A-Z][^.;()]*?)(?=\s+(?:under|with|to|for|and|which|where|by)\b|[.;(]|$)/.exec(
      after,
    );
  return m ? known(placeBefore(`in ${m[1]}`)) : null;
}

function placeAfterName(sentence: string, name: string): Where | null {
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  const after = at === -1 ? sentence : sentence.slice(at + name.length);
  const m = /\b(?:in|at)\s+([A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3})/.exec(after);
  return m ? known(placeBefore(`in ${(m[1] as string).replace(/\.+$/, "")}`)) : null;
}

// "in June", "on Monday" name a time, not a place.
const TIME_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const known = (w: Where): Where | null =>
  (w.city || w.country) && !TIME_WORD.test(w.city ?? w.country ?? "") ? w : null;
