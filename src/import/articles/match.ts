import { countsAsWorkshop, type WorkshopKind } from "../../catalogue/vocabulary.ts";
import type { Db } from "../../db/open.ts";
import { stmt } from "../../db/statements.ts";
import type { ParsedWorkshop } from "../parsed.ts";
import { overlap, topicWords } from "../reports/similarity.ts";

interface Candidate {
  id: number;
  title: string;
  kind: WorkshopKind;
  status: string;
  document_id: number | null;
  start_date: string | null;
  end_date: string | null;
  host_country: string | null;
  countries: string | null;
  plan_start: string | null;
  plan_end: string | null;
}

// Dates staff set for a planned workshop move: a held event within this many days of them is the same.
const SLACK_DAYS = 45;

const CANDIDATES = `SELECT w.id, w.title, w.kind, w.status, w.document_id, w.start_date, w.end_date, w.host_country,
    (SELECT group_concat(country, '|') FROM workshop_countries c WHERE c.workshop_id = w.id) AS countries,
    (SELECT min(p.period_start) FROM workshop_action_items l JOIN action_items a ON a.id = l.action_item_id
       JOIN plans p ON p.id = a.plan_id WHERE l.workshop_id = w.id) AS plan_start,
    (SELECT max(p.period_end) FROM workshop_action_items l JOIN action_items a ON a.id = l.action_item_id
       JOIN plans p ON p.id = a.plan_id WHERE l.workshop_id = w.id) AS plan_end
  FROM workshops w WHERE w.status IN ('planned', 'scheduled', 'held')`;

const day = (iso: string) => Date.parse(iso.length === 7 ? `${iso}-01` : iso) / 86_400_000;

/** Whether the candidate's period can hold the event: its dates (give or take), else its plan's period. */
function inPeriod(c: Candidate, e: ParsedWorkshop): boolean {
  const start = e.start as string;
  const end = e.end ?? start;
  if (c.start_date) {
    const cEnd = c.end_date ?? c.start_date;
    return day(c.start_date) - SLACK_DAYS <= day(end) && day(start) <= day(cEnd) + SLACK_DAYS;
  }
  if (c.plan_start && c.plan_end) return c.plan_start <= start && start <= c.plan_end;
  return true;
}

function sameAudience(c: Candidate, e: ParsedWorkshop): boolean {
  const theirs = [...(c.countries?.split("|") ?? []), ...(c.host_country ? [c.host_country] : [])];
  const ours = [...e.countries, ...(e.hostCountry ? [e.hostCountry] : [])];
  return theirs.length === 0 || ours.length === 0 || theirs.some((x) => ours.includes(x));
}

/**
 * The catalogue's workshop an event report is about: a planned, scheduled or held workshop whose period
 * can hold the event's dates, whose Members or host include the event's (when both name any), of the
 * same family of kinds (a workshop is not a meeting), and whose title shares the event's topic words.
 * The best of several wins; null when none fits. `accept` narrows the candidates further.
 */
export function sameEventInCatalogue(
  db: Db,
  e: ParsedWorkshop,
  accept: (c: Candidate) => boolean = () => true,
): number | null {
  if (e.start === null) return null;
  const words = topicWords(e.title);
  let best: { id: number; score: number } | null = null;
  for (const c of stmt(db, CANDIDATES).all() as Candidate[]) {
    if (!accept(c) || countsAsWorkshop(c.kind) !== countsAsWorkshop(e.kind)) continue;
    if (!inPeriod(c, e) || !sameAudience(c, e)) continue;
    const { shared, jaccard } = overlap(words, topicWords(c.title));
    if (!(shared >= 2 || (shared >= 1 && jaccard >= 0.5))) continue;
    const score = shared + jaccard + (c.start_date ? 1 : 0);
    if (!best || score > best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

/**
 * Makes the matched workshop the event reported: it keeps its id, title and links; the report gives
 * its status, dates, place and figures, and its Members when it had none.
 */
export function fillFromEvent(db: Db, id: number, e: ParsedWorkshop, documentId: number | null): void {
  db.prepare(
    `UPDATE workshops SET status = @status, start_date = @start, end_date = @end,
       city = COALESCE(@city, city), venue = COALESCE(@venue, venue), host_country = COALESCE(@hostCountry, host_country),
       participants = COALESCE(@participants, participants), administrations = COALESCE(@administrations, administrations),
       sponsor = COALESCE(@sponsor, sponsor), document_id = COALESCE(@documentId, document_id)
     WHERE id = @id`,
  ).run({ ...e, end: e.end ?? e.start, documentId, id });
  const has = db
    .prepare("SELECT count(*) FROM workshop_countries WHERE workshop_id = ?")
    .pluck()
    .get(id) as number;
  if (has > 0) return;
  const insert = db.prepare(
    "INSERT INTO workshop_countries (workshop_id, position, country) VALUES (?, ?, ?)",
  );
  for (const [i, c] of e.countries.entries()) insert.run(id, i + 1, c);
}
