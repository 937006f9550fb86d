import type { Migration } from "../migrate.ts";

const OLD_KINDS = "('national', 'sub-regional', 'regional', 'accreditation', 'seminar', 'meeting', 'other')";
const NEW_KINDS =
  "('national', 'sub-regional', 'regional', 'accreditation', 'seminar', 'meeting', 'conference', 'ceremony', 'mission', 'other')";
const OLD_DOCUMENTS = "kind IN ('plan', 'annual_report')";
const NEW_DOCUMENTS = "kind IN ('plan', 'annual_report', 'article')";

const WIDENED: Array<{ table: string; from: string; to: string }> = [
  { table: "workshops", from: OLD_KINDS, to: NEW_KINDS },
  { table: "documents", from: OLD_DOCUMENTS, to: NEW_DOCUMENTS },
];

/**
 * Events apart from workshops, and the audience apart from the place: the kinds gain conference,
 * ceremony and mission, a workshop records the country it was held in (`host_country`) beside the
 * Members it was for (`workshop_countries`), a document may be a news article about one event, and
 * staff's pasted articles wait in `event_drafts` until confirmed.
 *
 * The CHECKs are widened by editing the table's stored SQL (SQLite's documented way to change a
 * constraint that no stored row can break): rebuilding the table would cascade-delete every row that
 * references a workshop, since foreign keys cannot be switched off inside the migration's transaction.
 */
export const eventPlace: Migration = {
  version: 4,
  name: "event-place",
  up(db) {
    db.exec(`ALTER TABLE workshops ADD COLUMN host_country TEXT;
      -- An article staff pasted in Slack, kept between "what was read" and Confirm: the confirmation names
      -- the draft, never carries the event, and a used draft records nothing twice.
      CREATE TABLE event_drafts (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        article TEXT NOT NULL,
        created_at TEXT NOT NULL,
        used_at TEXT,
        workshop_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL
      ) STRICT;`);
    const version = db.pragma("schema_version", { simple: true }) as number;
    db.unsafeMode(true);
    try {
      db.pragma("writable_schema = ON");
      const widen = db.prepare(
        "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0",
      );
      for (const w of WIDENED) {
        if (widen.run(w.from, w.to, w.table, w.from).changes !== 1)
          throw new Error(`migration event-place: the ${w.table} table's kind CHECK was not found`);
      }
      db.pragma(`schema_version = ${version + 1}`);
      db.pragma("writable_schema = OFF");
    } finally {
      db.unsafeMode(false);
    }
  },
};
