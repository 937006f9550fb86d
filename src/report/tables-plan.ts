import { type Block, heading, paragraph, type ReportTable, table } from "./blocks.ts";
import type { PlanAnnexItem, ReportData } from "./query.ts";

const SOURCES = { recorded: "recorded by staff", derived: "counted from the catalogue" } as const;

/** The KPI status of the plan in force during the year: per KPI its target, latest figure and status. */
export function kpiBlocks(data: ReportData): { blocks: Block[]; tables: ReportTable[] } {
  const fy = `FY${data.fiscalYear.label}`;
  if (!data.plan) {
    return {
      blocks: [heading("KPI status"), paragraph(`No plan in the catalogue covers the whole of ${fy}.`)],
      tables: [],
    };
  }
  const t: ReportTable = {
    name: "kpi-status",
    header: ["Item", "KPI", "Target", "Figure", "As of", "Source", "Status"],
    widths: [6, 36, 20, 7, 9, 13, 9],
    rows: data.kpis.map((r) => [
      r.item.code,
      r.kpi,
      r.targetText,
      r.figure?.value ?? null,
      r.figure?.asOf ?? null,
      r.figure ? SOURCES[r.figure.source] : null,
      r.status.status,
    ]),
  };
  return {
    blocks: [
      heading(`KPI status of ${data.plan.label}`),
      paragraph(
        `${data.plan.title}, in force during ${fy}: each KPI with its target, the latest figure the catalogue holds by the end of the year, and its status.`,
      ),
      ...(data.kpis.length > 0 ? [table(t)] : [paragraph(`${data.plan.label} lists no KPI.`)]),
    ],
    tables: data.kpis.length > 0 ? [t] : [],
  };
}

/** The plans' own header words, which the plan importer reads its columns by. */
const HEADER = {
  action: "Specific Actions of ROCB A/P",
  rsp: "Relevant part of RSP",
  activities: "Annual Work Plan for the year",
  kpi: "RSP Key Performance Indicator",
  target: "Target",
  deadline: "Deadline",
} as const;
type Column = keyof typeof HEADER;
/** Relative widths: the action and the planned work take the room. */
const WIDTHS: Record<Column, number> = {
  action: 30,
  rsp: 10,
  activities: 34,
  kpi: 14,
  target: 12,
  deadline: 8,
};

/** "(See also 1-(b), (c), 3-(k))": the plans' own way of writing cross-references. */
function seeAlsoNote(codes: readonly string[]): string {
  if (codes.length === 0) return "";
  let pillar = "";
  const parts = codes.map((code) => {
    const [p = "", letter = ""] = code.split("-");
    const text = p === pillar ? letter : code;
    pillar = p;
    return text;
  });
  return ` (See also ${parts.join(", ")})`;
}

/** Several KPIs or targets in one cell, numbered as the plans print them: "(1) … (2) …". */
const numbered = (list: readonly string[]) =>
  list.length < 2 ? (list[0] ?? "") : list.map((t, i) => `(${i + 1}) ${t}`).join(" ");

function columnsOf(kind: "SAP" | "AWP", items: readonly PlanAnnexItem[]): Column[] {
  const has = (f: (i: PlanAnnexItem) => boolean) => items.some(f);
  const cols: Column[] = ["action"];
  if (kind === "SAP" && has((i) => i.rspRef !== null)) cols.push("rsp");
  if (has((i) => i.activities.length > 0)) cols.push("activities");
  if (has((i) => i.kpis.length > 0)) cols.push("kpi");
  if (has((i) => i.targets.length > 0)) cols.push("target");
  if (has((i) => i.deadline !== null)) cols.push("deadline");
  return cols;
}

function cellOf(kind: "SAP" | "AWP", item: PlanAnnexItem, col: Column): string | string[] {
  switch (col) {
    case "action": {
      // A work plan prints the RSP reference after the action, in brackets.
      const rsp =
        kind === "AWP" && item.rspRef
          ? ` (${/specific/i.test(item.rspRef) ? "" : "RSP "}${item.rspRef})`
          : "";
      return `${item.action}${rsp}`;
    }
    case "rsp":
      return item.rspRef ?? "";
    case "activities":
      return item.activities.map((a, i) =>
        i === item.activities.length - 1 ? `${a}${seeAlsoNote(item.seeAlso)}` : a,
      );
    case "kpi":
      return numbered(item.kpis);
    case "target":
      return numbered(item.targets);
    case "deadline":
      return item.deadline ?? "";
  }
}

/** The plan in force as an annex: its title, then a table per pillar in the plans' own layout. */
export function planAnnexBlocks(data: ReportData): Block[] {
  const plan = data.plan;
  if (!plan || data.planItems.length === 0) return [];
  const cols = columnsOf(plan.kind, data.planItems);
  const out: Block[] = [heading(`Annex: ${plan.label}`), paragraph(plan.title)];
  for (const pillar of [1, 2, 3, 4]) {
    const items = data.planItems.filter((i) => i.pillar === pillar);
    if (items.length === 0) continue;
    // The catalogue does not keep the pillars' names; the heading names the items it holds instead.
    const [first, last] = [items[0]?.code, items.at(-1)?.code];
    out.push(paragraph(`Pillar ${pillar}: Action items ${first === last ? first : `${first} to ${last}`}`));
    out.push(
      table({
        name: `plan-pillar-${pillar}`,
        header: ["", ...cols.map((c) => HEADER[c])],
        widths: [4, ...cols.map((c) => (WIDTHS[c] / cols.reduce((n, k) => n + WIDTHS[k], 0)) * 96)],
        rows: items.map((i) => [`${i.letter})`, ...cols.map((c) => cellOf(plan.kind, i, c))]),
      }),
    );
  }
  return out;
}

/** The plan annex as one CSV table: a row per item. */
export function planCsvTable(items: readonly PlanAnnexItem[]): ReportTable {
  return {
    name: "plan",
    header: [
      "Pillar",
      "Item",
      "Action",
      "RSP reference",
      "KPI",
      "Target",
      "Deadline",
      "Planned work",
      "See also",
    ],
    rows: items.map((i) => [
      i.pillar,
      i.code,
      i.action,
      i.rspRef,
      i.kpis,
      i.targets,
      i.deadline,
      i.activities,
      i.seeAlso.join(", "),
    ]),
  };
}
