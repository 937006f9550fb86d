import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import { isTooLate } from "./due.ts";
import { isOptedOut } from "./links.ts";
import { planReminders } from "./outbox.ts";

/**
 * What a reminder run at `now` would do, as text, without sending or keeping anything: planning runs in
 * a transaction that is rolled back, so the listing is exactly the job's view.
 */
export function dryRun(db: Db, config: Config, now: Date): string {
  const out: string[] = [`Reminder run at ${now.toISOString()} (dry run: nothing is sent or saved)`];
  db.exec("BEGIN IMMEDIATE");
  try {
    const plan = planReminders(db, config, now);
    const rows = db
      .prepare(
        `SELECT r.id, r.kind, r.state, r.via, r.due_at, r.due_date, r.last_error, r.reported, p.name, p.email, p.tz,
                p.slack_user_id, w.id AS workshop_id, w.title
           FROM reminders r JOIN participants p ON p.id = r.participant_id JOIN workshops w ON w.id = r.workshop_id
          WHERE r.state IN ('pending', 'sending') OR (r.state = 'skipped' AND r.reported = 0)
          ORDER BY r.due_at, r.id`,
      )
      .all() as Array<Record<string, string | number | null>>;
    const dueNow = rows.filter((r) => r.state !== "skipped" && String(r.due_at) <= now.toISOString());
    // As the real run: an address that asked for no more survey e-mail gets none; Slack may still reach
    // someone whose way is not settled yet.
    const notMailed = (r: Record<string, unknown>) =>
      isOptedOut(db, String(r.email)) && (r.via === "email" || (r.via === null && !r.slack_user_id));
    const due = dueNow.filter((r) => !notMailed(r));
    const optedOut = dueNow.filter(notMailed);
    const later = rows.filter((r) => r.state !== "skipped" && String(r.due_at) > now.toISOString());
    const skipped = rows.filter((r) => r.state === "skipped");
    const who = (r: Record<string, unknown>) =>
      `${r.name} <${r.email}>${r.slack_user_id ? ` (${r.slack_user_id})` : ""}, ${r.title} [workshop ${r.workshop_id}]`;
    const zone = (r: Record<string, unknown>) =>
      r.tz ? String(r.tz) : `${config.OFFICE_TIMEZONE} until Slack says`;
    out.push("", `Would send now: ${due.length}`);
    for (const r of due) {
      const late = isTooLate(new Date(String(r.due_at)), now, config.FOLLOW_UP_GRACE_DAYS)
        ? " (too late: skip)"
        : "";
      out.push(`  ${String(r.kind).padEnd(7)} due ${r.due_at} (${zone(r)})  ${who(r)}${late}`);
    }
    if (optedOut.length > 0) {
      out.push("", `Would not e-mail (the address asked for no more survey e-mail): ${optedOut.length}`);
      for (const r of optedOut)
        out.push(
          `  ${String(r.kind).padEnd(7)} ${who(r)}${r.via === null ? " (a Slack DM if Slack finds them)" : ""}`,
        );
    }
    out.push("", `Scheduled later: ${later.length}`);
    for (const r of later.slice(0, 50))
      out.push(`  ${String(r.kind).padEnd(7)} ${r.due_date} 09:00 ${zone(r)}  ${who(r)}`);
    if (later.length > 50) out.push(`  …and ${later.length - 50} more`);
    out.push("", `Skipped, to report to staff: ${skipped.length}`);
    for (const r of skipped.slice(0, 50)) out.push(`  ${who(r)}: ${r.last_error}`);
    if (plan.waitingForDates.length > 0) {
      out.push("", "Not surveyed until staff set their exact dates:");
      for (const w of plan.waitingForDates)
        out.push(`  workshop ${w.id}: ${w.title} (${w.start ?? "no date"})`);
    }
  } finally {
    db.exec("ROLLBACK");
  }
  return `${out.join("\n")}\n`;
}
