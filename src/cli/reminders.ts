import { existsSync } from "node:fs";
import { runReminders } from "../../jobs/reminders.ts";
import { openCatalogue } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { createLogger } from "../slack/logger.ts";
import { dryRun } from "../surveys/dry-run.ts";
import { createReminderClient } from "../surveys/sender.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage:
  npm run reminders -- --dry-run [--now 2025-01-15]   what a run would send, and when, without sending
  npm run reminders                                   run the reminder job once now (needs SLACK_BOT_TOKEN)`;

runCli(async () => {
  const { values } = parseCommandLine(
    { options: { "dry-run": { type: "boolean" }, now: { type: "string" } } },
    USAGE,
  );
  const config = loadConfig();
  const nowText = values.now ?? config.ROCB_NOW;
  const now = nowText
    ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(nowText) ? `${nowText}T12:00:00Z` : nowText)
    : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now "${values.now}" is not a date like 2025-01-15.`);
  // A dry run changes nothing, not even by creating the database it was pointed at by mistake.
  if (values["dry-run"] && !existsSync(config.DATABASE_PATH)) {
    throw new UsageError(
      `There is no database at ${config.DATABASE_PATH} (DATABASE_PATH): no participants, nothing would be sent.`,
    );
  }
  // The shared entry: fills an empty catalogue first, so workshop ids are those staff see in Slack.
  const { db } = openCatalogue(config);
  try {
    if (values["dry-run"]) {
      process.stdout.write(dryRun(db, config, now));
      return;
    }
    if (!config.SLACK_BOT_TOKEN)
      throw new UsageError("Set SLACK_BOT_TOKEN to send reminders, or use --dry-run.");
    const summary = await runReminders({
      db,
      client: createReminderClient(config),
      config,
      now,
      // The bot's logger: ISO 8601 times, secrets scrubbed.
      logger: createLogger(config),
    });
    process.stdout.write(
      `sent ${summary.sent + summary.reconciled}, e-mailed ${summary.mailed}, unreachable ${summary.unreachable}, failed ${summary.failed}, ` +
        `skipped ${summary.skipped + summary.skippedLate}, waiting for a retry ${summary.retry}\n`,
    );
  } finally {
    db.close();
  }
});
