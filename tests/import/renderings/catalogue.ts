import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatCode } from "../../../src/catalogue/codes.ts";
import type { ParsedPlan } from "../../../src/import/parsed.ts";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { documentFromBytes } from "../../../src/import/read-document.ts";

const DATA = join(import.meta.dirname, "../../../data");

/** Every plan of every bundled document, as the importer reads it from the seed. */
export function seedPlans(): Array<{ file: string; plan: ParsedPlan }> {
  return readdirSync(DATA)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((file) =>
      parsePlans(readFileSync(join(DATA, file), "utf8").split(/\r?\n/)).plans.map((plan) => ({ file, plan })),
    );
}

/** What the catalogue keeps of a plan, without the source's line numbers, title wording or repaired labels. */
export function catalogueOf(plan: ParsedPlan) {
  return {
    kind: plan.kind,
    period: [plan.periodStart, plan.periodEnd],
    items: plan.items.map((i) => ({
      code: formatCode(i),
      action: i.action,
      rspRef: i.rspRef,
      kpis: i.kpis,
      targets: i.targets,
      deadline: i.deadline,
      activities: i.activities.map((a) => ({ text: a.text, seeAlso: a.seeAlso })),
    })),
  };
}

/** Imports a rendered document the way `npm run import` reads a file, and returns its one plan. */
export function importRendering(text: string): ParsedPlan | undefined {
  const doc = documentFromBytes("rendering.txt", Buffer.from(text, "utf8"));
  const { plans } = parsePlans(doc.lines);
  return plans.length === 1 ? plans[0] : undefined;
}

const FIELDS = ["action", "rspRef", "kpis", "targets", "deadline", "activities"] as const;

/** Share of an original plan's fields a rendering's import got right (a figure for the bench). */
export function fieldAccuracy(
  original: ParsedPlan,
  read: ParsedPlan | undefined,
): { right: number; total: number } {
  let right = 0;
  let total = 0;
  const byCode = new Map((read ? catalogueOf(read).items : []).map((i) => [i.code, i]));
  for (const item of catalogueOf(original).items) {
    const got = byCode.get(item.code);
    for (const field of FIELDS) {
      total++;
      if (JSON.stringify(item[field]) === JSON.stringify(got?.[field])) right++;
    }
  }
  return { right, total };
}
