import { commands } from "../../commands/index.ts";
import { isErrorReply } from "../blocks/reply.ts";
import type { Config } from "../config.ts";
import type { CommandContext } from "../context.ts";
import type { Db } from "../db/open.ts";
import { answerQuestion } from "../questions/answer.ts";
import { distance } from "../questions/parse.ts";
import { withNote } from "../questions/reading.ts";
import type { Reply } from "../reply.ts";
import type { CatalogueSearch } from "../search/index.ts";

export interface LocalDeps {
  db: Db;
  search: CatalogueSearch;
  config: Config;
  /** The clock: fixed for demos (`--now`, `ROCB_NOW`), else the real time. */
  now: () => Date;
}

/**
 * "/kpi 1-(h)" or "kpi 1-(h)" → the command and its text; "/workshop past 2017" → `/workshops`, marked as
 * corrected (a slash and a typo away from one command); null when the command is unknown.
 */
export function splitCommandLine(line: string): { command: string; text: string; corrected?: true } | null {
  const m = /^\s*(\/?)([a-z]+)\b\s*([\s\S]*)$/i.exec(line);
  if (!m?.[2]) return null;
  const command = `/${m[2].toLowerCase()}`;
  const text = (m[3] ?? "").trim();
  if (command in commands) return { command, text };
  const near = m[1] ? Object.keys(commands).filter((c) => distance(c, command) <= 2) : [];
  return near.length === 1 && near[0] ? { command: near[0], text, corrected: true } : null;
}

export function knownCommands(): string[] {
  return Object.keys(commands);
}

/** The local operator, treated as staff. */
function contextOf(deps: LocalDeps, offset: number): CommandContext {
  return {
    db: deps.db,
    search: deps.search,
    config: deps.config,
    now: deps.now(),
    userId: "console",
    isStaff: async () => true,
    offset,
  };
}

/** Runs one command as the local operator would in Slack. */
export async function runCommand(deps: LocalDeps, command: string, text: string, offset = 0): Promise<Reply> {
  const handler = commands[command];
  if (!handler) throw new Error(`unknown command ${command}`);
  return await handler(text, contextOf(deps, offset));
}

/**
 * A typed line: a command (`/kpi 1-(h)`, or `kpi 1-(h)` without the slash), else a question in plain words.
 * A line that starts with a command's name but is not that command's syntax ("kpi status of SAP 2022-2024")
 * is read as a question when that gives an answer. Null for an unknown `/command`.
 */
export async function answerLine(deps: LocalDeps, line: string): Promise<Reply | null> {
  const parsed = splitCommandLine(line);
  if (!parsed) return line.trim().startsWith("/") ? null : answerQuestion(line, contextOf(deps, 0));
  const ran = await runCommand(deps, parsed.command, parsed.text);
  const reply = parsed.corrected ? withNote(`Did you mean \`${parsed.command}\`?`, ran) : ran;
  if (!isErrorReply(reply) || line.trim().startsWith("/")) return reply;
  const asked = await answerQuestion(line, contextOf(deps, 0));
  return isErrorReply(asked) ? reply : asked;
}
