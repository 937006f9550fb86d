import { isErrorReply } from "../blocks/reply.ts";
import { openCatalogue } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { knownCommands } from "../console/dispatch.ts";
import { answerLine, consoleHelp, parseNow, renderReply } from "../console/index.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage: npm run ask -- "/kpi 1-(h)" [--now 2024-07-01]
       npm run ask -- "when is the next workshop in Fiji?"
  commands: ${knownCommands().join(", ")}; add "help" for each, e.g. "/workshops help"; "help" alone for all`;

/** Answers one command or question as the bot would and exits: 0 on an answer, 1 when it could not be used. */
runCli(async () => {
  const parsed = parseCommandLine({ allowPositionals: true, options: { now: { type: "string" } } }, USAGE);
  const line = parsed.positionals.join(" ").trim();
  if (line === "") throw new UsageError(USAGE);
  if (/^(?:help|\?)$/i.test(line)) {
    process.stdout.write(`${consoleHelp()}\n`);
    return;
  }
  const config = loadConfig();
  const clock = parsed.values.now ?? config.ROCB_NOW;
  const fixed = clock ? parseNow(clock, config.OFFICE_TIMEZONE) : null;
  if (clock && !fixed) throw new UsageError(`"${clock}" is not a date; give --now as YYYY-MM-DD.`);
  const { db, search } = openCatalogue(config);
  try {
    const reply = await answerLine({ db, search, config, now: () => fixed ?? new Date() }, line);
    if (!reply) throw new UsageError(`I don't know the command in "${line.slice(0, 60)}".\n${USAGE}`);
    const text = renderReply(reply);
    if (isErrorReply(reply)) throw new UsageError(text);
    process.stdout.write(`${text}\n`);
  } finally {
    db.close();
  }
});
