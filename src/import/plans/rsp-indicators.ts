import type { ParsedItem, ParsedPlan } from "../parsed.ts";

/** Share of a work plan's printed indicators that must be the strategic plan's for the pattern to hold. */
const AGREEMENT = 0.8;
/** Fewer printed indicators to compare than this are no evidence either way. */
const MIN_COMPARED = 5;

/** "1.1.3 – 7th milestones" and "1.1.3 - 7th milestone" cite the same milestone. */
const milestone = (ref: string | null) =>
  (ref ?? "")
    .toLowerCase()
    .replace(/[–—-]/g, "-")
    .replace(/milestones\b/g, "milestone")
    .replace(/\s+/g, " ")
    .trim();

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

/**
 * A work plan printed beside its strategic plan cites the strategic plan's RSP milestones, and its
 * indicator column is the milestones' indicator ("RSP Key Performance Indicator"). Where the
 * indicators it prints are the strategic plan's for the same milestone (AGREEMENT), an item printed
 * without one (a PDF export drops cells it merged) takes the indicator of the strategic item citing
 * its milestone, when only one does.
 */
export function fillIndicatorsFromStrategy(plans: ParsedPlan[]): void {
  const strategic = new Map<string, ParsedItem[]>();
  for (const item of plans.filter((p) => p.kind === "SAP").flatMap((p) => p.items)) {
    const key = milestone(item.rspRef);
    if (key !== "" && item.kpis.length > 0) strategic.set(key, [...(strategic.get(key) ?? []), item]);
  }
  for (const plan of plans.filter((p) => p.kind === "AWP")) {
    const cited = (item: ParsedItem) => strategic.get(milestone(item.rspRef)) ?? [];
    const compared = plan.items.filter((i) => i.kpis.length > 0 && cited(i).length > 0);
    const agreeing = compared.filter((i) => cited(i).some((s) => same(s.kpis, i.kpis)));
    if (compared.length < MIN_COMPARED || agreeing.length < AGREEMENT * compared.length) continue;
    for (const item of plan.items) {
      const [only, ...more] = cited(item);
      if (item.kpis.length === 0 && only && more.length === 0) item.kpis = [...only.kpis];
    }
  }
}
