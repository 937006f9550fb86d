import { basename } from "node:path";
import type { Db } from "../db/open.ts";
import { catalogueVocabulary } from "./articles/vocabulary.ts";
import { parseDocument } from "./parse-document.ts";
import type { ParsedDocument, ParsedPlan } from "./parsed.ts";
import { diffPlans, factsOf, losses, type PlanDiff, storedFacts } from "./plans/compare.ts";
import { ImportError, readAnyDocument, readDocument, type SourceDocument } from "./read-document.ts";
import { type DocumentSummary, writeDocument } from "./write-catalogue.ts";

export class ImportFailed extends Error {
  override name = "ImportFailed";
  readonly errors: ImportError[];

  constructor(errors: ImportError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.errors = errors;
  }
}

export interface ImportOptions {
  /** Import a new version of a plan even when it would lose a pillar or a quarter of its items or KPIs. */
  force?: boolean;
  /** Read, check and summarise everything, then roll back: the database is left as it was. */
  dryRun?: boolean;
}

interface Parsed {
  source: SourceDocument;
  doc: ParsedDocument;
}

class RollBack extends Error {}

/** A file read for an import, or the reason it could not be. */
type Read = SourceDocument | ImportError;

/**
 * A file that cannot be imported is a value to report. Anything else is a fault of the importer on this
 * file; it is reported the same way (a sentence naming the file, no stack trace), the database untouched.
 */
