import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { catalogueVersion } from "../db/bookkeeping.ts";
import type { Db } from "../db/open.ts";
import { catalogueConcepts } from "./abbreviations.ts";
import { type DocType, loadDocuments, type SearchDocument } from "./documents.ts";
import { type Concept, splitQuery } from "./synonyms.ts";

export { catalogueConcepts } from "./abbreviations.ts";
export { canonicalCountries, canonicalCountry } from "./countries.ts";
export { type Concept, compact, conceptPhrases, conceptsIn, sameCountry, splitQuery } from "./synonyms.ts";

/** Words too common in titles to tell records apart, and the filler of a question ("what is there about…"). */
export const STOP_WORDS = new Set(
  `a an and at by for in of on or the to with upon request workshop workshops ws national
   about any are is me show tell there what which`.split(/\s+/),
);

/** Queries longer than this are cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY = 200;

/** A record found, and whether it matched every concept and word of the query. */
export interface Found {
  id: number;
  full: boolean;
}

export interface Hit {
  type: DocType;
  ref: number;
  score: number;
  /** Matched every concept and word of the query. */
  full: boolean;
}

const WORD_FIELDS = ["title", "countries", "body"];
const CONCEPT_FIELDS = ["topics", "related"];

/** Full-text search over workshops, action items and activities; built from SQLite, rebuilt after an import. */
export class CatalogueSearch {
  private index: MiniSearch<SearchDocument>;
  private version = "";
  /** The catalogue's abbreviations, read with the index: a query names them as it names built-in concepts. */
  private concepts: readonly Concept[] = [];

  private readonly db: Db;

  private constructor(db: Db) {
    this.db = db;
    this.index = CatalogueSearch.emptyIndex();
    this.refresh();
  }

  static build(db: Db): CatalogueSearch {
    return new CatalogueSearch(db);
  }

  /** Rebuilds the index from SQLite, after an import. */
  refresh(): void {
    const index = CatalogueSearch.emptyIndex();
    this.concepts = catalogueConcepts(this.db);
    index.addAll(loadDocuments(this.db, this.concepts));
    this.index = index;
    this.version = this.catalogueVersion();
  }

  private catalogueVersion(): string {
    return catalogueVersion(this.db);
  }

  /** Rebuilt when the catalogue changed since the last build, so a workshop staff add is found at once. */
  private current(): MiniSearch<SearchDocument> {
    if (!this.db.inTransaction && this.catalogueVersion() !== this.version) this.refresh();
    return this.index;
  }

  get size(): number {
    return this.index.documentCount;
  }

  private static emptyIndex(): MiniSearch<SearchDocument> {
    return new MiniSearch<SearchDocument>({
      fields: ["title", "countries", "body", "topics", "related"],
      storeFields: ["type", "ref"],
      processTerm: (term) => {
        const t = term.toLowerCase();
        return STOP_WORDS.has(t) ? null : t;
      },
      searchOptions: {
        boost: { title: 3, countries: 2, topics: 3, related: 1, body: 1 },
      },
    });
  }

  /**
   * Records matching every concept and word first (best score first), then those matching some.
   * Concepts ("risk management", "Laos") match their synonyms; words match by prefix and with typos.
   */
  search(text: string, types?: readonly DocType[]): Hit[] {
    const index = this.current();
    const { concepts, rest } = splitQuery(text.slice(0, MAX_QUERY), this.concepts);
    const words = rest
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== "" && !STOP_WORDS.has(w))
      .slice(0, 20);
    const parts: Query[] = [
      ...concepts.map((c) => ({ queries: [c], fields: CONCEPT_FIELDS, prefix: false, fuzzy: false })),
      ...words.map((w) => ({
        queries: [w],
        fields: WORD_FIELDS,
        prefix: w.length >= 3,
        fuzzy: w.length >= 5 ? 0.2 : false,
      })),
    ];
    if (parts.length === 0) return [];
    const filter = types ? (r: SearchResult) => types.includes(r.type as DocType) : undefined;
    const run = (combineWith: "AND" | "OR") =>
      index.search({ combineWith, queries: parts }, filter ? { filter } : {});
    const hit = (r: SearchResult, full: boolean): Hit => ({
      type: r.type as DocType,
      ref: r.ref as number,
      score: r.score,
      full,
    });
    const hits = run("AND").map((r) => hit(r, true));
    if (parts.length > 1) {
      const seen = new Set(hits.map((h) => `${h.type}${h.ref}`));
      for (const r of run("OR")) if (!seen.has(`${r.type}${r.ref}`)) hits.push(hit(r, false));
    }
    return hits;
  }

  /** Rows of printed Follow-Up Action Survey tables (survey_history ids), best match first. */
  surveyRows(text: string): Found[] {
    return this.search(text, ["survey"]).map((h) => ({ id: h.ref, full: h.full }));
  }

  /** Workshops, best match first. */
  workshops(text: string): Found[] {
    return this.search(text, ["workshop"]).map((h) => ({ id: h.ref, full: h.full }));
  }

  /** Action items, best match first; an activity counts for its action item. */
  actionItems(text: string): Found[] {
    const seen = new Set<number>();
    const out: Found[] = [];
    for (const h of this.search(text, ["item", "activity"])) {
      if (seen.has(h.ref)) continue;
      seen.add(h.ref);
      out.push({ id: h.ref, full: h.full });
    }
    return out;
  }
}
