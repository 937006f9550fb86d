import type { WorkshopKind } from "../../catalogue/vocabulary.ts";

const WORKSHOP = /\b(works?h?ops?|train-the-trainer|masterclass|course)\b/i;
const GATHERING =
  /\b(meetings?|conference|forum|dialogue|session|sessions|council|ceremon(?:y|ies)|symposium|convention|consultation|summit|anniversary|committee|sub-committee)\b/i;

/**
 * The kind of an event from its title. A workshop is national, regional or other by its level word;
 * a title without "workshop" is a seminar, or a meeting when it names a gathering (dialogue,
 * conference, council session…); missions, programmes and signings are "other".
 */
export function kindOf(title: string): WorkshopKind {
  if (/accreditation/i.test(title)) return "accreditation";
  if (/\bsub-?\s?regional\b/i.test(title)) return "sub-regional";
  if (WORKSHOP.test(title)) {
    if (/\bnational\b/i.test(title)) return "national";
    if (/\bregional\b/i.test(title)) return "regional";
    return "other";
  }
  if (/\bseminar\b/i.test(title)) return "seminar";
  if (GATHERING.test(title)) return "meeting";
  return "other";
}

/** Words that make a phrase the name of an event rather than prose. */
export const EVENT_WORD =
  /\b(works?h?ops?|seminar|meeting|conference|forum|symposium|dialogue|session|council|ceremon(?:y|ies)|mission|training|programm?e?|launching|consultation|masterclass|course|convention|committee|sub-committee|egm)\b/i;
