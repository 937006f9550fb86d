import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedWorkshop } from "../../../src/import/parsed.ts";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { type ParsedReport, parseReport } from "../../../src/import/reports/index.ts";

const DATA = join(import.meta.dirname, "../../../data");

/** A seed report parsed as the importer does: plan tables found first and skipped. */
export function seedReport(prefix: string): ParsedReport {
  const name = readdirSync(DATA).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed file ${prefix}`);
  const lines = readFileSync(join(DATA, name), "utf8").split(/\r?\n/);
  return parseReport(lines, parsePlans(lines).ranges);
}

export function find(workshops: ParsedWorkshop[], title: RegExp, start?: string): ParsedWorkshop {
  const found = workshops.filter((w) => title.test(w.title) && (start === undefined || w.start === start));
  if (found.length !== 1) throw new Error(`${found.length} workshops match ${title} ${start ?? ""}`);
  return found[0] as ParsedWorkshop;
}

/** The fields a user sees, for one-line comparisons. */
export const fields = (w: ParsedWorkshop) => ({
  title: w.title,
  kind: w.kind,
  countries: w.countries,
  city: w.city,
  hostCountry: w.hostCountry,
  start: w.start,
  end: w.end,
  participants: w.participants,
  administrations: w.administrations,
  sponsor: w.sponsor,
  status: w.status,
});
