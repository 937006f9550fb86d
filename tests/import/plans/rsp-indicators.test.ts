import { describe, expect, it } from "vitest";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { item } from "./helpers.ts";

const KPIS = ["Members", "workshops", "experts", "items", "talks", "surveys", "reports"].map(
  (w) => `Number of ${w}`,
);

const sap = KPIS.map(
  (kpi, k) =>
    `${"abcdefg"[k]}) Do thing ${k + 1}\t1.1.${k + 1} - 1st milestone\t${kpi}\tAt least 3 Members\tJune 2032`,
);

// A work plan citing the strategic plan's RSP milestones, printed with indicators `kpis` ("" for none).
const awp = (kpis: string[]) =>
  kpis.map(
    (kpi, k) =>
      `${"abcdefg"[k]}) Do thing ${k + 1} (RSP 1.1.${k + 1} – 1st milestone)\t➢ Conduct a workshop ${k + 1}\t${kpi}`,
  );

const documentWith = (awpRows: string[]) => [
  "Strategic Action Plan (2030-2032)",
  "1. Support the implementation of conventions",
  "Specific Actions of ROCB A/P\tRelevant part of RSP\tKPI\tTarget\tTimeframe",
  ...sap,
  "",
  "Annual Work Plan (2030-2031)",
  "1. Support the implementation of conventions",
  "Specific Actions of ROCB A/P\tAnnual Work Plan\tRSP Key Performance Indicator",
  ...awpRows,
];

describe("indicators of a work plan that cites the strategic plan's milestones", () => {
  it("gives a work-plan item printed without its indicator the one of the strategic item with its RSP reference", () => {
    const { plans } = parsePlans(documentWith(awp(KPIS.map((k, j) => (j === 1 ? "" : k)))));
    const work = plans[1];
    if (!work) throw new Error("no work plan");
    expect(item(work, 1, "b").kpis).toEqual(["Number of workshops"]);
    expect(work.items.map((i) => i.kpis)).toEqual(KPIS.map((k) => [k]));
  });

  it("fills nothing where the printed indicators do not follow the strategic plan's", () => {
    const own = ["A", "", "C", "D", "E", "F", "G"].map((w) => (w ? `Number of ${w}` : ""));
    const { plans } = parsePlans(documentWith(awp(own)));
    expect(plans[1]?.items.map((i) => i.kpis)).toEqual(own.map((k) => (k ? [k] : [])));
  });
});
