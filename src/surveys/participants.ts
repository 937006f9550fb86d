import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import { SurveysError } from "./errors.ts";
import { getWorkshop } from "./workshops.ts";

const rowSchema = z.object({
  name: z.string().trim().min(1, "name is empty"),
  email: z.string().trim().toLowerCase().pipe(z.email("email is not an email address")),
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
  const { rows, errors } = parseParticipantsCsv(text);
  if (errors.length > 0) {
    const lines = errors.map((e) => `line ${e.line}: ${e.reason}`).join("\n");
    throw new SurveysError(
      "invalid_participants",
      `The file was not imported; nothing was written.\n${lines}`,
    );
  }
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
  const summary: ImportSummary = { workshopId, added: 0, updated: 0, unchanged: 0 };
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
  })();
  return summary;
}
