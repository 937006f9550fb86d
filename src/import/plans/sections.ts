import type { SourceLine } from "../document.ts";
import { cleanText } from "./normalise.ts";
import { headerField, pillarNumber, planTitle } from "./vocabulary.ts";

export interface PlanSection {
  kind: "SAP" | "AWP";
  title: string;
  periodStart: string;
  periodEnd: string;
  /** Index (into the cell lines) of the heading line. */
  heading: number;
  /** Index one past the last line the section may use. */
  end: number;
}

/** A pillar heading on a line of its own (a cell of a table row is not one). */
export function pillarHeading(line: string): number | null {
  if (line.includes("\t")) return null;
  return pillarNumber(cleanText(line));
}

/**
 * A plan heading names the plan and its period on a short line of its own, and the first pillar
 * heading follows within a few lines; a mention in a contents list or prose does not.
 */
export function findPlanSections(lines: SourceLine[]): PlanSection[] {
  const found: PlanSection[] = [];
  lines.forEach((l, i) => {
    const heading = planHeading(l.text);
    if (heading && firstPillarFollows(lines, i)) found.push({ ...heading, heading: i, end: lines.length });
  });
  for (const [k, section] of found.entries()) {
    const next = found[k + 1]?.heading ?? lines.length;
    section.end = Math.min(next, annexAfter(lines, section.heading + 1, next));
  }
  return found;
}

function planHeading(raw: string): Omit<PlanSection, "heading" | "end"> | null {
  const text = cleanText(raw.replace(/^\s*#+\s*/, ""));
  if (text.length > 140 || raw.includes("\t") || headerField(text) !== null) return null;
  const title = planTitle(text);
  return title ? { ...title, title: text } : null;
}

function firstPillarFollows(lines: SourceLine[], from: number): boolean {
  let seen = 0;
  for (let i = from + 1; i < lines.length && seen < 4; i++) {
    const line = lines[i]?.text ?? "";
    if (line.trim() === "") continue;
    if (pillarHeading(line) === 1) return true;
    seen++;
  }
  return false;
}

function annexAfter(lines: SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (/^\s*Annex\s+[IVX\d]+\s*$/i.test(lines[i]?.text ?? "")) return i;
  }
  return to;
}
