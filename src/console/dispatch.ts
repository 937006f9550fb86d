import { commands } from "../../commands/index.ts";
import type { Config } from "../config.ts";
import type { CommandContext } from "../context.ts";
import type { Db } from "../db/open.ts";
import type { Reply } from "../reply.ts";
import type { CatalogueSearch } from "../search/index.ts";

export interface LocalDeps {
  db: Db;
  search: CatalogueSearch;
  config: Config;
  /** The clock: fixed for demos (`--now`, `ROCB_NOW`), else the real time. */
  now: () => Date;
}

/** "/kpi 1-(h)" or "kpi 1-(h)" → the command and its text; null when the command is unknown. */
export function splitCommandLine(line: string): { command: string; text: string } | null {
  const m = /^\s*\/?([a-z]+)\b\s*([\s\S]*)$/i.exec(line);
  if (!m?.[1]) return null;
  const command = `/${m[1].toLowerCase()}`;
  return command in commands ? { command, text: (m[2] ?? "").trim() } : null;
}

export function knownCommands(): string[] {
  return Object.keys(commands);
}

/** Runs one command as the local operator would in Slack (treated as staff). */
export async function runCommand(deps: LocalDeps, command: string, text: string, offset = 0): Promise<Reply> {
  const handler = commands[command];
  if (!handler) throw new Error(`unknown command ${command}`);
  const ctx: CommandContext = {
    db: deps.db,
    search: deps.search,
    config: deps.config,
    now: deps.now(),
    userId: "console",
    isStaff: async () => true,
    offset,
  };
  return await handler(text, ctx);
}
