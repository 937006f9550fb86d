/**
 * The words and marks every plan reader recognises, in one place: bullets, item labels (and what OCR
 * makes of them), table header words, pillar headings and plan titles. Readers ask these questions;
 * none of them knows a seed file's lines.
 */

/** Glyphs converters put in front of list entries; `-` `–` `*` `o` count only when followed by a space. */
// Word bullets exported through a PDF often come out as private-use Symbol/Wingdings characters (U+F0B7 …).
export const BULLET_GLYPHS = "➤➢•·▶►▪■◦●○◆\uF0B7\uF0A7\uF0D8";
/** The mark the interleaved reader writes for every bullet it reads; one of the glyphs, so cells split on it. */
export const BULLET_MARK = "➢";
const BULLET_LINE = new RegExp(`^\\s*(?:[${BULLET_GLYPHS}]|[-–*o](?=\\s))\\s*`);

/** The text of a line that starts with a bullet, without it; null when the line has no bullet. */
export function bulletText(line: string): string | null {
  const m = BULLET_LINE.exec(line);
  return m ? line.slice(m[0].length).trim() : null;
}

/** An item label as printed: `a)` `(a)` `a.` `A)` `aa)`, or OCR damage of one (`8)` `I)` `|)`). */
export interface Label {
  printed: string;
  rest: string;
}

const LETTER_LABEL = /^\(?([A-Za-z]{1,2}|[0-9]|[|!])\)\s*(.*)$/s;
const DOTTED_LABEL = /^([a-z]{1,2})\.\s+(.*)$/s;
const NUMBER_LABEL = /^(\d{1,2})\.\s+(.*)$/s;

/**
 * A label at the start of a line or cell. `numbered` also accepts "5. …" (a pillar list numbered
 * instead of lettered). "e.g." and "i.e." are words, not labels.
 */
export function labelAt(text: string, numbered = false): Label | null {
  const m =
    LETTER_LABEL.exec(text) ??
    (/^(?:e\.g|i\.e)\./i.test(text) ? null : DOTTED_LABEL.exec(text)) ??
    (numbered ? NUMBER_LABEL.exec(text) : null);
  if (!m) return null;
  const open = text.startsWith("(") ? "(" : "";
  // "(1) Number of …" numbers a list inside a cell; OCR turns "a)" into "8)" but never adds a "(".
  if (open && /^\d$/.test(m[1] ?? "")) return null;
  const close = text.charAt(open.length + (m[1] ?? "").length);
  return { printed: `${open}${m[1]}${close}`, rest: (m[2] ?? "").trim() };
}

/** A cell or line holding nothing but a label, possibly without its ")": "a)", "(a)", "8", "aa", "k". */
export function isBareLabel(text: string): boolean {
  return /^\(?([A-Za-z]{1,2}|[0-9]|[|!])[).]?$/.test(text.trim());
}

/** The letter of a label printed in one of the clean forms (`b)` `(b)` `b.`; capitals when `capitals`). */
export function labelLetter(printed: string, capitals: boolean): string | null {
  const m = /^\(?([a-z]{1,2})[).]$/i.exec(printed);
  const letter = m?.[1];
  if (!letter || (letter !== letter.toLowerCase() && !capitals)) return null;
  if (letter !== letter.toLowerCase() && letter !== letter.toUpperCase()) return null;
  return /^([a-z])\1?$/i.test(letter) ? letter.toLowerCase() : null;
}

/** The field a table header cell names. */
export type Field = "action" | "rsp" | "kpi" | "target" | "deadline" | "activities";

const HEADER_WORDS: Array<[RegExp, Field]> = [
  [/^(?:specific actions?\b|actions?$|action items?$)/i, "action"],
  [/^(?:relevant part of (?:the )?RSP|RSP reference|RSP milestones?$)/i, "rsp"],
  [/^(?:(?:RSP )?(?:Key )?(?:Performance )?Indicators?|KPIs?|КРІ)$/i, "kpi"],
  [/^targets?$/i, "target"],
  [/^(?:timeframe|deliverables?|deadline|timeline|due date)\b/i, "deadline"],
  [/^(?:(?:annual )?work plan for\b|planned (?:activities|work)\b)/i, "activities"],
];

/** The field a header cell names, or null when the text is not a header word. */
export function headerField(cell: string): Field | null {
  const text = cell.trim();
  // A header cell starts with a capital: "action" or "deadline …" in lower case is a wrapped sentence.
  if (text.length > 80 || !/^[A-ZА-Я]/.test(text)) return null;
  return HEADER_WORDS.find(([re]) => re.test(text))?.[1] ?? null;
}

// Pieces of header cells that a PDF export wraps over several lines ("RSP Key" / "Performance" / "Indicator").
const HEADER_FRAGMENT =
  /^(?:Specific Actions of ROCB A\/P|Relevant part of RSP.*|Timeframe in|the RSP|\(Relevance to A\/P RSP.*\)|RSP Key Performance|RSP Key|Performance|Indicator)$/i;

/** A header cell, or a piece of one wrapped over lines. */
export function isHeaderText(text: string): boolean {
  return headerField(text) !== null || HEADER_FRAGMENT.test(text);
}

const ROMAN = ["I", "II", "III", "IV"];

/**
 * A pillar heading: "1. Support …", "Pillar 1: Support …", "I. Support …" (markdown `#` allowed).
 * Returns the pillar number, or null.
 */
export function pillarNumber(text: string): number | null {
  const t = text.replace(/^\s*#+\s*/, "").trim();
  const m =
    /^([1-4])\.\s+[A-Z].{8,}$/.exec(t) ??
    /^Pillar\s+([1-4]|I{1,3}|IV)\s*[:.–—-]\s*[A-Z].{8,}$/i.exec(t) ??
    /^(I{1,3}|IV)\.\s+[A-Z].{8,}$/.exec(t);
  if (!m?.[1]) return null;
  const roman = ROMAN.indexOf(m[1].toUpperCase());
  return roman >= 0 ? roman + 1 : Number(m[1]);
}

const PLAN_NAME = /\b(Strategic Action Plan|(?:Annual )?Work Plan)\b/i;
// "(2022-2024)", "2024-2025", "2024/25", "FY2024/25", "(2012/2013)"
const PERIOD = /\(?\s*(?:FY\s?)?(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*\)?(?!\d)/;

export interface PlanTitle {
  kind: "SAP" | "AWP";
  periodStart: string;
  periodEnd: string;
}

/** A plan's name followed by its period, on a line of its own; fiscal years run 1 July - 30 June. */
export function planTitle(text: string): PlanTitle | null {
  const name = PLAN_NAME.exec(text);
  if (!name) return null;
  const period = PERIOD.exec(text.slice(name.index));
  if (!period) return null;
  const startYear = Number(period[1]);
  let endYear = Number(period[2]);
  if (endYear < 100) endYear += Math.floor(startYear / 100) * 100;
  if (endYear <= startYear || endYear - startYear > 5) return null;
  return {
    kind: /strategic/i.test(name[1] ?? "") ? "SAP" : "AWP",
    periodStart: `${startYear}-07-01`,
    periodEnd: `${endYear}-06-30`,
  };
}
