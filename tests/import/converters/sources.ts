import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { ParsedPlan } from "../../../src/import/parsed.ts";
import { seedPlans } from "../renderings/catalogue.ts";
import {
  type Cell,
  type Column,
  cellOf,
  columnsOf,
  HEADER_WORDS_OF_PLANS,
  headingOf,
  labelOf,
  PLAIN_STYLE,
  titleOf,
} from "../renderings/render.ts";

/**
 * The office's plans as the office keeps them, built from the catalogue each seed imports to: an HTML
 * page with one table per pillar, and a Word file with the same tables (a header row repeated on every
 * page, real Word lists for planned work, and a KPI or target shared by consecutive items printed once
 * in a vertically merged cell). The converter tests push these through real converters.
 */
export interface SourcePlan {
  /** A short name for files and test titles: the seed file's number and the plan kind ("003-SAP"). */
  name: string;
  plan: ParsedPlan;
}

export function sourcePlans(): SourcePlan[] {
  return seedPlans().map(({ file, plan }) => ({ name: `${file.slice(0, 3)}-${plan.kind}`, plan }));
}

/** The columns whose equal text in consecutive items of a pillar is printed once, merged down. */
const MERGEABLE = new Set<Column>(["kpi", "target", "deadline"]);

/** A pillar's table: for each item its label and cells, and per cell how many rows it spans (0: merged into the one above). */
interface PillarTable {
  pillar: number;
  rows: Array<{ label: string; cells: Array<{ cell: Cell; span: number }> }>;
}

function cellKey(cell: Cell): string | null {
  if (!("text" in cell) || cell.text === "") return null;
  return cell.text;
}

/** The plan's tables, one per pillar, with equal KPI/target/deadline cells of consecutive items merged. */
export function pillarTables(plan: ParsedPlan): PillarTable[] {
  const cols = columnsOf(plan);
  let index = 0;
  const tables: PillarTable[] = [];
  for (const pillar of [1, 2, 3, 4]) {
    const items = plan.items.filter((i) => i.pillar === pillar);
    if (items.length === 0) continue;
    const rows = items.map((item) => ({
      label: labelOf(PLAIN_STYLE, index++, item.letter),
      cells: cols.map((c) => ({ cell: cellOf(plan, item, c), span: 1 })),
    }));
    cols.forEach((col, k) => {
      if (!MERGEABLE.has(col)) return;
      let start = 0;
      for (let r = 1; r <= rows.length; r++) {
        const key = (row: number) => {
          const c = rows[row]?.cells[k]?.cell;
          return c ? cellKey(c) : null;
        };
        if (r < rows.length && key(r) !== null && key(r) === key(start)) continue;
        const first = rows[start]?.cells[k];
        if (first) first.span = r - start;
        for (let m = start + 1; m < r; m++) {
          const merged = rows[m]?.cells[k];
          if (merged) merged.span = 0;
        }
        start = r;
      }
    });
    tables.push({ pillar, rows });
  }
  return tables;
}

