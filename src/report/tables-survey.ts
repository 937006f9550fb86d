import { FOLLOW_UP_ACTIONS } from "../surveys/actions.ts";
import { type Block, type Cell, heading, paragraph, type ReportTable, table } from "./blocks.ts";
import { printedMonth } from "./dates.ts";
import type { SurveyLine, SurveyRound } from "./survey.ts";

const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** A column's total over the workshops that give it; null when none does. */
function total(lines: readonly SurveyLine[], of: (l: SurveyLine) => number | null): number | null {
  const known = lines.map(of).filter((n): n is number => n !== null);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
}

const columns: Array<[string, (l: SurveyLine) => number | null]> = [
  ["Administrations", (l) => l.administrations],
  ["Participants surveyed", (l) => l.surveyed],
  ["Replies", (l) => l.replies],
  ...FOLLOW_UP_ACTIONS.map((a): [string, (l: SurveyLine) => number | null] => [
    a.label,
    (l) => l.actions[a.key],
  ]),
];

export function surveyTable(round: SurveyRound): ReportTable {
  return {
    name: "follow-up-survey",
    header: ["No.", "Workshop", "Month", ...columns.map(([h]) => h)],
    widths: [4, 30, 8, ...columns.map(() => 58 / columns.length)],
    rows: round.lines.map((l, i): Cell[] => [
      i + 1,
      l.title,
      printedMonth(l.month),
      ...columns.map(([, f]) => f(l)),
    ]),
    totals: [["Total", null, null, ...columns.map(([, f]) => total(round.lines, f))]],
  };
}

/** The round's response rate, measured as the printed annexes measure it, and the last printed one. */
function rateSentences(round: SurveyRound): string[] {
  const replies = total(round.lines, (l) => l.replies) ?? 0;
  const administrations = total(round.lines, (l) => l.administrations) ?? 0;
  const surveyed = total(round.lines, (l) => l.surveyed) ?? 0;
  const out: string[] = [];
  if (round.source === "printed" && administrations > 0) {
    out.push(
      `Response rate of this round, as printed: ${replies} replies from ${administrations} administrations (${pct(replies, administrations)}).`,
    );
  } else if (round.source === "collected" && surveyed > 0) {
    const answered = round.administrationsAnswered ?? 0;
    out.push(
      `Response rate of this round (ROCB Desk): ${replies} replies from ${surveyed} participants surveyed (${pct(replies, surveyed)}); ${answered} of ${administrations} administrations answered (${administrations > 0 ? pct(answered, administrations) : "–"}).`,
    );
  }
  const last = round.lastPrinted;
  out.push(
    last
      ? `The last printed round, FY${last.fiscalYear}: ${last.replies} replies from ${last.administrations} administrations (${pct(last.replies, last.administrations)}).`
      : "No earlier round is printed in the catalogue to compare with.",
  );
  return out;
}

/** The follow-up survey annex of the previous fiscal year's workshops, or a sentence saying there is none. */
export function surveyBlocks(round: SurveyRound): { blocks: Block[]; tables: ReportTable[] } {
  const fy = `FY${round.fiscalYear.label}`;
  const head = heading(`Follow-Up Action Survey of the ${fy} workshops`);
  if (round.lines.length === 0) {
    return {
      blocks: [head, paragraph(`The catalogue holds no follow-up survey of the workshops of ${fy}.`)],
      tables: [],
    };
  }
  const source =
    round.source === "printed"
      ? `The survey of the ${fy} workshops as the office's annual report printed it.`
      : `The survey of the ${fy} workshops as ROCB Desk sent and collected it: administrations and participants surveyed, replies, and the follow-up actions the replies name.`;
  const t = surveyTable(round);
  const answers = round.answers.flatMap((a) => [
    heading(a.title, 2),
    ...a.texts.map((text) => paragraph(text)),
  ]);
  return {
    blocks: [
      head,
      paragraph(source),
      table(t),
      ...rateSentences(round).map(paragraph),
      ...(answers.length > 0 ? [heading("What changed in your administration? (answers)"), ...answers] : []),
    ],
    tables: [t],
  };
}
