import { createRequire } from "node:module";
import type { DefaultTreeAdapterMap } from "parse5";
import {
  type Block,
  type CellPart,
  type DocumentModel,
  type Position,
  type SourceLine,
  type SpanningCell,
  type Table,
  tableOf,
} from "../document.ts";
import { bulletText } from "../plans/vocabulary.ts";
import { textBlocks } from "./text.ts";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

// What carries no text of the document: the head, scripts and styles, column definitions.
const SKIPPED = new Set(["head", "script", "style", "template", "noscript", "colgroup", "col", "svg"]);
// Elements that end a paragraph; everything else is inline and carries its text on.
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "caption",
  "center",
  "address",
  "hr",
  "body",
]);

/** Paragraphs and tables being collected; `text` is the paragraph not yet ended. */
interface Collector {
  text: string;
  at: Position | null;
  list: boolean;
  /** A line break in the source text ends the paragraph (text with HTML fragments, not an HTML document). */
  linesBreak: boolean;
  /** Inside a table cell: a table there gives its cells' paragraphs. */
  inCell: boolean;
  blocks: Block[];
}

const collector = (linesBreak: boolean, inCell: boolean): Collector => ({
  text: "",
  at: null,
  list: false,
  linesBreak,
  inCell,
  blocks: [],
});

const lineOf = (node: Node, fallback: Position | null): Position => ({
  line: node.sourceCodeLocation?.startLine ?? fallback?.line ?? 1,
});

let parser: typeof import("parse5") | null = null;

/**
 * parse5, loaded on the first HTML read (synchronously, as the plan reader is): the bot loads this module
 * at start but reads HTML rarely, and need not hold the parser meanwhile.
 */
function parse5(): typeof import("parse5") {
  parser ??= createRequire(import.meta.url)("parse5") as typeof import("parse5");
  return parser;
}

/**
 * Reads HTML (an export, or a Word file's HTML from mammoth) into the document model with a real
 * parser: tables with their spans, paragraphs and list entries. In an HTML document line breaks of
 * the source are spaces; in a text that only carries HTML fragments (markdown with raw tables) each
 * line outside a table is a line, as the text printed it.
 */
export function readHtml(text: string): DocumentModel {
  const root = parse5().parse(text, { sourceCodeLocationInfo: true });
  const c = collector(!/<(?:!doctype|html|body)\b/i.test(text), false);
  for (const node of root.childNodes) walk(node, c);
  flush(c);
  return { blocks: c.linesBreak ? withTextTables(c.blocks) : c.blocks };
}

/** In a text with HTML fragments, its own lines may print tables too (markdown pipe rows, grid tables). */
function withTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: SourceLine[] = [];
  const end = () => {
    out.push(...textBlocks(run));
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === "paragraph" && !block.list) run.push(...block.lines);
    else {
      end();
      out.push(block);
    }
  }
  end();
  return out;
}

function walk(node: Node, c: Collector): void {
  if (node.nodeName === "#text" && "value" in node) {
    addText(c, node.value, lineOf(node, c.at));
    return;
  }
  if (!("tagName" in node) || SKIPPED.has(node.tagName)) return;
  const tag = node.tagName;
  if (tag === "table") {
    flush(c);
    if (c.inCell) for (const cell of tableRows(node).flatMap(rowCells)) walkBlock(cell, c);
    else c.blocks.push(readTable(node));
    return;
  }
  if (tag === "br") flush(c);
  else if (BLOCKS.has(tag)) walkBlock(node, c);
  else for (const child of childrenOf(node)) walk(child, c);
}

function walkBlock(node: Element, c: Collector): void {
  flush(c);
  if (node.tagName === "li") c.list = true;
  for (const child of childrenOf(node)) walk(child, c);
  flush(c);
}

function childrenOf(node: Element): Node[] {
  return "content" in node ? [] : node.childNodes;
}

function addText(c: Collector, value: string, at: Position): void {
  const pieces = c.linesBreak ? value.split("\n") : [value];
  pieces.forEach((piece, k) => {
    if (k > 0) flush(c);
    if (piece.trim() !== "" && c.at === null) c.at = { line: at.line + k };
    c.text += escapeText(piece);
  });
}

function flush(c: Collector): void {
  const text = c.text.replace(/\s+/g, " ").trim();
  if (text !== "" && c.at) {
    c.blocks.push({ kind: "paragraph", line: c.at.line, lines: [{ text, line: c.at.line }], list: c.list });
    c.list = false;
  }
  c.text = "";
  c.at = null;
}

// The model's text is read as markup: text that reads like a tag or an entity must stay text.
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A table's rows in order (header, body and footer groups alike), cells with their spans. */
function readTable(table: Element): Table {
  const rows = tableRows(table).map((tr) => ({
    ...lineOf(tr, null),
    cells: rowCells(tr).map(
      (cell): SpanningCell => ({
        ...lineOf(cell, null),
        parts: cellParts(cell),
        rowSpan: span(cell, "rowspan"),
        colSpan: span(cell, "colspan"),
      }),
    ),
  }));
  return tableOf(rows, lineOf(table, null));
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of childrenOf(node)) {
      if (!("tagName" in child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(tr: Element): Element[] {
  return childrenOf(tr).filter(
    (n): n is Element => "tagName" in n && (n.tagName === "td" || n.tagName === "th"),
  );
}

function span(cell: Element, name: string): number {
  const value = Number.parseInt(cell.attrs.find((a) => a.name === name)?.value ?? "1", 10);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/**
 * A cell's paragraphs and list entries. A paragraph that starts with a bullet glyph is a list
 * entry, as Word files without real lists print them.
 */
function cellParts(cell: Element): CellPart[] {
  const c = collector(false, true);
  for (const child of childrenOf(cell)) walk(child, c);
  flush(c);
  return c.blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines.map((l) => part(l.text, b.list)) : []));
}

function part(text: string, list: boolean): CellPart {
  const bullet = bulletText(text);
  return bullet !== null ? { text: bullet, list: true } : { text, list };
}
