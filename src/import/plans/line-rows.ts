import { COLUMN_TEMPLATES } from "./columns.ts";
import type { SectionReader } from "./draft.ts";
import {
  enterPillar,
  type Grammar,
  newGrammar,
  placeAction,
  placeBullet,
  placeNamed,
  placeText,
  startItem,
} from "./grammar.ts";
import { lineKind } from "./line-kinds.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { pillarHeading } from "./sections.ts";
import { bulletText, type Field, headerField, isBareLabel, labelAt } from "./vocabulary.ts";

interface State extends Grammar {
  /** Header cells read on consecutive lines, not yet closed by a line of another kind. */
  header: Field[];
}

/**
 * Reads a plan table printed one cell per line (indented or not, or named "Indicator: …"), or as
 * plain text with bullets: each line is a label (starting a row), a header cell, a bullet, a named
 * cell, or a cell the grammar places by its shape or the header's column order.
 */
export const parseLineRows: SectionReader = (lines, from, to, kind) => {
  const st: State = { ...newGrammar(COLUMN_TEMPLATES[kind]), header: [] };
  for (let i = from; i < to; i++) {
    const source = lines[i];
    if (!source || source.text.trim() === "" || isPageNoise(source.text)) continue;
    readLine(st, source.text, source.line);
  }
  return { items: st.items, unplaced: st.unplaced, lastLine: st.lastLine };
};

function readLine(st: State, raw: string, line: number): void {
  const text = cleanText(raw);
  const pillar = pillarHeading(raw);
  if (pillar !== null && pillar > st.pillar) {
    enterPillar(st, pillar);
    st.header = [];
    return;
  }
  const named = /^([^:]{2,40}):\s*(.*)$/.exec(text);
  const field = named ? headerField(named[1] ?? "") : null;
  if (field && st.current) {
    placeNamed(st, st.current, field, named?.[2] ?? "", line);
    return;
  }
  const header = headerField(text);
  if (header !== null || lineKind(text) === "header") {
    if (header !== null) st.header.push(header);
    if (st.header.length >= 2) st.columns = [...st.header];
    return;
  }
  st.header = [];
  const bullet = bulletText(text);
  const label = bullet === null ? labelAt(text) : null;
  if (st.pillar > 0 && (label || (bullet === null && isBareLabel(text)))) {
    const item = startItem(st, label?.printed ?? text, line);
    if (label?.rest) placeAction(st, item, label.rest, line);
    return;
  }
  const item = st.current;
  if (!item) st.unplaced.push({ line, text });
  else if (bullet !== null) placeBullet(st, item, bullet, line);
  else placeText(st, item, text, line);
}
