import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { allUsage } from "../../commands/help.ts";
import { openCatalogue } from "../bootstrap.ts";
import type { Config } from "../config.ts";
import { EXAMPLE_QUESTIONS } from "../questions/answer.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import { parseNow } from "./clock.ts";
import { answerLine, knownCommands, type LocalDeps, runCommand } from "./dispatch.ts";
import { renderReply } from "./render.ts";

export { parseNow } from "./clock.ts";
export { answerLine, type LocalDeps, runCommand, splitCommandLine } from "./dispatch.ts";
export { renderReply } from "./render.ts";

const HISTORY_SIZE = 500;

/** What can be typed: commands, questions, and the console's own words. */
export function consoleHelp(): string {
  return `Type a command as in Slack, e.g. /kpi 1-(h) or /workshops upcoming, or ask in plain words:
${EXAMPLE_QUESTIONS.map((q) => `  ${q}`).join("\n")}
  next            the next page of the last list
  history         the commands typed so far
  help            this text; /workshops help, /kpi help, /actions help for one command
  exit            leave (or Ctrl-D)

${allUsage()}`;
}

/** The "Next" button's target in a reply, if any. */
export function nextPageOf(reply: Reply): { command: string; text: string; offset: number } | null {
  for (const block of reply.blocks) {
    if (block.type !== "actions") continue;
    for (const e of block.elements) {
      if (e.type !== "button" || e.action_id !== ACTION_IDS.nextPage || !e.value) continue;
      const v = JSON.parse(e.value) as { c: string; t: string; o: number };
      return { command: v.c, text: v.t, offset: v.o };
    }
  }
  return null;
}

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where typed lines are kept between sessions; none for an in-memory database. */
  historyFile?: string | null;
}

function loadHistory(file: string | null): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, "utf8").split("\n").filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** The interactive console: reads commands, prints replies as text, until `exit` or end of input. */
export async function runConsole(deps: LocalDeps, options: ConsoleOptions = {}): Promise<void> {
  const output = options.output ?? process.stdout;
  const historyFile =
    options.historyFile !== undefined
      ? options.historyFile
      : deps.config.DATABASE_PATH === ":memory:"
        ? null
        : join(dirname(deps.config.DATABASE_PATH), ".console_history");
  const typed = loadHistory(historyFile);
  const rl = createInterface({
    input: options.input ?? process.stdin,
    output,
    terminal: (output as NodeJS.WriteStream).isTTY === true,
    history: [...typed],
    historySize: HISTORY_SIZE,
    prompt: "rocb> ",
  });
  const say = (text: string) => output.write(`${text}\n`);
  say(`ROCB Desk console. Commands: ${knownCommands().join(", ")}. Type help for more, exit to leave.`);
  let next: ReturnType<typeof nextPageOf> = null;
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line !== "") {
      typed.unshift(line);
      if (historyFile) {
        try {
          appendFileSync(historyFile, `${line.replace(/\n/g, " ")}\n`);
        } catch {
          // History is a convenience; a read-only folder must not stop the console.
        }
      }
    }
    if (line === "exit" || line === "quit") break;
    if (line === "") {
      // nothing typed
    } else if (line === "help" || line === "?") say(consoleHelp());
    else if (line === "history") say([...typed].reverse().slice(-50).join("\n"));
    else if (line === "next" || line === "n") {
      if (!next) say("There is no next page; run a list first.");
      else {
        const reply = await runCommand(deps, next.command, next.text, next.offset);
        next = nextPageOf(reply);
        say(renderReply(reply));
      }
    } else {
      try {
        const reply = await answerLine(deps, line);
        if (!reply)
          say(`I don't know "${line.slice(0, 60)}". Commands: ${knownCommands().join(", ")}; help for more.`);
        else {
          next = nextPageOf(reply);
          say(renderReply(reply));
          if (next) say("(type next for more)");
        }
      } catch (err) {
        say(`Something went wrong answering that: ${(err as Error).message}`);
      }
    }
    rl.prompt();
  }
  rl.close();
}

/** `npm start` without Slack: opens the shared catalogue (importing on first start) and runs the console. */
export async function startConsole(config: Config): Promise<void> {
  const fixed = config.ROCB_NOW ? parseNow(config.ROCB_NOW, config.OFFICE_TIMEZONE) : null;
  if (config.ROCB_NOW && !fixed)
    throw new Error(`ROCB_NOW "${config.ROCB_NOW}" is not a date; use YYYY-MM-DD.`);
  const { db, search, imported } = openCatalogue(config);
  if (imported.length) process.stdout.write(`Imported ${imported.length} bundled documents.\n`);
  try {
    await runConsole({ db, search, config, now: () => fixed ?? new Date() });
  } finally {
    db.close();
  }
}
