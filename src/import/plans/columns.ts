import { cleanText } from "./normalise.ts";
import { type Field, headerField } from "./vocabulary.ts";

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
