import type { Migration } from "../migrate.ts";

/**
 * The abbreviations each document defines in brackets ("Human Resource Development (HRD)"), read at
 * import: questions and searches take either form for the other. They go with their document.
 */
export const abbreviations: Migration = {
  version: 6,
  name: "abbreviations",
  up(db) {
    db.exec(`CREATE TABLE abbreviations (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        short TEXT NOT NULL,
        long TEXT NOT NULL,
        PRIMARY KEY (document_id, short, long)
      ) STRICT;`);
  },
};