/** How many cells the merged tables print once for two or more items (a figure the tests show). */
export function mergedCells(plan: ParsedPlan): number {
  return pillarTables(plan)
    .flatMap((t) => t.rows.flatMap((r) => r.cells))
    .filter((c) => c.span > 1).length;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function htmlCell(cell: Cell): string {
  if ("list" in cell) {
    return cell.list.length > 0
      ? `<ul>${cell.list.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>`
      : "";
  }
  const entries = cell.numbered ?? [cell.text];
  return entries.map((t) => `<p>${escapeHtml(t)}</p>`).join("");
}

/**
 * The plan as an HTML page, the way a word processor saves one: a style sheet, a `<colgroup>` per
 * table, an empty bookmark anchor before each heading, a `<thead>` header row, merged cells as rowspan.
 */
export function planHtml(plan: ParsedPlan): string {
  const cols = columnsOf(plan);
  const out = [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(titleOf(PLAIN_STYLE, plan))}</title>`,
    "<style>table { border-collapse: collapse; } td, th { border: 1px solid #000; vertical-align: top; padding: 4px; }</style>",
    "</head><body>",
    `<h1>${escapeHtml(titleOf(PLAIN_STYLE, plan))}</h1>`,
  ];
  for (const table of pillarTables(plan)) {
    out.push(`<p><a id="_Toc${table.pillar}"></a></p>`);
    out.push(`<h2>${escapeHtml(headingOf(PLAIN_STYLE, table.pillar))}</h2>`);
    out.push("<table>", `<colgroup><col>${cols.map(() => "<col>").join("")}</colgroup>`);
    out.push(
      `<thead><tr><th></th>${cols.map((c) => `<th>${HEADER_WORDS_OF_PLANS[c]}</th>`).join("")}</tr></thead>`,
    );
    out.push("<tbody>");
    for (const row of table.rows) {
      const cells = row.cells
        .filter((c) => c.span > 0)
        .map((c) => `<td${c.span > 1 ? ` rowspan="${c.span}"` : ""}>${htmlCell(c.cell)}</td>`);
      out.push(`<tr><td>${escapeHtml(row.label)}</td>${cells.join("")}</tr>`);
    }
    out.push("</tbody></table>");
  }
  out.push("</body></html>");
  return out.join("\n");
}

const BULLETS_REF = "plan-bullets";
/** The text width of a landscape A4 page with Word's default margins, in twentieths of a point. */
const PAGE_WIDTH = 13958;

/** A narrow label column, a wide action column, planned work wider than the short cells. */
function columnWidths(cols: Column[]): number[] {
  const label = 600;
  const weight = (c: Column) => (c === "action" ? 3 : c === "activities" ? 3 : 1.2);
  const total = cols.reduce((sum, c) => sum + weight(c), 0);
  return [label, ...cols.map((c) => Math.floor(((PAGE_WIDTH - label) * weight(c)) / total))];
}

function wordParagraphs(cell: Cell): Paragraph[] {
  if ("list" in cell) {
    return cell.list.length > 0
      ? cell.list.map((t) => new Paragraph({ text: t, numbering: { reference: BULLETS_REF, level: 0 } }))
      : [new Paragraph("")];
  }
  return (cell.numbered ?? [cell.text]).map((t) => new Paragraph(t));
}

/**
 * The plan as a Word file: headings, one table per pillar whose header row Word repeats on every page,
 * planned work as a real Word bulleted list, and shared cells vertically merged (`w:vMerge`); landscape
 * A4, as the office prints its plan tables.
 */
export async function planWord(plan: ParsedPlan): Promise<Buffer> {
  const cols = columnsOf(plan);
  const children: Array<Paragraph | Table> = [new Paragraph(titleOf(PLAIN_STYLE, plan))];
  for (const table of pillarTables(plan)) {
    children.push(new Paragraph(headingOf(PLAIN_STYLE, table.pillar)));
    const header = new TableRow({
      tableHeader: true,
      children: ["", ...cols.map((c) => HEADER_WORDS_OF_PLANS[c])].map(
        (t) => new TableCell({ children: [new Paragraph(t)] }),
      ),
    });
    const rows = table.rows.map(
      (row) =>
        new TableRow({
          cantSplit: false,
          children: [
            new TableCell({ children: [new Paragraph(row.label)] }),
            ...row.cells.map(
              ({ cell, span }) =>
                new TableCell({
                  children: span === 0 ? [new Paragraph("")] : wordParagraphs(cell),
                  ...(span > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
                  ...(span === 0 ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
                }),
            ),
          ],
        }),
    );
    children.push(
      new Table({
        rows: [header, ...rows],
        width: { size: PAGE_WIDTH, type: WidthType.DXA },
        columnWidths: columnWidths(cols),
      }),
    );
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: BULLETS_REF,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(doc);
}

const FIELD_OF: Partial<Record<Column, "kpis" | "targets" | "deadline">> = {
  kpi: "kpis",
  target: "targets",
  deadline: "deadline",
};

/**
 * The plan as a converter that prints a merged cell once (in its first row) leaves it: the items
 * under a merged cell have that field empty (in the given pillars' tables). What such a file holds, to
 * compare its import with.
 */
export function printedOnce(plan: ParsedPlan, pillars: number[] = [1, 2, 3, 4]): ParsedPlan {
  const cols = columnsOf(plan);
  const emptied = new Map<number, Set<string>>();
  let index = 0;
  for (const table of pillarTables(plan)) {
    for (const row of table.rows) {
      if (!pillars.includes(table.pillar)) {
        index++;
        continue;
      }
      const fields = new Set(
        row.cells.flatMap((c, k) => (c.span === 0 ? [FIELD_OF[cols[k] ?? "action"] ?? ""] : [])),
      );
      emptied.set(index++, fields);
    }
  }
  return {
    ...plan,
    items: plan.items.map((item, i) => {
      const fields = emptied.get(i) ?? new Set();
      return {
        ...item,
        kpis: fields.has("kpis") ? [] : item.kpis,
        targets: fields.has("targets") ? [] : item.targets,
        deadline: fields.has("deadline") ? null : item.deadline,
      };
    }),
  };
}
