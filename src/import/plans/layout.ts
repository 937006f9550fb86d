import type { SourceLine } from "../document.ts";
import { lineKind } from "./line-kinds.ts";
import { cleanText } from "./normalise.ts";
import { bulletText, isBareLabel, labelAt } from "./vocabulary.ts";

/**
 * How a plan section lays out its table, decided from the evidence of the whole section:
 * - `rows`: one table row per line, cells separated by tabs (Word/HTML/markdown exports, after `cells.ts`);
 * - `cells-per-line`: each cell on a line of its own, in column order, or plain text with bullets;
 * - `interleaved`: a PDF export printing the columns' wrapped lines in turn, which only the interleaved
 *   reader can untangle. Its evidence: many lines carry on a sentence (start in lower case), an
 *   indicator is cut mid-phrase ("Number of"), or a row's cells come out of column order.
 */
export type Layout = "rows" | "cells-per-line" | "interleaved";

/** Rows need at least this many lines holding two or more cells. */
const MIN_ROWS = 2;
/** Share of text lines starting in lower case above which the cells were wrapped and interleaved. */
const WRAPPED_SHARE = 0.15;
/** Share of rows with a cell out of column order above which the columns were interleaved (one odd row is not). */
const DISORDER_SHARE = 0.05;

// The order of the columns in every plan table; a cell of an earlier column after a later one is out of order.
const RANK = { rsp: 1, activities: 2, kpi: 3, target: 4, deadline: 5 } as const;
const UNFINISHED = /\b(?:of|the|and|for|to|in|on|with|by|implementing)$/i;

export function sectionLayout(lines: SourceLine[], from: number, to: number): Layout {
  let rows = 0;
  let text = 0;
  let wrapped = 0;
  let disorder = 0;
  let labels = 0;
  let rank = 0;
  for (let i = from; i < to; i++) {
    const raw = lines[i]?.text ?? "";
    if (raw.split("\t").filter((c) => cleanText(c) !== "").length >= 2) rows++;
    const t = cleanText(raw);
    if (t === "") continue;
    if (labelAt(t) || isBareLabel(t)) {
      rank = 0;
      labels++;
    }
    const kind = bulletText(t) !== null ? "activities" : lineKind(t);
    if (kind in RANK) {
      const r = RANK[kind as keyof typeof RANK];
      if (r < rank || (r === rank && kind !== "activities" && kind !== "kpi" && kind !== "target"))
        disorder++;
      if (kind === "kpi" && UNFINISHED.test(t)) disorder++;
      rank = Math.max(rank, r);
    }
    if (kind === "activities") continue;
    text++;
    if (/^[a-z]/.test(t) && !labelAt(t) && !isBareLabel(t)) wrapped++;
  }
  if (rows >= MIN_ROWS) return "rows";
  const disordered = disorder > DISORDER_SHARE * Math.max(labels, 1);
  return disordered || (text > 0 && wrapped / text > WRAPPED_SHARE) ? "interleaved" : "cells-per-line";
}
