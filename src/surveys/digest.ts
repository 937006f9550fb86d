import type { KnownBlock } from "@slack/types";
import { escapeMrkdwn } from "../blocks/escape.ts";
import { ANSWERED_BEFORE_NUDGE, type OutcomeRow, type PlanSummary } from "./outbox.ts";

const MAX_NAMES = 10;

/**
 * The staff channel's digest after a run: per workshop, sent / unreachable / failed / skipped, and apart
 * from those the nudges not needed because the participant had answered (good news, not a fault).
 */
export function digestMessage(
  outcomes: readonly OutcomeRow[],
  waiting: PlanSummary["waitingForDates"],
): { text: string; blocks: KnownBlock[] } {
  const byWorkshop = new Map<number, { title: string; rows: OutcomeRow[] }>();
  for (const o of outcomes) {
    const entry = byWorkshop.get(o.workshop_id) ?? { title: o.title, rows: [] };
    entry.rows.push(o);
    byWorkshop.set(o.workshop_id, entry);
  }
  const answered = (r: OutcomeRow) => r.state === "skipped" && r.last_error === ANSWERED_BEFORE_NUDGE;
  const count = (rows: readonly OutcomeRow[], state: OutcomeRow["state"]) =>
    rows.filter((r) => r.state === state && !answered(r)).length;
  const tally = (rows: readonly OutcomeRow[]) => {
    const notNeeded = rows.filter(answered).length;
    const nudges = notNeeded === 1 ? "nudge" : "nudges";
    return (
      `${count(rows, "sent")} sent, ${count(rows, "unreachable")} unreachable, ${count(rows, "failed")} failed, ` +
      `${count(rows, "skipped")} skipped${notNeeded > 0 ? `, ${notNeeded} ${nudges} not needed (answered already)` : ""}`
    );
  };
  const text = `Follow-up survey reminders: ${tally(outcomes)}.`;
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text: `*${text}*` } }];
  for (const [id, { title, rows }] of byWorkshop) {
    const lines = [`*${escapeMrkdwn(title)}* (workshop ${id}): ${tally(rows)}`];
    const problems = rows.filter((r) => r.state !== "sent" && !answered(r));
    for (const r of problems.slice(0, MAX_NAMES))
      lines.push(`• ${escapeMrkdwn(r.name)}: ${r.state} (${escapeMrkdwn(r.last_error ?? "no detail")})`);
    if (problems.length > MAX_NAMES)
      lines.push(`• …and ${problems.length - MAX_NAMES} more: see /survey status ${id}`);
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n").slice(0, 2900) } });
    if (blocks.length >= 45) break;
  }
  if (waiting.length > 0) {
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text:
            `Not surveyed until their dates are set (only the month is known): ` +
            waiting
              .slice(0, 10)
              .map((w) => `${escapeMrkdwn(w.title)} (workshop ${w.id})`)
              .join(", "),
        },
      ],
    });
  }
  return { text, blocks };
}
