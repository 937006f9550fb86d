import type { Db } from "../db/open.ts";
import { type Concept, conceptsIn } from "./synonyms.ts";

/** A survey row is one workshop's line of a printed Follow-Up Action Survey table. */
export type DocType = "workshop" | "item" | "activity" | "survey";

/** One searchable record; `topics` holds concept tokens from the title, `related` those from linked text. */
export interface SearchDocument {
  id: string;
  type: DocType;
  /** Workshop id, action item id for items and activities, survey_history id for survey rows. */
  ref: number;
  title: string;
  countries: string;
  body: string;
  topics: string;
  related: string;
}

/** Every record, its concepts read with the catalogue's own abbreviations (`concepts`) too. */
export function loadDocuments(db: Db, concepts: readonly Concept[] = []): SearchDocument[] {
  const tokens = (text: string) => conceptsIn(text, concepts).join(" ");
  const docs: SearchDocument[] = [];
  const workshops = db
    .prepare(
      `SELECT w.id, w.title, w.kind,
         coalesce(w.city, '') || ' ' || coalesce(w.venue, '') AS site,
         coalesce(w.host_country, '') || ' ' || coalesce(w.sponsor, '') AS place,
         (SELECT group_concat(country, ', ') FROM workshop_countries c WHERE c.workshop_id = w.id) AS countries,
         (SELECT group_concat(i.action, ' ') FROM workshop_action_items wa
            JOIN action_items i ON i.id = wa.action_item_id WHERE wa.workshop_id = w.id) AS served
       FROM workshops w`,
    )
    .all() as Array<{
    id: number;
    title: string;
    kind: string;
    site: string;
    place: string;
    countries: string | null;
    served: string | null;
  }>;
  for (const w of workshops) {
    const countries = w.countries ?? "";
    docs.push({
      id: `w${w.id}`,
      type: "workshop",
      ref: w.id,
      title: w.title,
      countries,
      body: `${w.kind} ${w.site} ${w.place}`,
      // The city as a concept too: "Hanoi" finds a workshop held in "Ha Noi".
      topics: tokens(`${w.title} ${countries} ${w.site}`),
      related: tokens(w.served ?? ""),
    });
  }
  const items = db
    .prepare(
      `SELECT i.id, i.code, i.action, coalesce(i.rsp_ref, '') AS rsp,
         (SELECT group_concat(text, ' ') FROM kpis k WHERE k.action_item_id = i.id) AS kpis,
         (SELECT group_concat(text, ' ') FROM targets t WHERE t.action_item_id = i.id) AS targets
       FROM action_items i`,
    )
    .all() as Array<{
    id: number;
    code: string;
    action: string;
    rsp: string;
    kpis: string | null;
    targets: string | null;
  }>;
  for (const i of items) {
    const extra = `${i.kpis ?? ""} ${i.targets ?? ""}`;
    docs.push({
      id: `i${i.id}`,
      type: "item",
      ref: i.id,
      title: i.action,
      countries: "",
      body: `${i.rsp} ${extra}`,
      topics: tokens(i.action),
      related: tokens(extra),
    });
  }
  const activities = db.prepare("SELECT id, action_item_id, text FROM activities").all() as Array<{
    id: number;
    action_item_id: number;
    text: string;
  }>;
  for (const a of activities) {
    docs.push({
      id: `a${a.id}`,
      type: "activity",
      ref: a.action_item_id,
      title: a.text,
      countries: "",
      body: "",
      topics: tokens(a.text),
      related: "",
    });
  }
  const surveys = db.prepare("SELECT id, fiscal_year, workshop_title FROM survey_history").all() as Array<{
    id: number;
    fiscal_year: string;
    workshop_title: string;
  }>;
  for (const r of surveys) {
    docs.push({
      id: `s${r.id}`,
      type: "survey",
      ref: r.id,
      title: r.workshop_title,
      countries: "",
      body: `FY${r.fiscal_year}`,
      topics: tokens(r.workshop_title),
      related: "",
    });
  }
  return docs;
}
