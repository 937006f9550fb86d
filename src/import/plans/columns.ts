import { lineKind } from "./line-kinds.ts";
import { cleanText, hasBullets } from "./normalise.ts";
import { type Field, headerField, isBareLabel } from "./vocabulary.ts";

/** The columns a plan of each kind prints when its header does not name them. */
export const COLUMN_TEMPLATES: Record<"SAP" | "AWP", Field[]> = {
  SAP: ["action", "rsp", "kpi", "target", "deadline"],
  AWP: ["action", "activities", "kpi"],
};

/** A table header row: its first cell names the specific actions. */
export function isHeaderRow(line: string): boolean {
  const first =
    line
      .split("\t")
      .map(cleanText)
      .find((c) => c !== "") ?? "";
  return headerField(first) === "action";
}

/** The fields of a table's columns, read from its header row (leading empty cells dropped). */
export function columnsOf(headerLine: string, kind: "SAP" | "AWP"): Field[] {
  const cells = headerLine.split("\t").map(cleanText);
  while (cells[0] === "") cells.shift();
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  const fields = cells.map((c, i) => headerField(c) ?? COLUMN_TEMPLATES[kind][i] ?? "action");
  if (kind === "AWP" && !fields.includes("activities") && fields.length >= 2) fields[1] = "activities";
  return fields;
}

/**
 * The columns of a table printed without a header, from its first row: the first text cell is the
 * action, a list is planned work, an RSP milestone, "Number of …", "At least …" or a date names its
 * column; any other cell takes the column the plan kind usually has there.
 */
export function columnsFromRow(raw: string, kind: "SAP" | "AWP"): Field[] {
  const cells = raw.split("\t");
  if (cells.length > 1 && (cleanText(cells[0] ?? "") === "" || isBareLabel(cleanText(cells[0] ?? ""))))
    cells.shift();
  while (cells.length > 1 && cleanText(cells.at(-1) ?? "") === "") cells.pop();
  return cells.map((cell, i): Field => {
    const shape = lineKind(cleanText(cell));
    if (i === 0) return "action";
    if (hasBullets(cell)) return "activities";
    if (shape === "rsp" || shape === "kpi" || shape === "target" || shape === "deadline") return shape;
    return COLUMN_TEMPLATES[kind][i] ?? "activities";
  });
}
