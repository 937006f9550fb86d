import { isErrorReply } from "../blocks/reply.ts";
import { openCatalogue } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { knownCommands } from "../console/dispatch.ts";
import { parseNow, renderReply, runCommand, splitCommandLine } from "../console/index.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage: npm run ask -- "/kpi 1-(h)" [--now 2024-07-01]
  commands: ${knownCommands().join(", ")}; add "help" for each, e.g. "/workshops help"`;

/** Answers one command as the bot would and exits: 0 on an answer, 1 when the input could not be used. */
runCli(async () => {
  const parsed = parseCommandLine({ allowPositionals: true, options: { now: { type: "string" } } }, USAGE);
  const line = parsed.positionals.join(" ").trim();
  if (line === "") throw new UsageError(USAGE);
  const command = splitCommandLine(line);
  if (!command) throw new UsageError(`I don't know the command in "${line.slice(0, 60)}".\n${USAGE}`);
  const config = loadConfig();
  const clock = parsed.values.now ?? config.ROCB_NOW;
  const fixed = clock ? parseNow(clock, config.OFFICE_TIMEZONE) : null;
  if (clock && !fixed) throw new UsageError(`"${clock}" is not a date; give --now as YYYY-MM-DD.`);
  const { db, search } = openCatalogue(config);
  try {
    const reply = await runCommand(
      { db, search, config, now: () => fixed ?? new Date() },
      command.command,
      command.text,
    );
    const text = renderReply(reply);
    if (isErrorReply(reply)) throw new UsageError(text);
    process.stdout.write(`${text}\n`);
  } finally {
    db.close();
  }
});
