import type { Db } from "../db/open.ts";
import { parseDocument } from "./parse-document.ts";
import type { ParsedDocument } from "./parsed.ts";
import { ImportError, readDocument, type SourceDocument } from "./read-document.ts";
import { type DocumentSummary, writeDocument } from "./write-catalogue.ts";

export class ImportFailed extends Error {
  override name = "ImportFailed";
  constructor(readonly errors: ImportError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

/**
 * Imports documents all-or-nothing: every file is read and parsed first; if any cannot be,
 * nothing is written and every failure is reported. Then one transaction writes them all.
 */
export function importFiles(db: Db, paths: string[], now: Date = new Date()): DocumentSummary[] {
  const parsed: Array<{ source: SourceDocument; doc: ParsedDocument }> = [];
  const errors: ImportError[] = [];
  for (const path of paths) {
    try {
      const source = readDocument(path);
      parsed.push({ source, doc: parseDocument(source) });
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      errors.push(err);
    }
  }
  if (errors.length > 0) throw new ImportFailed(errors);
  const importedAt = now.toISOString();
  return db.transaction(() => parsed.map(({ source, doc }) => writeDocument(db, source, doc, importedAt)))();
}

const DOCUMENT_KINDS = {
  plan: "plan document",
  annual_report: "annual report",
  article: "event report",
} as const;

/** The per-document summary every run prints: items per pillar, workshops, and text it could not place. */
export function formatSummary(summaries: DocumentSummary[]): string {
  const out: string[] = [];
  for (const s of summaries) {
    out.push(`${s.fileName}: ${DOCUMENT_KINDS[s.kind]} "${s.title}" — ${s.outcome}`);
    for (const p of s.plans) {
      const pillars = Object.entries(p.itemsPerPillar)
        .map(([pillar, n]) => `pillar ${pillar}: ${n}`)
        .join(", ");
      out.push(`  ${p.title}${p.replaced ? " (replaces the earlier version)" : ""}: ${pillars}`);
    }
    out.push(`  workshops: ${s.workshops}${s.surveyRows ? `; follow-up survey rows: ${s.surveyRows}` : ""}`);
    if (s.unplaced.length > 0) {
      out.push(`  text it could not place (${s.unplaced.length}):`);
      for (const u of s.unplaced) out.push(`    line ${u.line}: ${u.text}`);
    }
  }
  return out.join("\n");
}
