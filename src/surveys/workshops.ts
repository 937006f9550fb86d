import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { z } from "zod";
import { officeToday } from "../blocks/dates.ts";
import {
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type WorkshopKind,
  type WorkshopStatus,
} from "../catalogue/vocabulary.ts";
import type { Db } from "../db/open.ts";
import { SurveysError } from "./errors.ts";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2025-03-14")
  .refine((d) => DateTime.fromISO(d).isValid, "is not a real calendar date");

const newWorkshopSchema = z
  .object({
    title: z.string().trim().min(1, "is required"),
    kind: z.enum(WORKSHOP_KINDS, `must be one of ${WORKSHOP_KINDS.join(", ")}`),
    countries: z.array(z.string().trim().min(1)).min(1, "needs at least one country"),
    start: isoDay.optional(),
    end: isoDay.optional(),
    city: z.string().trim().min(1).optional(),
    venue: z.string().trim().min(1).optional(),
    status: z.enum(WORKSHOP_STATUSES).optional(),
  })
  .refine((w) => !w.end || w.start, { message: "an end date needs a start date", path: ["end"] })
  .refine((w) => !w.start || !w.end || w.start <= w.end, { message: "ends before it starts", path: ["end"] });

export type NewWorkshop = z.input<typeof newWorkshopSchema>;

const updateSchema = z.object({
  start: isoDay.optional(),
  end: isoDay.optional(),
  city: z.string().trim().min(1).optional(),
  venue: z.string().trim().min(1).optional(),
  status: z.enum(WORKSHOP_STATUSES, `must be one of ${WORKSHOP_STATUSES.join(", ")}`).optional(),
});

export type WorkshopUpdate = z.input<typeof updateSchema>;

export interface WorkshopRow {
  id: number;
  title: string;
  kind: WorkshopKind;
  city: string | null;
  venue: string | null;
  start_date: string | null;
  end_date: string | null;
  status: WorkshopStatus;
  countries: string;
  participants_loaded: number;
}

function invalid(error: z.ZodError): SurveysError {
  const parts = error.issues.map((i) => `${i.path.join(".") || "workshop"} ${i.message}`);
  return new SurveysError("invalid_workshop", `The workshop was not saved: ${parts.join("; ")}.`);
}

/** Status implied by dates when staff do not say: no dates → planned, future → scheduled, past → held. */
function impliedStatus(start: string | undefined, end: string | undefined, today: string): WorkshopStatus {
  if (!start) return "planned";
  return (end ?? start) < today ? "held" : "scheduled";
}

function statusAfter(
  u: WorkshopUpdate,
  current: WorkshopRow,
  start: string | null,
  end: string | null,
  now: Date,
  zone: string,
): WorkshopStatus {
  if (u.status) return u.status;
  if (current.status !== "planned" || !u.start || !start) return current.status;
  return impliedStatus(start, end ?? undefined, officeToday(now, zone));
}

/** Adds a workshop staff planned or held outside the imported documents; returns its id. */
export function addWorkshop(db: Db, input: NewWorkshop, now: Date, zone: string): number {
  const parsed = newWorkshopSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const w = parsed.data;
  const today = officeToday(now, zone);
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO workshops (key, title, kind, city, venue, start_date, end_date, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          `staff ${randomUUID()}`,
          w.title,
          w.kind,
          w.city ?? null,
          w.venue ?? null,
          w.start ?? null,
          w.end ?? w.start ?? null,
          w.status ?? impliedStatus(w.start, w.end, today),
        ).lastInsertRowid,
    );
    const country = db.prepare(
      "INSERT INTO workshop_countries (workshop_id, position, country) VALUES (?, ?, ?)",
    );
    for (const [i, c] of w.countries.entries()) country.run(id, i + 1, c);
    return id;
  })();
}

/** Sets a workshop's dates, venue or status; pending reminders follow on the next run. */
/**
 * Changes a workshop. A planned workshop that gets its dates becomes scheduled (held when they are past)
 * unless a status is given: the dates are what made it more than a plan.
 */
export function updateWorkshop(
  db: Db,
  id: number,
  input: WorkshopUpdate,
  now: Date,
  zone: string,
): WorkshopRow {
  const parsed = updateSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const u = parsed.data;
  const current = getWorkshop(db, id);
  if (!current) throw new SurveysError("unknown_workshop", `There is no workshop with id ${id}.`);
  const start = u.start ?? current.start_date;
  const end = u.end ?? (u.start && !current.end_date ? u.start : current.end_date);
  if (end && !start) throw new SurveysError("invalid_workshop", "An end date needs a start date.");
  if (start && end && start.length === end.length && end < start) {
    throw new SurveysError(
      "invalid_workshop",
      `The workshop would end (${end}) before it starts (${start}).`,
    );
  }
  db.prepare(
    `UPDATE workshops SET start_date = ?, end_date = ?, city = ?, venue = ?, status = ? WHERE id = ?`,
  ).run(
    start,
    end,
    u.city ?? current.city,
    u.venue ?? current.venue,
    statusAfter(u, current, start, end, now, zone),
    id,
  );
  return getWorkshop(db, id) as WorkshopRow;
}

const selectWorkshops = `
  SELECT w.id, w.title, w.kind, w.city, w.venue, w.start_date, w.end_date, w.status,
         COALESCE((SELECT group_concat(country, ', ') FROM
                    (SELECT country FROM workshop_countries c WHERE c.workshop_id = w.id ORDER BY position)), '') AS countries,
         (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participants_loaded
    FROM workshops w`;

export function getWorkshop(db: Db, id: number): WorkshopRow | undefined {
  return db.prepare(`${selectWorkshops} WHERE w.id = ?`).get(id) as WorkshopRow | undefined;
}

export function listWorkshops(db: Db): WorkshopRow[] {
  return db
    .prepare(`${selectWorkshops} ORDER BY w.start_date IS NULL, w.start_date, w.id`)
    .all() as WorkshopRow[];
}
