import type { Db } from "../db/open.ts";
import { eventLine } from "./articles/describe.ts";
import { fillFromEvent, sameEventInCatalogue } from "./articles/match.ts";
import type { ItemRef, ParsedDocument, ParsedPlan, ParsedWorkshop } from "./parsed.ts";
import type { PlanDiff } from "./plans/compare.ts";
import { plannedWorkshops } from "./plans/index.ts";
import { planWarnings } from "./plans/warnings.ts";
import { workshopTitle } from "./plans/workshops-from-activities.ts";
import type { SourceDocument } from "./read-document.ts";

export interface PlanSummary {
  kind: "SAP" | "AWP";
  title: string;
  itemsPerPillar: Record<number, number>;
  replaced: boolean;
  /** Letter jumps and empty pillars, for a reader to check. */
  warnings: string[];
  /** The difference from the version in the catalogue before this run, when there was one. */
  diff: PlanDiff | null;
}

export interface DocumentSummary {
  fileName: string;
  kind: ParsedDocument["kind"];
  title: string;
  /** "unchanged" when the catalogue already holds what the document says (see importer.ts). */
  outcome: "imported" | "unchanged";
  plans: PlanSummary[];
  workshops: number;
  surveyRows: number;
  unplaced: ParsedDocument["unplaced"];
  /** An article's events, one line each (`articles/describe.ts`); none for plans and reports. */
  events: string[];
}

const codeOf = (ref: ItemRef) => `${ref.pillar}-(${ref.letter})`;

/** Workshops are matched across imports by this key, so staff edits and participants survive a re-import. */
const normalTitle = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export function workshopKey(w: ParsedWorkshop, plan?: ParsedPlan): string {
  const title = normalTitle(w.title);
  return plan
    ? `planned ${plan.kind} ${plan.periodStart} ${title}`
    : `${w.status} ${w.start ?? "undated"} ${title}`;
}

/**
 * Writes one parsed document, unless the caller found the catalogue already holds it (`unchanged`); the
 * caller wraps all documents of a run in one transaction.
 */
export function writeDocument(
  db: Db,
  source: SourceDocument,
  parsed: ParsedDocument,
  importedAt: string,
  unchanged: boolean,
): DocumentSummary {
  const summary: DocumentSummary = {
    fileName: source.fileName,
    kind: parsed.kind,
    title: parsed.title,
    outcome: "unchanged",
    plans: [],
    workshops: parsed.workshops.length,
    surveyRows: parsed.surveys.reduce((n, s) => n + s.rows.length, 0),
    unplaced: parsed.unplaced,
    events: parsed.kind === "article" ? parsed.workshops.map(eventLine) : [],
  };
  if (unchanged) {
    // A document imported before abbreviations were kept (migration 6) gains them on its next import.
    const known = db.prepare("SELECT id FROM documents WHERE sha256 = ?").pluck().get(source.sha256) as
      | number
      | undefined;
    if (known !== undefined) writeAbbreviations(db, known, parsed);
    summary.plans = parsed.plans.map((p) => planSummary(p, false));
    summary.workshops += parsed.plans.reduce((n, p) => n + plannedWorkshops(p).length, 0);
    return summary;
  }
  summary.outcome = "imported";
  // A file imported before whose plan was since replaced (a forced import) keeps its document row.
  const documentId = Number(
    db
      .prepare(
        `INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (sha256) DO UPDATE SET file_name = excluded.file_name, imported_at = excluded.imported_at
           RETURNING id`,
      )
      .pluck()
      .get(source.fileName, source.sha256, parsed.kind, parsed.title, importedAt),
  );
  for (const plan of parsed.plans) {
    const replaced = deletePlan(db, plan);
    const planId = insertPlan(db, plan, documentId);
    const planned = plannedWorkshops(plan);
    const workshopIds = planned.map((w) => upsertWorkshop(db, w, documentId, workshopKey(w, plan)));
    linkActivities(db, planId, planned, workshopIds);
    if (replaced) dropStalePlannedWorkshops(db);
    summary.plans.push(planSummary(plan, replaced));
    summary.workshops += planned.length;
  }
  for (const w of parsed.workshops) {
    if (parsed.kind === "article") writeEvent(db, w, documentId);
    else writeReported(db, w, documentId);
  }
  for (const survey of parsed.surveys) insertSurvey(db, documentId, survey);
  writeAbbreviations(db, documentId, parsed);
  return summary;
}

