import type { ParsedActivity, ParsedItem } from "../parsed.ts";
import type { DraftItem, Piece } from "./draft.ts";
import { cleanText, hasBullets, splitBullets, splitNumbered } from "./normalise.ts";
import { parseSeeAlso } from "./see-also.ts";
import { statements } from "./statements.ts";

function joined(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join(" ");
}

/** The action text without the RSP reference that work plans print at its end "(RSP 1.1.1 – 1st milestone)". */
export function splitRspRef(action: string): { action: string; rspRef: string | null } {
  const text = action.trim();
  if (!text.endsWith(")")) return { action: text, rspRef: null };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const inner = text.slice(i + 1, -1).trim();
      const rsp =
        /^RSP\s+(.+)$/i.exec(inner)?.[1] ?? (/specific/i.test(inner) && /RSP/.test(inner) ? inner : null);
      return rsp ? { action: text.slice(0, i).trim(), rspRef: rsp.trim() } : { action: text, rspRef: null };
    }
  }
  return { action: text, rspRef: null };
}

/** "(RSP 1.1.1 - 1st milestone)" → "1.1.1 - 1st milestone". */
export function cleanRsp(text: string): string {
  const inner = /^\((.*)\)$/.exec(text)?.[1];
  const unwrapped = inner !== undefined && !/\)\s*\(/.test(inner) ? inner.trim() : text;
  return unwrapped.replace(/^RSP\s+/i, "");
}

function activitiesOf(pieces: Piece[], pillar: number): ParsedActivity[] {
  const parts: Piece[] = [];
  for (const piece of pieces) {
    const texts = hasBullets(piece.text) ? splitBullets(piece.text) : statements(cleanText(piece.text));
    for (const text of texts.map((t) => t.replace(/^[-–]\s*/, ""))) {
      const prev = parts.at(-1);
      // A bullet whose text was cut by a page break (even inside its See-also note) goes on in lower case.
      if (prev && /^[a-z(]/.test(text)) prev.text = `${prev.text} ${text}`;
      else parts.push({ text, line: piece.line });
    }
  }
  return parts
    .map((part) => ({ ...parseSeeAlso(part.text, pillar), line: part.line }))
    .filter((a) => a.text !== "" || a.refs.length > 0)
    .map((a) => ({ text: a.text, seeAlso: a.refs, line: a.line }));
}

const TARGET_START = /\b(?:at least|once|twice|meet|use of)\b|\b\d+\/\d+\b|\b\d+\s?%/gi;

/**
 * Several numbered KPIs but one target cell that lost its (1), (2) labels ("23/23 members At least
 * 30/33 members"): split the cell where each target phrase starts, if that gives one target per KPI.
 */
function targetsFor(kpis: string[], targets: string[]): string[] {
  const [only] = targets;
  if (kpis.length < 2 || targets.length !== 1 || only === undefined) return targets;
  const starts = [...only.matchAll(TARGET_START)]
    .map((m) => m.index)
    .filter(
      (i) => !/at least\s+$|meet\s+(?:at least\s+)?$|use of\s.*$/i.test(only.slice(Math.max(0, i - 40), i)),
    );
  if (starts.length !== kpis.length || starts[0] !== 0) return targets;
  return starts.map((start, k) => only.slice(start, starts[k + 1]).trim());
}

export function finishItem(draft: DraftItem, letter: string, repaired: string | null): ParsedItem {
  const fromAction = splitRspRef(cleanText(joined(draft.cells.action)));
  const rspCell = cleanRsp(cleanText(joined(draft.cells.rsp)));
  const deadline = cleanText(joined(draft.cells.deadline));
  const kpis = splitNumbered(joined(draft.cells.kpi));
  return {
    pillar: draft.pillar,
    letter,
    action: fromAction.action,
    rspRef: rspCell !== "" ? rspCell : fromAction.rspRef,
    kpis,
    targets: targetsFor(kpis, splitNumbered(joined(draft.cells.target))),
    deadline: deadline === "" ? null : deadline,
    activities: activitiesOf(draft.cells.activities, draft.pillar),
    repairedLabel: repaired,
    firstLine: draft.firstLine,
    lastLine: draft.lastLine,
  };
}
