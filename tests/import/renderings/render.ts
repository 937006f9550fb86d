import type { ItemRef, ParsedItem, ParsedPlan } from "../../../src/import/parsed.ts";

/**
 * Prints a parsed plan the way a converter might: each layout is written from its definition
 * (what a row, a cell, a list, a heading look like), never from a seed file's lines.
 */
export const LAYOUTS = [
  "tab-rows",
  "cells-per-line",
  "cells-per-line-indented",
  "markdown",
  "html-table",
  "html-list",
  "plain",
  "named-cells",
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** The bullets of the issue, "●", and U+F0B7: a Word bullet exported through a PDF as a Symbol-font character. */
export const BULLETS = ["•", "·", "➤", "➢", "-", "–", "*", "o", "●", "\uF0B7"] as const;
export const LABEL_FORMS = ["a)", "(a)", "a.", "A)"] as const;
export const HEADING_FORMS = ["1.", "Pillar 1:", "I."] as const;
export const TITLE_FORMS = ["brackets", "plain", "short", "fiscal"] as const;
/** What OCR makes of a label (with "" a label lost altogether, only where the label has its own cell). */
export const OCR_LABELS = ["8)", "1)", "I)", "|)", ""] as const;

export interface Style {
  layout: LayoutName;
  bullet: (typeof BULLETS)[number];
  label: (typeof LABEL_FORMS)[number];
  heading: (typeof HEADING_FORMS)[number];
  title: (typeof TITLE_FORMS)[number];
  /** A page break (page header, page number, repeated table header) inside every n-th row, 0 for none. */
  pageBreakEvery: number;
  crlf: boolean;
  bom: boolean;
  nbsp: boolean;
  /** Whether the table has a header row (repeated after page breaks). */
  headerRow: boolean;
  /** The words of the table header: the plans' own, or short ones. */
  header: (typeof HEADER_FORMS)[number];
  /** Table layouts print the label in a cell of its own, or at the start of the action's cell. */
  labelCell: boolean;
  /** Layouts with a cell per line print each of several numbered KPIs or targets on a line of its own. */
  numberedPerLine: boolean;
  /** Item positions (index in the plan) whose label OCR damaged, with the damaged form. */
  ocr: Array<[number, (typeof OCR_LABELS)[number]]>;
}

export const PLAIN_STYLE: Style = {
  layout: "tab-rows",
  bullet: "•",
  label: "a)",
  heading: "1.",
  title: "brackets",
  pageBreakEvery: 0,
  crlf: false,
  bom: false,
  nbsp: false,
  numberedPerLine: false,
  labelCell: true,
  header: "plan",
  headerRow: true,
  ocr: [],
};

/** Layouts that print a table with a cell per column. */
export const TABLE_LAYOUTS = new Set<LayoutName>(["tab-rows", "markdown", "html-table"]);

export type Column = "action" | "rsp" | "activities" | "kpi" | "target" | "deadline";

export const HEADER_FORMS = ["plan", "short"] as const;

const SHORT_HEADER: Record<Column, string> = {
  action: "Action",
  rsp: "RSP milestone",
  activities: "Planned activities",
  kpi: "Indicator",
  target: "Target",
  deadline: "Timeline",
};

export const HEADER_WORDS_OF_PLANS: Record<Column, string> = {
  action: "Specific Actions of ROCB A/P",
  rsp: "Relevant part of RSP",
  activities: "Annual Work Plan for the year",
  kpi: "RSP Key Performance Indicator",
  target: "Target",
  deadline: "Deadline",
};

const PILLAR_NAMES = [
  "Support the implementation of conventions, instruments and tools",
  "Further enhance collaboration with development partners",
  "Improve needs analysis, planning and delivery of capacity building",
  "Enhance communication and information sharing among Members",
];
const ROMAN = ["I", "II", "III", "IV"];
const INLINE_GLYPHS = new Set(["•", "·", "➤", "➢", "●", "\uF0B7"]);

/** A cell: plain text, or a list (planned work, one entry per statement). */
/**
 * A cell: text (several numbered entries kept apart for layouts that print one per line), or a list
 * of planned work; `carried` is the end of an entry cut by a page break, printed without its bullet.
 */
export type Cell = { text: string; numbered?: string[] } | { list: string[]; carried?: string };

export function columnsOf(plan: ParsedPlan): Column[] {
  const has = (f: (i: ParsedItem) => boolean) => plan.items.some(f);
  const cols: Column[] = ["action"];
  if (plan.kind === "SAP" && has((i) => i.rspRef !== null)) cols.push("rsp");
  if (has((i) => i.activities.length > 0)) cols.push("activities");
  if (has((i) => i.kpis.length > 0)) cols.push("kpi");
  if (has((i) => i.targets.length > 0)) cols.push("target");
  if (has((i) => i.deadline !== null)) cols.push("deadline");
  return cols;
}

function seeAlso(refs: ItemRef[]): string {
  if (refs.length === 0) return "";
  let pillar = 0;
  const parts = refs.map((r) => {
    const text = r.pillar === pillar ? `(${r.letter})` : `${r.pillar}-(${r.letter})`;
    pillar = r.pillar;
    return text;
  });
  return ` (See also ${parts.join(", ")})`;
}

/** One entry as it is; several numbered "(1) … (2) …", kept apart for layouts that print one per line. */
function numbered(list: string[]): Cell {
  if (list.length < 2) return { text: list[0] ?? "" };
  const entries = list.map((t, i) => `(${i + 1}) ${t}`);
  return { text: entries.join(" "), numbered: entries };
}

export function cellOf(plan: ParsedPlan, item: ParsedItem, col: Column): Cell {
  switch (col) {
    case "action": {
      const rsp =
        plan.kind === "AWP" && item.rspRef
          ? ` (${/specific/i.test(item.rspRef) ? "" : "RSP "}${item.rspRef})`
          : "";
      return { text: `${item.action}${rsp}` };
    }
    case "rsp":
      return { text: item.rspRef ?? "" };
    case "activities":
      return { list: item.activities.map((a) => `${a.text}${seeAlso(a.seeAlso)}`) };
    case "kpi":
      return numbered(item.kpis);
    case "target":
      return numbered(item.targets);
    case "deadline":
      return { text: item.deadline ?? "" };
  }
}

export function labelOf(style: Style, index: number, letter: string): string {
  const damaged = style.ocr.find(([i]) => i === index);
  if (damaged) return damaged[1];
  switch (style.label) {
    case "a)":
      return `${letter})`;
    case "(a)":
      return `(${letter})`;
    case "a.":
      return `${letter}.`;
    case "A)":
      return `${letter.toUpperCase()})`;
  }
}

export function titleOf(style: Style, plan: ParsedPlan): string {
  const name = plan.kind === "SAP" ? "Strategic Action Plan" : "Annual Work Plan";
  const [from, to] = [plan.periodStart.slice(0, 4), plan.periodEnd.slice(0, 4)];
  switch (style.title) {
    case "brackets":
      return `ROCB A/P ${name} (${from}-${to})`;
    case "plain":
      return `${name} ${from}-${to}`;
    case "short":
      return `${name} ${from}/${to.slice(2)}`;
    case "fiscal":
      return `${name} FY${from}/${to.slice(2)}`;
  }
}

export function headingOf(style: Style, pillar: number): string {
  const name = PILLAR_NAMES[pillar - 1] ?? "";
  if (style.heading === "Pillar 1:") return `Pillar ${pillar}: ${name}`;
  if (style.heading === "I.") return `${ROMAN[pillar - 1]}. ${name}`;
  return `${pillar}. ${name}`;
}

/** Where a page break may cut a text: before a word in lower case near its middle, else nowhere. */
function pageCut(text: string): [string, string] | null {
  const words = text.split(" ");
  for (let k = Math.floor(words.length / 2); k < words.length; k++) {
    if (k > 0 && /^[a-z]/.test(words[k] ?? ""))
      return [words.slice(0, k).join(" "), words.slice(k).join(" ")];
  }
  return null;
}

/**
 * A row cut by a page break. In a table each column is cut (the action before a word in lower case,
 * a list of planned work between two entries) and the row goes on after the break; where cells are
 * printed one after another, the text is cut at one place: in the action, else in the list.
 * Null when nothing can be cut.
 */
function pageBreak(cells: Cell[], table: boolean): [Cell[], Cell[]] | null {
  const first = cells[0];
  const action = first && "text" in first ? pageCut(first.text) : null;
  const list = action && !table ? -1 : cells.findIndex((c) => "list" in c && c.list.length >= 2);
  if (!action && list < 0) return null;
  const listCell = cells[list];
  const entries = listCell && "list" in listCell ? listCell.list : [];
  const half = Math.ceil(entries.length / 2);
  const entry = pageCut(entries[half - 1] ?? "");
  const before = cells.map((c, i): Cell => {
    if (i === 0 && "text" in c) return { text: action ? action[0] : c.text };
    if (i === list)
      return { list: [...entries.slice(0, half - 1), entry ? entry[0] : (entries[half - 1] ?? "")] };
    return "text" in c ? { text: "" } : { list: [] };
  });
  const after = cells.map((c, i): Cell => {
    if (i === 0 && "text" in c) return { text: action ? action[1] : "" };
    if (i === list)
      return entry ? { list: entries.slice(half), carried: entry[1] } : { list: entries.slice(half) };
    return c;
  });
  return [before, after];
}

const PAGE_HEADER = ["17", "ROCB A/P Annual Report 2030/2031", "Page 18 of 40"];

interface Writer {
  title(text: string): string[];
  heading(text: string): string[];
  header(cols: Column[]): string[];
  /** The lines of a row; `cont` is a row continued after a page break (no label, earlier cells empty). */
  row(label: string, cells: Cell[], cont: boolean): string[];
  /** Lines that open a pillar's table (again after a page break), if the layout has any. */
  open(): string[];
  /** Lines that close a pillar's table, if the layout has any. */
  close(): string[];
}

function inlineList(style: Style, cell: { list: string[]; carried?: string }, sep: string): string {
  const glyph = INLINE_GLYPHS.has(style.bullet) ? style.bullet : "•";
  return [...(cell.carried ? [cell.carried] : []), ...cell.list.map((t) => `${glyph} ${t}`)].join(sep);
}

function writerFor(style: Style, cols: Column[]): Writer {
  const b = style.bullet;
  const text = (c: Cell, sep = " ") => ("text" in c ? c.text : inlineList(style, c, sep));
  const carried = (c: { carried?: string }) => (c.carried ? [c.carried] : []);
  const lead = (cell: string) => (style.labelCell ? [cell] : []);
  const HEADER = style.header === "short" ? SHORT_HEADER : HEADER_WORDS_OF_PLANS;
  switch (style.layout) {
    case "tab-rows":
      return {
        title: (t) => [t, ""],
        heading: (h) => ["", h, ""],
        header: (cols) => [[...lead(""), ...cols.map((c) => HEADER[c])].join("\t")],
        row: (label, cells) => [[...lead(label), ...cells.map((c) => text(c))].join("\t")],
        open: () => [],
        close: () => [],
      };
    case "markdown":
      return {
        title: (t) => [`# ${t}`, ""],
        heading: (h) => ["", `## ${h}`, ""],
        header: (cols) => [
          `| ${[...lead(""), ...cols.map((c) => HEADER[c])].join(" | ")} |`,
          `|${[...lead(""), ...cols].map(() => "---").join("|")}|`,
        ],
        row: (label, cells) => {
          // A pipe inside a cell is escaped, as markdown requires.
          const md = (c: Cell) =>
            "text" in c ? c.text : [...carried(c), ...c.list.map((t) => `${b} ${t}`)].join("<br>");
          const row = [...lead(label), ...cells.map(md)].map((t) => t.replace(/\|/g, "\\|"));
          return [`| ${row.join(" | ")} |`];
        },
        open: () => [],
        close: () => [],
      };
    case "html-table":
      return {
        title: (t) => [`<h1>${t}</h1>`],
        heading: (h) => [`<h2>${h}</h2>`],
        header: (cols) => [
          `<tr>${lead("<th></th>").join("")}${cols.map((c) => `<th>${HEADER[c]}</th>`).join("")}</tr>`,
        ],
        row: (label, cells) => [
          `<tr>${lead(`<td>${label}</td>`).join("")}${cells
            .map(
              (c) =>
                `<td>${
                  "text" in c
                    ? `<p>${c.text}</p>`
                    : `${carried(c)
                        .map((t) => `<p>${t}</p>`)
                        .join("")}<ul>${c.list.map((t) => `<li>${t}</li>`).join("")}</ul>`
                }</td>`,
            )
            .join("")}</tr>`,
        ],
        open: () => ["<table>"],
        close: () => ["</table>"],
      };
    case "html-list":
      return {
        title: (t) => [`<h1>${t}</h1>`],
        heading: (h) => [`<h2>${h}</h2>`],
        header: () => [],
        row: (label, cells) =>
          cells.flatMap((c, i) => {
            if (!("text" in c))
              return [
                ...carried(c).map((t) => `<p>${t}</p>`),
                ...(c.list.length ? ["<ul>", ...c.list.map((t) => `<li>${t}</li>`), "</ul>"] : []),
              ];
            if (c.text === "") return [];
            return [`<p>${i === 0 && label ? `${label} ` : ""}${c.text}</p>`];
          }),
        open: () => [],
        close: () => [],
      };
    case "named-cells":
      // Each cell on its own line after its column's name; planned work as bullets under its name.
      return {
        title: (t) => [t, ""],
        heading: (h) => ["", h, ""],
        header: () => [],
        row: (label, cells, cont) => {
          const lines = cells.flatMap((c, i) => {
            const name = HEADER[cols[i] ?? "action"];
            if (!("text" in c)) {
              const entries = [...carried(c), ...c.list.map((t) => `${b} ${t}`)];
              return entries.length > 0 ? [...(cont && c.carried ? [] : [`${name}:`]), ...entries] : [];
            }
            if (c.text === "") return [];
            return cont && i === 0 ? [c.text] : [`${name}: ${c.text}`];
          });
          return cont || !label ? lines : [label, ...lines, ""];
        },
        open: () => [],
        close: () => [],
      };
    default: {
      const indent = style.layout === "cells-per-line-indented" ? "\t" : "";
      const withHeader = style.layout !== "plain";
      return {
        title: (t) => [t, ""],
        heading: (h) => ["", h, ""],
        header: (cols) => (withHeader ? cols.map((c) => `${indent}${HEADER[c]}`) : []),
        row: (label, cells, cont) => {
          const lines = cells.flatMap((c) => {
            if (!("text" in c)) return [...carried(c), ...c.list.map((t) => `${b} ${t}`)];
            if (style.numberedPerLine && c.numbered) return c.numbered;
            return c.text ? [c.text] : [];
          });
          if (cont || !label) return lines.map((l) => `${indent}${l}`);
          if (indent) return [label, ...lines.map((l) => `${indent}${l}`)];
          const [first, ...rest] = lines;
          return [`${label} ${first ?? ""}`.trim(), ...rest, ...(style.layout === "plain" ? [""] : [])];
        },
        open: () => [],
        close: () => [],
      };
    }
  }
}

/** The text of a document holding the plan printed in `style`. */
export function renderPlan(plan: ParsedPlan, style: Style): string {
  const cols = columnsOf(plan);
  const w = writerFor(style, cols);
  const header = (c: Column[]) => (style.headerRow ? w.header(c) : []);
  const out: string[] = [...w.title(titleOf(style, plan))];
  let index = 0;
  for (const pillar of [1, 2, 3, 4]) {
    const items = plan.items.filter((i) => i.pillar === pillar);
    if (items.length === 0) continue;
    out.push(...w.heading(headingOf(style, pillar)), ...w.open(), ...header(cols));
    for (const item of items) {
      index++;
      const printed = labelOf(style, index - 1, item.letter);
      const inAction = TABLE_LAYOUTS.has(style.layout) && !style.labelCell;
      const label = inAction ? "" : printed;
      const cells = cols.map((c) => cellOf(plan, item, c));
      const action = cells[0];
      if (inAction && action && "text" in action) cells[0] = { text: `${printed} ${action.text}`.trim() };
      const halves =
        style.pageBreakEvery > 0 && index % style.pageBreakEvery === 0
          ? pageBreak(cells, TABLE_LAYOUTS.has(style.layout))
          : null;
      if (!halves) {
        out.push(...w.row(label, cells, false));
        continue;
      }
      out.push(...w.row(label, halves[0], false));
      // A page break ends the table where the page ends; the next page opens it again.
      out.push(...w.close(), ...PAGE_HEADER, ...w.open(), ...header(cols));
      out.push(...w.row("", halves[1], true));
    }
    out.push(...w.close());
  }
  let text = out.join(style.crlf ? "\r\n" : "\n");
  if (style.nbsp) text = text.replace(/ (\S+) /g, "\u00a0$1 ");
  return style.bom ? `\uFEFF${text}` : text;
}
