import type { WorkshopKind } from "../../catalogue/vocabulary.ts";
import { TOPIC_ACRONYMS } from "./similarity.ts";

// "Regional Training Centre" names a place, not a training event; it is blanked before the rules run.
const TRAINING_PLACE = /\btraining\s+(?:cent(?:re|er)s?|institutes?|academ(?:y|ies)|facilit(?:y|ies))\b/gi;
const TRAINING =
  /\b(?:works?h?ops?|webinars?|train-the-trainers?|trainings?|masterclass(?:es)?|courses?|e-learning)\b/i;
const SEMINAR = /\bseminars?\b/i;
const ACCREDITATION = /\b(?:pre-?)?accreditation\b/i;
const LEVELS: Array<[RegExp, WorkshopKind]> = [
  [/\bsub-?\s?regional\b/i, "sub-regional"],
  [/\bnational\b/i, "national"],
  [/\bregional\b/i, "regional"],
];
// The level as a text says it ("This national workshop …", "the sub-regional training was …").
const LEVEL_IN_TEXT =
  /\b((?:pre-?)?accreditation|sub-?\s?regional|national|regional)\s+(?:works?h?op|seminar|webinar|training|course)\b/i;

// The office's own names: a training event named after them is the office's (or the WCO's) workshop.
const OWN_NAMES = new Set(["WCO", "ROCB", "A/P", "AP", "RILO", "RTC", "RTCS", "CCF", "II", "III", "IV"]);
const ORGANISATION_WORD =
  /\b(?:Bank|Union|Organi[sz]ation|Network|Association|Federation|Secretariat|Commission|Agency)\b/;

/**
 * A training event another body ran, the office taking part: "UNEP Train-the-trainer Workshop",
 * "ADB CAREC Workshop", "World Bank Workshop on …": an organisation's acronym (not a topic such as AEO or
 * PCA, nor the WCO's own names) or name before the training word. A title in capitals says nothing.
 */
function partnerOwned(title: string): boolean {
  const at = title.search(TRAINING) === -1 ? title.search(SEMINAR) : title.search(TRAINING);
  const head = title.slice(0, at);
  if (!/[a-z]/.test(title)) return false;
  if (ORGANISATION_WORD.test(head)) return true;
  return (head.match(/\b[A-Z][A-Z/&-]*[A-Z]\b/g) ?? [])
    .flatMap((token) => token.split(/[/&-]/))
    .some((a) => a.length >= 2 && !OWN_NAMES.has(a) && !TOPIC_ACRONYMS.has(a.toLowerCase()));
}

const OTHER_EVENTS: Array<[RegExp, WorkshopKind]> = [
  [
    /\b(?:ceremon(?:y|ies)|anniversary|launch(?:ing)?|opening|inauguration|signing|MOU|memorandum of understanding|celebrations?|awards?)\b/i,
    "ceremony",
  ],
  [
    /\b(?:conferences?|forums?|symposium|convention|summit|exhibition|expo|congress|special event)\b/i,
    "conference",
  ],
  [
    /\b(?:meetings?|sessions?|council|(?:sub-)?committee|dialogue|consultations?|EGM|round-?table|(?:working|advisory|contact) group|group meeting)\b/i,
    "meeting",
  ],
  [
    /\b(?:missions?|visits?|study tour|benchmarking stud(?:y|ies)|attachment|fact-finding|scoping)\b/i,
    "mission",
  ],
];

/**
 * The kind of an event from its title, and the text about it when the title leaves the level out.
 * Training words (workshop, training, course, webinar) make it a workshop, whose kind is its level:
 * accreditation wherever it is named, else the first of sub-regional, national, regional; a training
 * event with no level anywhere, and a seminar, is "seminar" (seminar/training): a "Regional Seminar"
 * of a partner is not one of the regional workshops the office counts as arranged. Any other event is named by
 * the earliest of its words in the title: a ceremony (opening, launching, MOU signing), a conference
 * (forum, symposium), a meeting (session, council, dialogue), a mission (visit, study tour); "other"
 * when none is there, and for another body's training event the office took part in. The table of
 * examples is in README.md.
 */
export function kindOf(title: string, text = ""): WorkshopKind {
  const t = title.replace(TRAINING_PLACE, " ");
  if (TRAINING.test(t) || SEMINAR.test(t)) {
    if (partnerOwned(t)) return "other";
    if (ACCREDITATION.test(t)) return "accreditation";
    if (!TRAINING.test(t)) return "seminar";
    const said = LEVEL_IN_TEXT.exec(text.replace(TRAINING_PLACE, " "))?.[1] ?? "";
    return earliest(t, LEVELS) ?? earliest(said, [[ACCREDITATION, "accreditation"], ...LEVELS]) ?? "seminar";
  }
  return earliest(t, OTHER_EVENTS) ?? "other";
}

/**
 * The kind of an event known to be a workshop (the follow-up survey is sent after workshops only):
 * its level word, else seminar/training, even when the title lost its training word ("WCO Sub-regional
 * Integrity for the Pacific").
 */
export function workshopLevelOf(title: string): WorkshopKind {
  const t = title.replace(TRAINING_PLACE, " ");
  if (ACCREDITATION.test(t)) return "accreditation";
  return earliest(t, LEVELS) ?? "seminar";
}

/** The kind whose word comes first in the text ("Regional Seminar for National Focal Points": regional). */
function earliest(text: string, rules: Array<[RegExp, WorkshopKind]>): WorkshopKind | null {
  let best: { at: number; kind: WorkshopKind } | null = null;
  for (const [re, kind] of rules) {
    const at = text.search(re);
    if (at !== -1 && (best === null || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? null;
}

/** Words that make a phrase the name of an event rather than prose. */
export const EVENT_WORD =
  /\b(works?h?ops?|seminar|webinar|meeting|conference|forum|symposium|dialogue|session|council|ceremon(?:y|ies)|mission|training|programm?e?|launching|consultation|masterclass|course|convention|committee|sub-committee|egm)\b/i;