function writeAbbreviations(db: Db, documentId: number, parsed: ParsedDocument): void {
  const insert = db.prepare(
    "INSERT OR IGNORE INTO abbreviations (document_id, short, long) VALUES (?, ?, ?)",
  );
  for (const a of parsed.abbreviations) insert.run(documentId, a.short, a.long);
}

function planSummary(plan: ParsedPlan, replaced: boolean): PlanSummary {
  const itemsPerPillar: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const item of plan.items) itemsPerPillar[item.pillar] = (itemsPerPillar[item.pillar] ?? 0) + 1;
  return {
    kind: plan.kind,
    title: plan.title,
    itemsPerPillar,
    replaced,
    warnings: planWarnings(plan),
    diff: null,
  };
}

/** A new version of a plan replaces the old one's rows (items, KPIs, targets, activities, links). */
function deletePlan(db: Db, plan: ParsedPlan): boolean {
  const res = db
    .prepare("DELETE FROM plans WHERE kind = ? AND period_start = ? AND period_end = ?")
    .run(plan.kind, plan.periodStart, plan.periodEnd);
  return res.changes > 0;
}

function insertPlan(db: Db, plan: ParsedPlan, documentId: number): number {
  const planId = Number(
    db
      .prepare(
        "INSERT INTO plans (document_id, kind, title, period_start, period_end) VALUES (?, ?, ?, ?, ?) RETURNING id",
      )
      .pluck()
      .get(documentId, plan.kind, plan.title, plan.periodStart, plan.periodEnd),
  );
  const insertItem = db.prepare(
    `INSERT INTO action_items (plan_id, pillar, letter, code, action, rsp_ref, deadline, repaired_label,
       source_first_line, source_last_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertKpi = db.prepare("INSERT INTO kpis (action_item_id, position, text) VALUES (?, ?, ?)");
  const insertTarget = db.prepare("INSERT INTO targets (action_item_id, position, text) VALUES (?, ?, ?)");
  const insertActivity = db.prepare(
    "INSERT INTO activities (action_item_id, position, text) VALUES (?, ?, ?)",
  );
  const insertSeeAlso = db.prepare(
    "INSERT OR IGNORE INTO see_also (action_item_id, pillar, letter) VALUES (?, ?, ?)",
  );
  for (const item of plan.items) {
    const code = codeOf(item);
    const itemId = Number(
      insertItem
        .pluck()
        .get(
          planId,
          item.pillar,
          item.letter,
          code,
          item.action,
          item.rspRef,
          item.deadline,
          item.repairedLabel,
          item.firstLine,
          item.lastLine,
        ),
    );
    for (const [i, text] of item.kpis.entries()) insertKpi.run(itemId, i + 1, text);
    for (const [i, text] of item.targets.entries()) insertTarget.run(itemId, i + 1, text);
    item.activities.forEach((a, i) => {
      insertActivity.run(itemId, i + 1, a.text);
      for (const ref of a.seeAlso) {
        if (codeOf(ref) !== code) insertSeeAlso.run(itemId, ref.pillar, ref.letter);
      }
    });
  }
  return planId;
}

/**
 * Records the event a news article (or staff, from its text) reports: when it is a workshop the
 * catalogue already has (planned, scheduled or held: same topic, audience and period), that workshop
 * takes the facts and keeps its id; otherwise it is a new one.
 */
export function writeEvent(
  db: Db,
  w: ParsedWorkshop,
  documentId: number | null,
): { id: number; matched: boolean } {
  const same = sameEventInCatalogue(db, w);
  if (same === null) return { id: upsertWorkshop(db, w, documentId, workshopKey(w)), matched: false };
  fillFromEvent(db, same, w, documentId);
  return { id: same, matched: true };
}

const precision = (date: string | null) => (date === null ? null : date.length === 10 ? "day" : "month");

/**
 * A report's held workshop that another document knows only by its month (the survey annex of the next
 * year's report), or by its days when this one prints only the month, is one workshop: the days win.
 */
function writeReported(db: Db, w: ParsedWorkshop, documentId: number): number {
  const twin =
    w.status === "held"
      ? sameEventInCatalogue(
          db,
          w,
          (c) =>
            c.status === "held" &&
            c.document_id !== documentId &&
            precision(c.start_date) !== precision(w.start),
        )
      : null;
  if (twin === null) return upsertWorkshop(db, w, documentId, workshopKey(w));
  if (precision(w.start) === "day") fillFromEvent(db, twin, w, documentId);
  return twin;
}

function upsertWorkshop(db: Db, w: ParsedWorkshop, documentId: number | null, key: string): number {
  // Imported facts fill gaps but never overwrite what staff set (dates, status) after an earlier import.
  const id = Number(
    db
      .prepare(
        `INSERT INTO workshops (key, title, kind, city, venue, host_country, start_date, end_date, participants,
           administrations, sponsor, status, document_id, source_line)
         VALUES (@key, @title, @kind, @city, @venue, @hostCountry, @start, @end, @participants, @administrations,
           @sponsor, @status, @documentId, @line)
         ON CONFLICT (key) DO UPDATE SET
           title = excluded.title, kind = excluded.kind,
           city = COALESCE(workshops.city, excluded.city), venue = COALESCE(workshops.venue, excluded.venue),
           host_country = COALESCE(workshops.host_country, excluded.host_country),
           start_date = COALESCE(workshops.start_date, excluded.start_date),
           end_date = COALESCE(workshops.end_date, excluded.end_date),
           participants = COALESCE(excluded.participants, workshops.participants),
           administrations = COALESCE(excluded.administrations, workshops.administrations),
           sponsor = COALESCE(excluded.sponsor, workshops.sponsor),
           status = CASE WHEN workshops.status = 'planned' THEN excluded.status ELSE workshops.status END,
           document_id = excluded.document_id, source_line = excluded.source_line
         RETURNING id`,
      )
      .pluck()
      .get({ ...w, key, documentId }),
  );
  db.prepare("DELETE FROM workshop_countries WHERE workshop_id = ?").run(id);
  const insertCountry = db.prepare(
    "INSERT INTO workshop_countries (workshop_id, position, country) VALUES (?, ?, ?)",
  );
  for (const [i, c] of w.countries.entries()) insertCountry.run(id, i + 1, c);
  return id;
}

/**
 * A workshop the earlier version of a plan listed and the new one does not is removed — unless staff
 * gave it dates, a status, or participants, in which case it is theirs now and stays.
 */
function dropStalePlannedWorkshops(db: Db): void {
  db.prepare(
    `DELETE FROM workshops WHERE status = 'planned' AND start_date IS NULL AND key LIKE 'planned %'
       AND NOT EXISTS (SELECT 1 FROM workshop_action_items l WHERE l.workshop_id = workshops.id)
       AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.workshop_id = workshops.id)`,
  ).run();
}

/** Links each planned workshop to the items it serves, and each activity bullet to the workshop it names. */
function linkActivities(db: Db, planId: number, planned: ParsedWorkshop[], workshopIds: number[]): void {
  const itemId = db.prepare("SELECT id FROM action_items WHERE plan_id = ? AND code = ?").pluck();
  const link = db.prepare(
    "INSERT OR IGNORE INTO workshop_action_items (workshop_id, action_item_id) VALUES (?, ?)",
  );
  const byTitle = new Map<string, number>();
  planned.forEach((w, i) => {
    const workshopId = workshopIds[i] as number;
    byTitle.set(normalTitle(w.title), workshopId);
    for (const ref of w.serves) {
      const id = itemId.get(planId, codeOf(ref));
      if (id !== undefined) link.run(workshopId, id);
    }
  });
  const activities = db
    .prepare(
      "SELECT a.id, a.text FROM activities a JOIN action_items i ON i.id = a.action_item_id WHERE i.plan_id = ?",
    )
    .all(planId) as Array<{ id: number; text: string }>;
  const setWorkshop = db.prepare("UPDATE activities SET workshop_id = ? WHERE id = ?");
  for (const a of activities) {
    const title = workshopTitle(a.text);
    const workshopId = title === null ? undefined : byTitle.get(normalTitle(title));
    if (workshopId !== undefined) setWorkshop.run(workshopId, a.id);
  }
}

function insertSurvey(db: Db, documentId: number, survey: ParsedDocument["surveys"][number]): void {
  const insert = db.prepare(
    `INSERT INTO survey_history (document_id, fiscal_year, position, workshop_title, workshop_month, administrations,
       replies, shared_materials, submitted_reports, made_recommendations, inhouse_workshop, operational_manuals, others)
     VALUES (@documentId, @fiscalYear, @position, @workshopTitle, @workshopMonth, @administrations, @replies,
       @sharedMaterials, @submittedReports, @madeRecommendations, @inhouseWorkshop, @operationalManuals, @others)`,
  );
  for (const row of survey.rows) insert.run({ ...row, documentId, fiscalYear: survey.fiscalYear });
}
