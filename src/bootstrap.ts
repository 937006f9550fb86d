import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.ts";
import { type Db, openConfiguredDatabase } from "./db/open.ts";
import { importFiles } from "./import/importer.ts";
import type { DocumentSummary } from "./import/write-catalogue.ts";
import { CatalogueSearch } from "./search/index.ts";

/** The documents shipped with the app, imported on first start. */
export const BUNDLED_DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

export function bundledDocuments(dir = BUNDLED_DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => `${dir}${f}`);
}

export interface Catalogue {
  db: Db;
  search: CatalogueSearch;
  /** Summaries of the first-start import; empty when the catalogue already had documents. */
  imported: DocumentSummary[];
}

/** Opens the catalogue every entry point shares; an empty one is filled from the bundled documents. */
export function openCatalogue(config: Pick<Config, "DATABASE_PATH">, now: Date = new Date()): Catalogue {
  const db = openConfiguredDatabase(config.DATABASE_PATH);
  const count = db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
  const imported = count === 0 ? importFiles(db, bundledDocuments(), now) : [];
  return { db, search: CatalogueSearch.build(db), imported };
}
