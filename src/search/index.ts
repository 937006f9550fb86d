import type { Db } from "../db/open.ts";

/** Full-text search over workshops, action items and activities (owned by the commands work). */
export class CatalogueSearch {
  private constructor(private readonly db: Db) {}

  static build(db: Db): CatalogueSearch {
    return new CatalogueSearch(db);
  }

  /** Rebuilds the index from SQLite, after an import. */
  refresh(): void {
    void this.db;
  }
}