function refusal(err: unknown, fileName: string): ImportError {
  if (err instanceof ImportError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new ImportError(fileName, `could not be imported: the importer failed on it (${reason})`);
}

function attempt(path: string, read: (path: string) => SourceDocument): Read {
  try {
    return read(path);
  } catch (err) {
    return refusal(err, basename(path));
  }
}

/** Imports text files (the bundled documents, tests); see importDocuments. */
export function importFiles(
  db: Db,
  paths: string[],
  now: Date = new Date(),
  options: ImportOptions = {},
): DocumentSummary[] {
  return importDocuments(
    db,
    paths.map((path) => attempt(path, readDocument)),
    now,
    options,
  );
}

/** Imports text and Word files (`npm run import`); see importDocuments. */
export async function importAnyFiles(
  db: Db,
  paths: string[],
  now: Date,
  options: ImportOptions,
): Promise<DocumentSummary[]> {
  const reads = await Promise.all(
    paths.map((path) => readAnyDocument(path).catch((err: unknown) => refusal(err, basename(path)))),
  );
  return importDocuments(db, reads, now, options);
}

/**
 * Imports documents all-or-nothing: every file is read, parsed and checked against the catalogue
 * first; if any cannot be imported, nothing is written and every failure is reported. Then one
 * transaction writes them all (rolled back on a dry run).
 */
function importDocuments(db: Db, reads: Read[], now: Date, options: ImportOptions): DocumentSummary[] {
  const parsed: Parsed[] = [];
  const errors: ImportError[] = [];
  const vocabulary = catalogueVocabulary(db);
  for (const source of reads) {
    if (source instanceof ImportError) {
      errors.push(source);
      continue;
    }
    try {
      parsed.push({ source, doc: parseDocument(source, { vocabulary }) });
    } catch (err) {
      errors.push(refusal(err, source.fileName));
    }
  }
  if (errors.length > 0) throw new ImportFailed(errors);
  const importedAt = now.toISOString();
  const summaries: DocumentSummary[] = [];
  // Each document is checked against the catalogue as the documents before it in the run left it;
  // any refusal rolls the whole run back.
  const write = db.transaction(() => {
    for (const { source, doc } of parsed) {
      try {
        const diffs = checkPlans(db, source, doc, options.force ?? false);
        const summary = writeDocument(db, source, doc, importedAt, isUnchanged(db, source, diffs));
        summary.plans.forEach((p, k) => {
          p.diff = diffs[k] ?? null;
        });
        summaries.push(summary);
      } catch (err) {
        errors.push(refusal(err, source.fileName));
      }
    }
    if (errors.length > 0) throw new ImportFailed(errors);
    if (options.dryRun) throw new RollBack();
  });
  try {
    write();
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  return summaries;
}

/**
 * Whether the catalogue already holds what this document says, judged by the catalogue's content: each of
 * its plans is stored item for item as the document has it (a forced import of another version since
 * then makes the original "changed" again, so importing it undoes the forced one). Reports and articles
 * only add rows matched by key, so for them the file having been imported before is enough.
 */
function isUnchanged(db: Db, source: SourceDocument, diffs: Array<PlanDiff | null>): boolean {
  const sameContent = diffs.every(
    (d) => d !== null && d.added.length + d.removed.length + d.changed.length === 0,
  );
  return (
    sameContent && db.prepare("SELECT 1 FROM documents WHERE sha256 = ?").get(source.sha256) !== undefined
  );
}

/** Refuses a new version of a plan that would destroy much of the stored one; returns the differences. */
function checkPlans(
  db: Db,
  source: SourceDocument,
  doc: ParsedDocument,
  force: boolean,
): Array<PlanDiff | null> {
  return doc.plans.map((plan) => {
    const before = storedFacts(db, plan);
    const partial = before === null && !force ? readInPieces(plan) : null;
    if (partial) {
      throw new ImportError(
        source.fileName,
        `${plan.title} was not read whole: ${partial}; nothing was imported (use --force to import what was read)`,
        plan.evidence?.line,
      );
    }
    if (before === null) return null;
    const after = factsOf(plan);
    const lost = force ? null : losses(before, after);
    if (lost) {
      throw new ImportError(
        source.fileName,
        `this version of ${plan.title} would lose ${lost} compared with the catalogue; nothing was imported (use --force to replace it anyway)`,
      );
    }
    return diffPlans(before, after);
  });
}

/**
 * Why a plan read for the first time looks read in pieces, or null: most pillars of one or two items
 * while the document printed many more labels, or more lines of its table left unplaced than items read.
 */
function readInPieces(plan: ParsedPlan): string | null {
  const seen = plan.evidence;
  if (!seen) return null;
  const read = plan.items.length;
  const perPillar = [1, 2, 3, 4]
    .map((p) => plan.items.filter((i) => i.pillar === p).length)
    .filter((n) => n > 0);
  const thin = perPillar.filter((n) => n <= 2).length * 2 > perPillar.length;
  if (thin && seen.labels > 2 * read) {
    return `${read} items in ${perPillar.length} pillars while the document prints ${seen.labels} item labels`;
  }
  if (seen.unplaced > read)
    return `${seen.unplaced} lines of its table could not be placed, against ${read} items read`;
  return null;
}

function listed(codes: string[]): string {
  return codes.length > 8 ? `${codes.slice(0, 8).join(", ")} and ${codes.length - 8} more` : codes.join(", ");
}

function diffLine(diff: PlanDiff): string {
  const parts = (
    [
      ["added", diff.added],
      ["removed", diff.removed],
      ["changed", diff.changed],
    ] as const
  )
    .filter(([, codes]) => codes.length > 0)
    .map(([what, codes]) => `${codes.length} ${what} (${listed(codes)})`);
  return parts.length > 0 ? `items ${parts.join("; ")}` : "no item changed";
}

const DOCUMENT_KINDS = {
  plan: "plan document",
  annual_report: "annual report",
  article: "event report",
} as const;

/**
 * The per-document summary every run prints: items per pillar, warnings, the difference from the
 * catalogue, workshops, and text it could not place.
 */
export function formatSummary(summaries: DocumentSummary[], dryRun = false): string {
  const out: string[] = [];
  for (const s of summaries) {
    const outcome = dryRun ? (s.outcome === "imported" ? "would be imported" : "unchanged") : s.outcome;
    out.push(`${s.fileName}: ${DOCUMENT_KINDS[s.kind]} "${s.title}" — ${outcome}`);
    for (const p of s.plans) {
      const pillars = Object.entries(p.itemsPerPillar)
        .map(([pillar, n]) => `pillar ${pillar}: ${n}`)
        .join(", ");
      const replaces = p.replaced ? ` (${dryRun ? "would replace" : "replaces"} the earlier version)` : "";
      out.push(`  ${p.title}${replaces}: ${pillars}`);
      if (p.diff) out.push(`    compared with the catalogue: ${diffLine(p.diff)}`);
      for (const w of p.warnings) out.push(`    warning: ${w}`);
    }
    out.push(`  workshops: ${s.workshops}${s.surveyRows ? `; follow-up survey rows: ${s.surveyRows}` : ""}`);
    for (const e of s.events) out.push(`    ${e}`);
    if (s.unplaced.length > 0) {
      out.push(`  text it could not place (${s.unplaced.length}):`);
      for (const u of s.unplaced) out.push(`    line ${u.line}: ${u.text}`);
    }
  }
  if (dryRun) out.push("Dry run: nothing was written; the database is unchanged.");
  return out.join("\n");
}
