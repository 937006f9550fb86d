import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import { addressTooLong } from "../mail/address.ts";
import { SurveysError } from "./errors.ts";
import { getWorkshop } from "./workshops.ts";

const rowSchema = z.object({
  name: z.string().trim().min(1, "name is empty"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("email is not an email address"))
    .superRefine((email, ctx) => {
      const tooLong = addressTooLong(email);
      if (tooLong) ctx.addIssue({ code: "custom", message: `email ${tooLong}` });
    }),
  administration: z.string().trim().min(1, "administration is empty"),
  slack_user_id: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .string()
        .regex(/^[UW][A-Z0-9]{2,}$/, "slack_user_id is not a Slack user ID (U… or W…)")
        .nullable(),
    )
    .optional()
    .transform((v) => v ?? null),
});

export type ParticipantRow = z.output<typeof rowSchema>;

export interface BadLine {
  line: number;
  reason: string;
}

export interface ImportSummary {
  workshopId: number;
  added: number;
  updated: number;
  unchanged: number;
}

const REQUIRED = ["name", "email", "administration"] as const;

/** Parses and validates a whole participants CSV; every bad line is reported, not only the first. */
export function parseParticipantsCsv(text: string): { rows: ParticipantRow[]; errors: BadLine[] } {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  let columns: string[] = [];
  try {
    records = parse(text, {
      columns: (header: string[]) => {
        columns = header.map((h) => h.trim().toLowerCase());
        return columns;
      },
      skip_empty_lines: true,
      bom: true,
      trim: true,
      info: true,
      relax_column_count: false,
    }) as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    return { rows: [], errors: [{ line, reason: `the file is not valid CSV (${(err as Error).message})` }] };
  }
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { rows: [], errors: [{ line: 1, reason: `missing column(s): ${missing.join(", ")}` }] };
  }
  const rows: ParticipantRow[] = [];
  const errors: BadLine[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const result = rowSchema.safeParse(record);
    if (!result.success) {
      errors.push({ line: info.lines, reason: result.error.issues.map((i) => i.message).join("; ") });
      continue;
    }
    const first = seen.get(result.data.email);
    if (first !== undefined) {
      errors.push({
        line: info.lines,
        reason: `email ${result.data.email} already appears on line ${first}`,
      });
      continue;
    }
    seen.set(result.data.email, info.lines);
    rows.push(result.data);
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ line: 1, reason: "the file has no participants" });
  return { rows, errors };
}

/**
 * Loads a workshop's participants from CSV text: all or nothing. People are matched by email, so
 * importing the same file again changes nothing and a corrected file updates names in place.
 */
export function importParticipants(db: Db, workshopId: number, text: string, now: Date): ImportSummary {
  if (!getWorkshop(db, workshopId)) {
    throw new SurveysError("unknown_workshop", `There is no workshop with id ${workshopId}.`);
  }
  const checked = checkParticipantChanges(db, workshopId, { lists: [{ source: "", text }], remove: [] });
  if (checked.problems.length > 0) {
    throw new SurveysError(
      "invalid_participants",
      `Nothing was changed; nothing was written.\n${checked.problems.join("\n")}`,
    );
  }
  const { removed: _, ...summary } = writeParticipantChanges(db, workshopId, checked, now);
  return summary;
}

/** Participant lists (a paste, a file…) to add or update, and e-mail addresses to remove, at once. */
export interface ParticipantChanges {
  /** `source` names the list in error messages ("the file people.csv"); "" for a single list. */
  lists: Array<{ source: string; text: string }>;
  remove: string[];
}

/** Addresses typed one per line, or separated by commas, semicolons or spaces. */
export function parseAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Checks every change before writing any: every line of every list valid, no address in two lists,
 * every address to remove a participant of this workshop who has not answered (an answer is kept).
 * Returns every problem as a sentence; none means the changes can be applied.
 */
export function checkParticipantChanges(
  db: Db,
  workshopId: number,
  changes: ParticipantChanges,
): { rows: ParticipantRow[]; removeIds: number[]; problems: string[] } {
  const rows: ParticipantRow[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const list of changes.lists) {
    const where = list.source ? `${list.source}, ` : "";
    const parsed = parseParticipantsCsv(list.text);
    for (const e of parsed.errors) problems.push(`${where}line ${e.line}: ${e.reason}`);
    for (const r of parsed.rows) {
      const other = seen.get(r.email);
      if (other !== undefined) problems.push(`${where}email ${r.email} is also in ${other}`);
      seen.set(r.email, list.source || "the list");
      rows.push(r);
    }
  }
  const find = db.prepare(
    `SELECT p.id, EXISTS (SELECT 1 FROM survey_responses s WHERE s.participant_id = p.id) AS answered
       FROM participants p WHERE p.workshop_id = ? AND p.email = ?`,
  );
  const removeIds: number[] = [];
  for (const email of new Set(changes.remove)) {
    const found = find.get(workshopId, email) as { id: number; answered: number } | undefined;
    if (!email.includes("@")) problems.push(`cannot remove "${email}": not an email address`);
    else if (!found) problems.push(`cannot remove ${email}: not a participant of this workshop`);
    else if (found.answered)
      problems.push(`cannot remove ${email}: they answered the survey, and the answer is kept`);
    else if (seen.has(email)) problems.push(`cannot remove ${email}: the same change also loads them`);
    else removeIds.push(found.id);
  }
  if (rows.length === 0 && removeIds.length === 0 && problems.length === 0) {
    problems.push("there is nothing to load or remove");
  }
  return { rows, removeIds, problems };
}

/**
 * Writes changes `checkParticipantChanges` found no problem in, in one transaction: for a caller that
 * shows the problems itself, so the lists are not parsed and checked twice.
 */
export function writeParticipantChanges(
  db: Db,
  workshopId: number,
  { rows, removeIds }: { rows: ParticipantRow[]; removeIds: number[] },
  now: Date,
): ImportSummary & { removed: number } {
  const find = db.prepare(
    "SELECT id, name, administration, slack_user_id FROM participants WHERE workshop_id = ? AND email = ?",
  );
  const insert = db.prepare(
    `INSERT INTO participants (workshop_id, name, email, administration, slack_user_id, imported_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE participants SET name = ?, administration = ?,
       slack_user_id = COALESCE(?, slack_user_id), tz = CASE WHEN ? IS NULL THEN tz ELSE NULL END
     WHERE id = ?`,
  );
  // Reminders, the personal link and the outbox rows go with the participant (ON DELETE CASCADE).
  const remove = db.prepare("DELETE FROM participants WHERE id = ?");
  const summary = { workshopId, added: 0, updated: 0, unchanged: 0, removed: 0 };
  db.transaction(() => {
    for (const r of rows) {
      const old = find.get(workshopId, r.email) as
        | { id: number; name: string; administration: string; slack_user_id: string | null }
        | undefined;
      if (!old) {
        insert.run(workshopId, r.name, r.email, r.administration, r.slack_user_id, now.toISOString());
        summary.added++;
      } else if (
        old.name !== r.name ||
        old.administration !== r.administration ||
        (r.slack_user_id !== null && r.slack_user_id !== old.slack_user_id)
      ) {
        const newId = r.slack_user_id !== old.slack_user_id ? r.slack_user_id : null;
        update.run(r.name, r.administration, r.slack_user_id, newId, old.id);
        summary.updated++;
      } else {
        summary.unchanged++;
      }
    }
    for (const id of removeIds) summary.removed += remove.run(id).changes;
  }).immediate();
  return summary;
}
