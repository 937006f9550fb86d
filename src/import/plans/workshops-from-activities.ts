import type { WorkshopKind } from "../../catalogue/vocabulary.ts";
import type { ItemRef, ParsedPlan, ParsedWorkshop } from "../parsed.ts";
import { countriesOf } from "./countries.ts";
import { compareLetters } from "./labels.ts";
import { sentences, withoutFinalStop } from "./statements.ts";

// The event word must be the head of the phrase ("workshop on …", "… meeting"), not a modifier
// ("Workshop Follow-Up Action Surveys") and not buried in a long sentence about something else.
const EVENT =
  /\b(workshops?|WS|seminars?|trainings?|meetings?)\b(?=\s*$|\s+(?:on|for|to|of|in|at|with)\b|\s*\()/i;
const MAX_WORDS_BEFORE = 10;
// The office goes to events that others organise; those are not workshops it plans.
const ATTENDS = /^(?:[^,]{0,80},\s*)?(?:attend|participate|join|take part)\b/i;
// "In cooperation with X, organize a regional workshop on Y" is titled "Regional workshop on Y".
const ORGANISES =
  /^(?:[^,]{0,80},\s*)?(?:organi[sz]e|conduct|hold|convene|host|arrange|deliver|run)\s+(?:(?:an?|the)\s+)?/i;

/** The sentence of an activity that names a workshop, seminar, training or meeting, or null. */
export function workshopTitle(activity: string): string | null {
  for (const sentence of sentences(activity)) {
    const m = EVENT.exec(sentence);
    if (!m || m[1] === "ws" || ATTENDS.test(sentence.trim())) continue;
    const before = sentence.slice(0, m.index).trim();
    if (before.split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE) continue;
    const text = sentence.replace(/\s+/g, " ").trim();
    return withoutVerb(withoutFinalStop(text));
  }
  return null;
}

function withoutVerb(text: string): string {
  const rest = text.replace(ORGANISES, "");
  if (rest === text || !EVENT.test(rest)) return text;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function workshopKind(title: string): WorkshopKind {
  const m = EVENT.exec(title);
  const head = (m?.[1] ?? "").toLowerCase();
  if (head.startsWith("seminar")) return "seminar";
  if (head.startsWith("meeting")) return "meeting";
  if (/\baccreditation\b/i.test(title)) return "accreditation";
  const before = m ? title.slice(0, m.index) : title;
  return scopeOf(before) ?? scopeOf(title) ?? "other";
}

function scopeOf(text: string): WorkshopKind | null {
  if (/\bsub-?\s?regional\b/i.test(text)) return "sub-regional";
  if (/(?<!sub-?)\bregional\b/i.test(text)) return "regional";
  if (/\bnational\b/i.test(text)) return "national";
  return null;
}

function key(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function addRefs(into: ItemRef[], refs: ItemRef[]): void {
  for (const r of refs) {
    if (!into.some((x) => x.pillar === r.pillar && x.letter === r.letter)) into.push(r);
  }
}

/**
 * The workshops an Annual Work Plan plans. A work plan repeats a workshop under every item it
 * serves (with "See also"), so one workshop comes out once, serving the union of those items.
 */
export function plannedWorkshops(plan: ParsedPlan): ParsedWorkshop[] {
  if (plan.kind !== "AWP") return [];
  const byKey = new Map<string, ParsedWorkshop>();
  for (const item of plan.items) {
    for (const activity of item.activities) {
      const title = workshopTitle(activity.text);
      if (!title) continue;
      const serves = [{ pillar: item.pillar, letter: item.letter }, ...activity.seeAlso];
      const found = byKey.get(key(title));
      if (found) addRefs(found.serves, serves);
      else byKey.set(key(title), newPlanned(title, activity.line, serves));
    }
  }
  const out = [...byKey.values()];
  for (const w of out) w.serves.sort((a, b) => a.pillar - b.pillar || compareLetters(a.letter, b.letter));
  return out;
}

function newPlanned(title: string, line: number, serves: ItemRef[]): ParsedWorkshop {
  const refs: ItemRef[] = [];
  addRefs(refs, serves);
  return {
    title,
    kind: workshopKind(title),
    countries: countriesOf(title),
    city: null,
    hostCountry: null,
    venue: null,
    start: null,
    end: null,
    participants: null,
    administrations: null,
    sponsor: null,
    status: "planned",
    line,
    serves: refs,
  };
}
