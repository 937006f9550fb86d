import { cleanText } from "./normalise.ts";

export interface PlanSection {
  kind: "SAP" | "AWP";
  title: string;
  periodStart: string;
  periodEnd: string;
  /** 0-based index of the heading line. */
  heading: number;
  /** 0-based index one past the last line the section may use. */
  end: number;
}

const PERIOD = /\((\d{4})\s*[-–/]\s*(\d{2}|\d{4})\)/;
const PLAN_NAME = /\b(Strategic Action Plan|(?:Annual )?Work Plan)\b/i;
export const PILLAR_HEADING = /^#*\s*([1-4])\.\s+([A-Z].{8,})$/;

export function pillarHeading(line: string): number | null {
  if (line.includes("\t")) return null;
  const m = PILLAR_HEADING.exec(cleanText(line.replace(/^\s*#+\s*/, "")));
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * A plan heading names the plan and its period "(2022-2024)" on a short line of its own, and
 * the first pillar heading follows within a few lines; a mention in a contents list or prose does not.
 */
export function findPlanSections(lines: string[]): PlanSection[] {
  const found: PlanSection[] = [];
  lines.forEach((raw, i) => {
    const heading = planHeading(raw);
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
  if (text.length > 140 || raw.includes("\t")) return null;
  const name = PLAN_NAME.exec(text);
  const period = PERIOD.exec(text);
  if (!name || !period || period.index < name.index) return null;
  const startYear = Number(period[1]);
  let endYear = Number(period[2]);
  if (endYear < 100) endYear += Math.floor(startYear / 100) * 100;
  return {
    kind: /strategic/i.test(name[1] ?? "") ? "SAP" : "AWP",
    title: text,
    periodStart: `${startYear}-07-01`,
    periodEnd: `${endYear}-06-30`,
  };
}

function firstPillarFollows(lines: string[], from: number): boolean {
  let seen = 0;
  for (let i = from + 1; i < lines.length && seen < 4; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    if (pillarHeading(line) === 1) return true;
    seen++;
  }
  return false;
}

function annexAfter(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (/^\s*Annex\s+[IVX\d]+\s*$/i.test(lines[i] ?? "")) return i;
  }
  return to;
}
