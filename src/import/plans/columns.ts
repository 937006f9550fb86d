import type { Field } from "./draft.ts";
import { cleanText } from "./normalise.ts";

const TEMPLATES: Record<"SAP" | "AWP", Field[]> = {
  SAP: ["action", "rsp", "kpi", "target", "deadline"],
  AWP: ["action", "activities", "kpi"],
};

export function isHeaderRow(line: string): boolean {
  const first =
    line
      .split("\t")
      .map(cleanText)
      .find((c) => c !== "") ?? "";
  return /^specific actions? of\b/i.test(first);
}

function fieldOf(header: string, fallback: Field | undefined): Field {
  const h = header.toLowerCase();
  if (/specific action/.test(h)) return "action";
  if (/indicator|^kpi$/.test(h)) return "kpi";
  if (/target/.test(h)) return "target";
  if (/timeframe|deliverable|deadline/.test(h)) return "deadline";
  if (/work plan/.test(h)) return "activities";
  if (/relevant part|\brsp\b/.test(h)) return "rsp";
  return fallback ?? "action";
}

/** The fields of a table's columns, read from its header row (leading empty cells dropped). */
export function columnsOf(headerLine: string, kind: "SAP" | "AWP"): Field[] {
  const cells = headerLine.split("\t").map(cleanText);
  while (cells[0] === "") cells.shift();
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  const fields = cells.map((c, i) => fieldOf(c, TEMPLATES[kind][i]));
  if (kind === "AWP" && !fields.includes("activities") && fields.length >= 2) fields[1] = "activities";
  return fields;
}
